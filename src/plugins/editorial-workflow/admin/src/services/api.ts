import { adminApi, type BaseQueryError } from '@strapi/strapi/admin';
import type { ComplianceGridPage, KindTrend } from '../../../shared/contracts/stats';
import type {
  ItemDescription,
  ItemView,
  MarkReadBody,
  Notification,
  NotificationPage,
  NotificationQuery,
  Pagination,
  QueueCounts,
  QueueFilters,
  QueuePage,
  QueueQuery,
  QueueRow,
  Ranking,
  ReportStatusTable,
  TransitionRequestBody,
} from '../../../shared/contracts';
import { PLUGIN_ID } from '../../../shared/permissions';
import { ARTICLE_UID } from '../constants';
import {
  complianceParams,
  gridPageParams,
  rankingParams,
  reportStatusParams,
  STATS_PATH,
  type GridFilters,
  type GridQuery,
  type RankingFilters,
} from '../pages/stats/query';

/** How the plugin's controllers wrap an answer: `{ data }`, with `meta` for the paged lists. */
interface Envelope<T, Meta = undefined> {
  data: T;
  meta: Meta;
}

/** What a transition left on screen: the item's new view, and whether the content-manager still shows it to the person. */
export interface TransitionResult {
  item: ItemView;
  visible: boolean;
}

/** A refused or conflicting transition (the server's status and message), with the same visibility answer. */
export type TransitionError = BaseQueryError & { visible: boolean };

export type TransitionArgs = TransitionRequestBody & { documentId: string };

const BASE = `/${PLUGIN_ID}`;

const TAGS = {
  item: 'EditorialWorkflowItem',
  queue: 'EditorialWorkflowQueue',
  counts: 'EditorialWorkflowQueueCounts',
  notifications: 'EditorialWorkflowNotifications',
} as const;

/** The content-manager's tags for an item's edit view and for its list view. */
const documentTag = (documentId: string) => ({ type: 'Document' as const, id: `${ARTICLE_UID}_${documentId}` });
const DOCUMENT_LIST_TAG = { type: 'Document' as const, id: `${ARTICLE_UID}_LIST` };

/** A status the content-manager answers when the person may no longer open the item. */
const statusOf = (error: unknown) => (error as { status?: number } | undefined)?.status;
const OUT_OF_SIGHT = new Set([403, 404]);

/**
 * The plugin's endpoints in Strapi's admin store, as review-workflows and content-releases add
 * theirs: the screens share one cache, and a transition invalidates what it changed, the
 * content-manager's document and list included. Every answer is fetched again each time a screen
 * opens (`keepUnusedDataFor: 0`): a panel never shows a state older than the moment it was opened.
 */
const workflowApi = adminApi
  .enhanceEndpoints({ addTagTypes: [...Object.values(TAGS), 'Document'] })
  .injectEndpoints({
    overrideExisting: true,
    endpoints: (builder) => ({
      /** The item's place in the workflow, as the side panel shows it. */
      getWorkflowItem: builder.query<ItemDescription, string>({
        query: (documentId) => `${BASE}/items/${documentId}`,
        transformResponse: (response: Envelope<ItemDescription>) => response.data,
        providesTags: (_result, _error, documentId) => [{ type: TAGS.item, id: documentId }],
        keepUnusedDataFor: 0,
      }),

      /**
       * Moves the item on, with the version on screen (a stale screen gets a 409, not an overwrite).
       * Success or failure, it then asks whether the content-manager still lets the person open the
       * item: its read permission follows the item's place in the workflow (the `item-in-scope`
       * condition), and an editor who returned an item to its author may no longer read it there.
       */
      transitionWorkflowItem: builder.mutation<TransitionResult, TransitionArgs>({
        async queryFn({ documentId, ...body }, _api, _extraOptions, baseQuery) {
          const answer = await baseQuery({ url: `${BASE}/items/${documentId}/transitions`, method: 'POST', data: body });
          const probe = await baseQuery(`/content-manager/collection-types/${ARTICLE_UID}/${documentId}`);
          const visible = !probe.error || !OUT_OF_SIGHT.has(statusOf(probe.error) ?? 0);
          if (answer.error) {
            const error: TransitionError = { ...(answer.error as BaseQueryError), visible };
            return { error };
          }
          return { data: { item: (answer.data as Envelope<ItemView>).data, visible } };
        },
        // Success or conflict, the screen must show what is true now: the panel, the content-manager's
        // document (its status chip) and its list, the queue and the menu badge. An item that left the
        // person's sight is not fetched again in the content-manager: it would answer 403 and replace
        // the page with an error; the panel sends the person back to their queue instead.
        invalidatesTags: (result, error, { documentId }) => {
          const visible = result?.visible ?? (error as Partial<TransitionError> | undefined)?.visible ?? true;
          return [
            { type: TAGS.item, id: documentId },
            TAGS.queue,
            TAGS.counts,
            ...(visible ? [documentTag(documentId)] : []),
            DOCUMENT_LIST_TAG,
          ];
        },
      }),

      /** What waits for the person: one page of the queue, with its filters. */
      getWorkflowQueue: builder.query<QueuePage, QueueQuery>({
        query: (query) => ({ url: `${BASE}/queue`, config: { params: definedOnly(query) } }),
        transformResponse: (response: Envelope<QueueRow[], { pagination: Pagination }>) => ({
          results: response.data,
          pagination: response.meta.pagination,
        }),
        providesTags: [TAGS.queue],
        keepUnusedDataFor: 0,
        // The tabs' counts (and the menu badge) come fresh with every page of the queue.
        async onQueryStarted(_query, { dispatch, queryFulfilled }) {
          try {
            await queryFulfilled;
            dispatch(workflowApi.util.invalidateTags([TAGS.counts]));
          } catch {
            // The page shows the queue's error; the counts keep their last answer.
          }
        },
      }),

      /** How many items wait for the person, in all and by state: the tabs and the menu badge. */
      getWorkflowQueueCounts: builder.query<QueueCounts, void>({
        query: () => `${BASE}/queue/counts`,
        transformResponse: (response: Envelope<QueueCounts>) => response.data,
        providesTags: [TAGS.counts],
      }),

      /** The queue's tabs and the options of its filters. */
      getWorkflowQueueFilters: builder.query<QueueFilters, void>({
        query: () => `${BASE}/queue/filters`,
        transformResponse: (response: Envelope<QueueFilters>) => response.data,
        keepUnusedDataFor: 0,
      }),

      /** The person's notifications, newest first, one page at a time. */
      getWorkflowNotifications: builder.query<NotificationPage, Pick<NotificationQuery, 'page' | 'pageSize'>>({
        query: (params) => ({ url: `${BASE}/notifications`, config: { params } }),
        transformResponse: (response: Envelope<Notification[], { pagination: Pagination; unread: number }>) => ({
          results: response.data,
          pagination: response.meta.pagination,
          unread: response.meta.unread,
        }),
        providesTags: [TAGS.notifications],
        keepUnusedDataFor: 0,
      }),

      /** Marks some notifications, or all of them, read. */
      markWorkflowNotificationsRead: builder.mutation<{ marked: number }, MarkReadBody>({
        query: (body) => ({ url: `${BASE}/notifications/read`, method: 'POST', data: body }),
        transformResponse: (response: Envelope<{ marked: number }>) => response.data,
        invalidatesTags: [TAGS.notifications, TAGS.counts],
      }),

      /** The statistics, already scoped to the person's units by the server. */
      /** One page of units of the grid (the server pages and sorts; `data.pagination` says where). */
      getStatsCompliance: builder.query<ComplianceGridPage, GridQuery>({
        query: (query) => ({ url: `${STATS_PATH}/compliance`, config: { params: gridPageParams(query) } }),
        transformResponse: (response: Envelope<ComplianceGridPage>) => response.data,
        keepUnusedDataFor: 0,
      }),
      /** The trend by unit kind over every unit of the filters. */
      getStatsTrend: builder.query<KindTrend, GridFilters>({
        query: (filters) => ({ url: `${STATS_PATH}/trend`, config: { params: complianceParams(filters) } }),
        transformResponse: (response: Envelope<KindTrend>) => response.data,
        keepUnusedDataFor: 0,
      }),
      getStatsRanking: builder.query<Ranking, RankingFilters>({
        query: (filters) => ({ url: `${STATS_PATH}/ranking`, config: { params: rankingParams(filters) } }),
        transformResponse: (response: Envelope<Ranking>) => response.data,
        keepUnusedDataFor: 0,
      }),
      getStatsReportStatus: builder.query<ReportStatusTable, string>({
        query: (month) => ({ url: `${STATS_PATH}/report-status`, config: { params: reportStatusParams(month) } }),
        transformResponse: (response: Envelope<ReportStatusTable>) => response.data,
        keepUnusedDataFor: 0,
      }),
    }),
  });

/** The query's parameters without the empty ones (the server's validation refuses `unit=`). */
function definedOnly(query: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== ''));
}

export const {
  useGetWorkflowItemQuery,
  useTransitionWorkflowItemMutation,
  useGetWorkflowQueueQuery,
  useGetWorkflowQueueCountsQuery,
  useGetWorkflowQueueFiltersQuery,
  useGetWorkflowNotificationsQuery,
  useMarkWorkflowNotificationsReadMutation,
  useGetStatsComplianceQuery,
  useGetStatsTrendQuery,
  useGetStatsRankingQuery,
  useGetStatsReportStatusQuery,
} = workflowApi;
