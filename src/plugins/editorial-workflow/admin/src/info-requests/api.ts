import { adminApi } from '@strapi/strapi/admin';
import type { InfoRequestActionBody, InfoRequestLetterBody, InfoRequestList, InfoRequestQuery, InfoRequestView } from '../../../shared/contracts/info-requests';
import { PLUGIN_ID } from '../../../shared/permissions';

const REQUESTS = `/${PLUGIN_ID}/info-requests`;
const TAG = 'EditorialWorkflowInfoRequests';

interface Envelope<T> {
  data: T;
}
const data = <T,>(response: Envelope<T>) => response.data;

/** "Yêu cầu cung cấp thông tin": the list, one request, the letters entered and the Office's actions. */
const infoRequestsApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getInfoRequests: builder.query<InfoRequestList, InfoRequestQuery>({ query: (params) => ({ url: REQUESTS, config: { params } }), providesTags: [TAG] }),
    getInfoRequest: builder.query<InfoRequestView, number>({ query: (id) => `${REQUESTS}/${id}`, transformResponse: data<InfoRequestView>, providesTags: [TAG] }),
    enterInfoRequest: builder.mutation<InfoRequestView, InfoRequestLetterBody>({
      query: (body) => ({ url: REQUESTS, method: 'POST', data: body }),
      transformResponse: data<InfoRequestView>,
      invalidatesTags: [TAG],
    }),
    actOnInfoRequest: builder.mutation<InfoRequestView, { id: number; body: InfoRequestActionBody }>({
      query: ({ id, body }) => ({ url: `${REQUESTS}/${id}/actions`, method: 'POST', data: body }),
      transformResponse: data<InfoRequestView>,
      invalidatesTags: [TAG],
    }),
  }),
});

export const { useGetInfoRequestsQuery, useGetInfoRequestQuery, useEnterInfoRequestMutation, useActOnInfoRequestMutation } = infoRequestsApi;
