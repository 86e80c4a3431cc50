import { adminApi } from '@strapi/strapi/admin';
import type { HomeSummary } from '../../../shared/contracts/home';
import { PLUGIN_ID } from '../../../shared/permissions';

/**
 * The home page's one request. Its four widgets share it (one call however many are shown), and it
 * is fetched afresh at each visit; the tags of the queue's counts and of the notifications (see
 * services/api.ts) refresh it when a transition or "mark read" changes them meanwhile.
 */
const COUNTS_TAG = 'EditorialWorkflowQueueCounts';
const NOTIFICATIONS_TAG = 'EditorialWorkflowNotifications';

const homeApi = adminApi.enhanceEndpoints({ addTagTypes: [COUNTS_TAG, NOTIFICATIONS_TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getWorkflowHome: builder.query<HomeSummary, void>({
      query: () => `/${PLUGIN_ID}/home`,
      transformResponse: (response: { data: HomeSummary }) => response.data,
      providesTags: [COUNTS_TAG, NOTIFICATIONS_TAG],
      keepUnusedDataFor: 0,
    }),
  }),
});

export const { useGetWorkflowHomeQuery } = homeApi;
