import { adminApi } from '@strapi/strapi/admin';
import type { FanpageCheckResult, FanpageSettingsBody, FanpageSettingsView } from '../../../shared/contracts/channel-settings';
import { PLUGIN_ID } from '../../../shared/permissions';

const PATH = `/${PLUGIN_ID}/channel-settings/fanpage`;
const TAG = 'EditorialWorkflowChannelSettings';

interface Envelope<T> {
  data: T;
}

/** The fanpage's settings (the administrator): read, save, check the token. The token goes in, never comes back. */
const channelSettingsApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getFanpageSettings: builder.query<FanpageSettingsView, void>({
      query: () => PATH,
      transformResponse: (response: Envelope<FanpageSettingsView>) => response.data,
      providesTags: [TAG],
    }),
    saveFanpageSettings: builder.mutation<FanpageSettingsView, FanpageSettingsBody>({
      query: (body) => ({ url: PATH, method: 'PUT', data: body }),
      transformResponse: (response: Envelope<FanpageSettingsView>) => response.data,
      invalidatesTags: [TAG],
    }),
    checkFanpage: builder.mutation<FanpageCheckResult, void>({
      query: () => ({ url: `${PATH}/check`, method: 'POST', data: {} }),
      transformResponse: (response: Envelope<FanpageCheckResult>) => response.data,
      invalidatesTags: [TAG],
    }),
  }),
});

export const { useGetFanpageSettingsQuery, useSaveFanpageSettingsMutation, useCheckFanpageMutation } = channelSettingsApi;
