import { adminApi } from '@strapi/strapi/admin';
import type { BulkTransitionBody, BulkTransitionResult } from '../../../shared/contracts/bulk';
import { PLUGIN_ID } from '../../../shared/permissions';
import { ARTICLE_UID } from '../constants';

/** The tags of services/api.ts that a bulk run changes: the queue, its counts (tabs, menu badge), each item's panel. */
const TAGS = { item: 'EditorialWorkflowItem', queue: 'EditorialWorkflowQueue', counts: 'EditorialWorkflowQueueCounts' } as const;
/** The content-manager's list view of items (their status chips). */
const DOCUMENT_LIST_TAG = { type: 'Document' as const, id: `${ARTICLE_UID}_LIST` };

interface Envelope<T> {
  data: T;
}

/**
 * The bulk action in Strapi's admin store, beside the workflow's endpoints: whatever came of each
 * item, the queue, its counts and the items' panels are fetched again, so the tab shows what is true now.
 */
const bulkApi = adminApi.enhanceEndpoints({ addTagTypes: [...Object.values(TAGS), 'Document'] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    bulkTransitionWorkflowItems: builder.mutation<BulkTransitionResult, BulkTransitionBody>({
      query: (body) => ({ url: `/${PLUGIN_ID}/items/bulk-transition`, method: 'POST', data: body }),
      transformResponse: (response: Envelope<BulkTransitionResult>) => response.data,
      invalidatesTags: (_result, _error, body) => [
        TAGS.queue,
        TAGS.counts,
        DOCUMENT_LIST_TAG,
        ...body.items.map(({ documentId }) => ({ type: TAGS.item, id: documentId })),
      ],
    }),
  }),
});

export const { useBulkTransitionWorkflowItemsMutation } = bulkApi;
