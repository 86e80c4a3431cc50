import { adminApi } from '@strapi/strapi/admin';
import type { TurnaroundReport } from '../../../shared/contracts/turnaround';
import { PLUGIN_ID } from '../../../shared/permissions';

interface Envelope<T> {
  data: T;
}

export interface TurnaroundPeriod {
  from: string;
  to: string;
}

/**
 * The turnaround and backlog endpoint in Strapi's admin store, beside the statistics' (services/api.ts):
 * fetched again whenever the section shows (`keepUnusedDataFor: 0`), since the backlog's ages are "now".
 */
const turnaroundApi = adminApi.injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getTurnaround: builder.query<TurnaroundReport, TurnaroundPeriod>({
      query: ({ from, to }) => ({ url: `/${PLUGIN_ID}/stats/turnaround`, config: { params: { from, to } } }),
      transformResponse: (response: Envelope<TurnaroundReport>) => response.data,
      keepUnusedDataFor: 0,
    }),
  }),
});

export const { useGetTurnaroundQuery } = turnaroundApi;

/** Whether the server refused the person (an author, a unit head: no department to measure). */
export function isForbidden(error: unknown): boolean {
  const candidate = error as { status?: unknown; name?: unknown } | undefined;
  return candidate?.status === 403 || candidate?.name === 'PolicyError' || candidate?.name === 'ForbiddenError';
}
