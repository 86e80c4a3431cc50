import { adminApi } from '@strapi/strapi/admin';
import type { CoverageView } from '../../../shared/contracts/plan-coverage';
import { COVERAGE_PATH, type CoverageQuery } from '../../../shared/contracts/plan';
import { PLUGIN_ID } from '../../../shared/permissions';

export const PATH = `/${PLUGIN_ID}${COVERAGE_PATH}`;

interface Envelope<T> {
  data: T;
}

/** The query string: only the filters set. */
export const paramsOf = (query: CoverageQuery) => Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));

/** The page "Độ phủ kế hoạch": the grid of a year (read only; the counts move with the workflow). */
const planCoverageApi = adminApi.injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getPlanCoverage: builder.query<CoverageView, CoverageQuery>({
      query: (query) => ({ url: PATH, config: { params: paramsOf(query) } }),
      transformResponse: (response: Envelope<CoverageView>) => response.data,
    }),
  }),
});

export const { useGetPlanCoverageQuery } = planCoverageApi;
