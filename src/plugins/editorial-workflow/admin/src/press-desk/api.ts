import { adminApi } from '@strapi/strapi/admin';
import type {
  PressInquiryBody,
  PressInquiryList,
  PressInquiryQuery,
  PressInquiryUpdateBody,
  PressInquiryView,
  SpokespersonBody,
  SpokespersonCandidate,
  SpokespersonView,
} from '../../../shared/contracts/press-desk';
import { PLUGIN_ID } from '../../../shared/permissions';

const INQUIRIES = `/${PLUGIN_ID}/press-inquiries`;
const SPOKESPEOPLE = `/${PLUGIN_ID}/spokespeople`;
const TAG = 'EditorialWorkflowPressDesk';

interface Envelope<T> {
  data: T;
}
const data = <T,>(response: Envelope<T>) => response.data;

/** "Báo chí & người phát ngôn": the inquiries' log and the spokesperson register. */
const pressDeskApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getPressInquiries: builder.query<PressInquiryList, PressInquiryQuery>({
      query: (params) => ({ url: INQUIRIES, config: { params } }),
      providesTags: [TAG],
    }),
    getPressInquiry: builder.query<PressInquiryView, number>({ query: (id) => `${INQUIRIES}/${id}`, transformResponse: data<PressInquiryView>, providesTags: [TAG] }),
    logPressInquiry: builder.mutation<PressInquiryView, PressInquiryBody>({
      query: (body) => ({ url: INQUIRIES, method: 'POST', data: body }),
      transformResponse: data<PressInquiryView>,
      invalidatesTags: [TAG],
    }),
    updatePressInquiry: builder.mutation<PressInquiryView, { id: number; body: PressInquiryUpdateBody }>({
      query: ({ id, body }) => ({ url: `${INQUIRIES}/${id}`, method: 'PUT', data: body }),
      transformResponse: data<PressInquiryView>,
      invalidatesTags: [TAG],
    }),
    /** approve | send | response: no body. */
    stepPressInquiry: builder.mutation<PressInquiryView, { id: number; step: 'approve' | 'send' | 'response' }>({
      query: ({ id, step }) => ({ url: `${INQUIRIES}/${id}/${step}`, method: 'POST' }),
      transformResponse: data<PressInquiryView>,
      invalidatesTags: [TAG],
    }),
    getSpokespeople: builder.query<SpokespersonView[], void>({ query: () => SPOKESPEOPLE, transformResponse: data<SpokespersonView[]>, providesTags: [TAG] }),
    getSpokespersonCandidates: builder.query<SpokespersonCandidate[], void>({ query: () => `${SPOKESPEOPLE}/candidates`, transformResponse: data<SpokespersonCandidate[]> }),
    addSpokesperson: builder.mutation<SpokespersonView, SpokespersonBody>({
      query: (body) => ({ url: SPOKESPEOPLE, method: 'POST', data: body }),
      transformResponse: data<SpokespersonView>,
      invalidatesTags: [TAG],
    }),
    endSpokesperson: builder.mutation<SpokespersonView, { id: number; validTo: string }>({
      query: ({ id, validTo }) => ({ url: `${SPOKESPEOPLE}/${id}`, method: 'PUT', data: { validTo } }),
      transformResponse: data<SpokespersonView>,
      invalidatesTags: [TAG],
    }),
  }),
});

export const {
  useGetPressInquiriesQuery,
  useGetPressInquiryQuery,
  useLogPressInquiryMutation,
  useUpdatePressInquiryMutation,
  useStepPressInquiryMutation,
  useGetSpokespeopleQuery,
  useGetSpokespersonCandidatesQuery,
  useAddSpokespersonMutation,
  useEndSpokespersonMutation,
} = pressDeskApi;
