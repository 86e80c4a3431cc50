import { adminApi } from '@strapi/strapi/admin';
import type { Pagination, UnitItemRow, UnitItemsPage, UnitItemsQuery } from '../../../../shared/contracts';
import { PLUGIN_ID } from '../../../../shared/permissions';

/** The queue's tag (services/api.ts): a transition invalidates it, so the tab shows the item's new state. */
const QUEUE_TAG = 'EditorialWorkflowQueue';

/** The tab "Tin bài của đơn vị": one page of the person's units' items, in every state. */
const unitItemsApi = adminApi.enhanceEndpoints({ addTagTypes: [QUEUE_TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getWorkflowUnitItems: builder.query<UnitItemsPage, UnitItemsQuery>({
      query: (query) => ({
        url: `/${PLUGIN_ID}/queue/unit-items`,
        // The server refuses an empty filter (`unit=`): only the chosen ones go.
        config: { params: Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== '')) },
      }),
      transformResponse: (response: { data: UnitItemRow[]; meta: { pagination: Pagination } }) => ({
        results: response.data,
        pagination: response.meta.pagination,
      }),
      providesTags: [QUEUE_TAG],
      keepUnusedDataFor: 0,
    }),
  }),
});

export const { useGetWorkflowUnitItemsQuery } = unitItemsApi;
