import { adminApi } from '@strapi/strapi/admin';
import type { GuidanceReceipts, GuidanceRemindResult, GuidanceRequestBody, GuidanceSummary, GuidanceUnitChoice, GuidanceView } from '../../../shared/contracts/guidance';
import { PLUGIN_ID } from '../../../shared/permissions';

const PATH = `/${PLUGIN_ID}/guidance`;
const TAG = 'EditorialWorkflowGuidance';

interface Envelope<T> {
  data: T;
}

export interface GuidancePage {
  results: GuidanceSummary[];
  pagination: { page: number; pageSize: number; total: number; pageCount: number };
}

/** Guidance "Định hướng tuyên truyền": the notes, one note (opening it records the unit's reading), sending, receipts, reminding. */
const guidanceApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getGuidanceList: builder.query<GuidancePage, { page: number; pageSize: number }>({
      query: (params) => ({ url: PATH, config: { params } }),
      providesTags: [TAG],
    }),
    getGuidance: builder.query<GuidanceView, number>({
      query: (id) => `${PATH}/${id}`,
      transformResponse: (response: Envelope<GuidanceView>) => response.data,
      providesTags: (_result, _error, id) => [{ type: TAG, id }],
    }),
    getGuidanceUnits: builder.query<GuidanceUnitChoice[], void>({
      query: () => `${PATH}/units`,
      transformResponse: (response: Envelope<GuidanceUnitChoice[]>) => response.data,
    }),
    getGuidanceReceipts: builder.query<GuidanceReceipts, { id: number; days: number }>({
      query: ({ id, days }) => ({ url: `${PATH}/${id}/receipts`, config: { params: { days } } }),
      transformResponse: (response: Envelope<GuidanceReceipts>) => response.data,
      providesTags: (_result, _error, { id }) => [{ type: TAG, id }],
    }),
    sendGuidance: builder.mutation<GuidanceView, GuidanceRequestBody>({
      query: (body) => ({ url: PATH, method: 'POST', data: body }),
      transformResponse: (response: Envelope<GuidanceView>) => response.data,
      invalidatesTags: [TAG],
    }),
    remindGuidance: builder.mutation<GuidanceRemindResult, number>({
      query: (id) => ({ url: `${PATH}/${id}/remind`, method: 'POST', data: {} }),
      transformResponse: (response: Envelope<GuidanceRemindResult>) => response.data,
      invalidatesTags: (_result, _error, id) => [TAG, { type: TAG, id }],
    }),
  }),
});

export const {
  useGetGuidanceListQuery,
  useGetGuidanceQuery,
  useGetGuidanceUnitsQuery,
  useGetGuidanceReceiptsQuery,
  useSendGuidanceMutation,
  useRemindGuidanceMutation,
} = guidanceApi;
