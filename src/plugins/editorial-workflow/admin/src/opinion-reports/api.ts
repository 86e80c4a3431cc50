import { adminApi } from '@strapi/strapi/admin';
import type { ReportInput, ReportView, ReturnReportBody } from '../../../shared/contracts/opinion-reports';
import type { OpinionMonthView } from '../../../shared/contracts/opinion-month';
import { PLUGIN_ID } from '../../../shared/permissions';

const PATH = `/${PLUGIN_ID}/opinion-reports`;
export const MONTH_PATH = `/${PLUGIN_ID}/opinion-reports-month`;
const TAG = 'EditorialWorkflowOpinionReport';

interface Envelope<T> {
  data: T;
}

/** The list's answer: `{ data: [...] }` (or `{ results: [...] }`), read the same. */
const listOf = (response: { data?: ReportView[]; results?: ReportView[] } | ReportView[]): ReportView[] =>
  Array.isArray(response) ? response : (response.data ?? response.results ?? []);

const paramsOf = (query: Record<string, unknown>) => Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== ''));

/**
 * The monthly opinion reports (báo cáo dư luận): a unit's reports and their filing, the Office's
 * receipt (tiếp nhận, trả lại) and its consolidated month view. Scope is the server's.
 */
const opinionReportsApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getOpinionReports: builder.query<ReportView[], { period?: string; unitId?: number }>({
      query: (query) => ({ url: PATH, config: { params: paramsOf(query) } }),
      transformResponse: listOf,
      providesTags: [TAG],
    }),
    getOpinionMonth: builder.query<OpinionMonthView, string>({
      query: (period) => ({ url: MONTH_PATH, config: { params: { period } } }),
      transformResponse: (response: Envelope<OpinionMonthView>) => response.data,
      providesTags: [TAG],
    }),
    fileOpinionReport: builder.mutation<ReportView, ReportInput>({
      query: (body) => ({ url: PATH, method: 'POST', data: body }),
      transformResponse: (response: Envelope<ReportView>) => response.data,
      invalidatesTags: [TAG],
    }),
    refileOpinionReport: builder.mutation<ReportView, { documentId: string; body: ReportInput }>({
      query: ({ documentId, body }) => ({ url: `${PATH}/${documentId}`, method: 'PUT', data: body }),
      transformResponse: (response: Envelope<ReportView>) => response.data,
      invalidatesTags: [TAG],
    }),
    acknowledgeOpinionReport: builder.mutation<ReportView, string>({
      query: (documentId) => ({ url: `${PATH}/${documentId}/acknowledge`, method: 'POST', data: {} }),
      transformResponse: (response: Envelope<ReportView>) => response.data,
      invalidatesTags: [TAG],
    }),
    returnOpinionReport: builder.mutation<ReportView, { documentId: string; body: ReturnReportBody }>({
      query: ({ documentId, body }) => ({ url: `${PATH}/${documentId}/return`, method: 'POST', data: body }),
      transformResponse: (response: Envelope<ReportView>) => response.data,
      invalidatesTags: [TAG],
    }),
  }),
});

export const {
  useGetOpinionReportsQuery,
  useGetOpinionMonthQuery,
  useFileOpinionReportMutation,
  useRefileOpinionReportMutation,
  useAcknowledgeOpinionReportMutation,
  useReturnOpinionReportMutation,
} = opinionReportsApi;
