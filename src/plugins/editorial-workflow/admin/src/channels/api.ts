import { adminApi } from '@strapi/strapi/admin';
import type { ChannelDeliveriesQuery, ChannelDeliveriesResponse, ChannelDeliveryView, ChannelSummary } from '../../../shared/contracts/channel-page';
import { PLUGIN_ID } from '../../../shared/permissions';

const PATH = `/${PLUGIN_ID}/channels`;
const TAG = 'EditorialWorkflowChannels';

interface Envelope<T> {
  data: T;
}

/** The channels page "Kênh đăng tải": each channel's counts and health, the rows, retrying and cancelling one. */
const channelsApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getChannels: builder.query<ChannelSummary[], void>({
      query: () => PATH,
      transformResponse: (response: Envelope<ChannelSummary[]>) => response.data,
      providesTags: [TAG],
    }),
    getChannelDeliveries: builder.query<ChannelDeliveriesResponse, ChannelDeliveriesQuery>({
      query: (params) => ({ url: `${PATH}/deliveries`, config: { params } }),
      providesTags: [TAG],
    }),
    retryChannelDelivery: builder.mutation<ChannelDeliveryView, number>({
      query: (id) => ({ url: `${PATH}/deliveries/${id}/retry`, method: 'POST', data: {} }),
      transformResponse: (response: Envelope<ChannelDeliveryView>) => response.data,
      invalidatesTags: [TAG],
    }),
    cancelChannelDelivery: builder.mutation<ChannelDeliveryView, number>({
      query: (id) => ({ url: `${PATH}/deliveries/${id}/cancel`, method: 'POST', data: {} }),
      transformResponse: (response: Envelope<ChannelDeliveryView>) => response.data,
      invalidatesTags: [TAG],
    }),
  }),
});

export const { useGetChannelsQuery, useGetChannelDeliveriesQuery, useRetryChannelDeliveryMutation, useCancelChannelDeliveryMutation } = channelsApi;
