import { adminApi } from '@strapi/strapi/admin';
import type { ChannelStats } from '../../../shared/contracts/item-channels';
import { PLUGIN_ID } from '../../../shared/permissions';

/** The statistics page's filters the count by channel takes; empty strings mean every kind, every unit. */
export interface ChannelStatsFilters {
  from: string;
  to: string;
  unitKind: string;
  unit: string;
}

/** The filters as a query string, the empty ones left out (the server refuses `unit=`). */
export function channelStatsParams({ from, to, unitKind, unit }: ChannelStatsFilters): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries({ from, to, unitKind, unit })) if (value) search.set(name, value);
  return search.toString();
}

/** Items published by channel (`GET /stats/channels`, server/src/stats/channels.ts), scoped by the server to the reader's units. */
const channelStatsApi = adminApi.injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getChannelStats: builder.query<ChannelStats, ChannelStatsFilters>({
      query: (filters) => ({ url: `/${PLUGIN_ID}/stats/channels?${channelStatsParams(filters)}` }),
      transformResponse: (response: { data: ChannelStats }) => response.data,
      keepUnusedDataFor: 0,
    }),
  }),
});

export const { useGetChannelStatsQuery } = channelStatsApi;
