import { adminApi } from '@strapi/strapi/admin';
import type { ReturnCountsReport } from '../../../shared/contracts/reason-categories';
import { PLUGIN_ID } from '../../../shared/permissions';

export interface ReturnsPeriod {
  from: string;
  to: string;
}

/**
 * The returns counted by unit and reason category (`GET /stats/returns`, server/src/reason-categories)
 * in Strapi's admin store, beside the statistics' (services/api.ts). The server scopes the answer to
 * the reader's units and departments.
 */
const returnsApi = adminApi.injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getReturnCounts: builder.query<ReturnCountsReport, ReturnsPeriod>({
      query: ({ from, to }) => ({ url: `/${PLUGIN_ID}/stats/returns`, config: { params: { from, to } } }),
      transformResponse: (response: { data: ReturnCountsReport }) => response.data,
    }),
  }),
});

export const { useGetReturnCountsQuery } = returnsApi;
