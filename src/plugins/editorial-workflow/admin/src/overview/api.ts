import { adminApi } from '@strapi/strapi/admin';
import type { OverviewReport } from '../../../shared/contracts/overview';
import { PLUGIN_ID } from '../../../shared/permissions';

interface Envelope<T> {
  data: T;
}

/** The overview's endpoint in Strapi's admin store, beside the statistics'; asked again each time the page opens. */
const overviewApi = adminApi.injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getOverview: builder.query<OverviewReport, string>({
      query: (month) => ({ url: `/${PLUGIN_ID}/overview`, config: { params: { month } } }),
      transformResponse: (response: Envelope<OverviewReport>) => response.data,
      keepUnusedDataFor: 0,
    }),
  }),
});

export const { useGetOverviewQuery } = overviewApi;
