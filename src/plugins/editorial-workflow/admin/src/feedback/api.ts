import { adminApi } from '@strapi/strapi/admin';
import type {
  AnswerBody,
  ClassifyBody,
  FeedbackComment,
  FeedbackConsultation,
  FeedbackQuery,
  FeedbackQueue,
  FeedbackSummaryView,
} from '../../../shared/contracts/feedback';
import { PLUGIN_ID } from '../../../shared/permissions';

export const FEEDBACK_PATH = `/${PLUGIN_ID}/feedback`;
const TAG = 'EditorialWorkflowFeedback';

interface Envelope<T> {
  data: T;
}

/** The query string of the queue: only the filters set. */
const paramsOf = (query: Partial<FeedbackQuery>) => Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));

/** "Ý kiến góp ý dự thảo": the consultations, one's queue, the handling of a comment, the summary. */
const feedbackApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getFeedbackConsultations: builder.query<FeedbackConsultation[], void>({
      query: () => `${FEEDBACK_PATH}/consultations`,
      transformResponse: (response: Envelope<FeedbackConsultation[]>) => response.data,
      providesTags: [TAG],
    }),
    getFeedbackQueue: builder.query<FeedbackQueue, { documentId: string; query: Partial<FeedbackQuery> }>({
      query: ({ documentId, query }) => ({ url: `${FEEDBACK_PATH}/consultations/${documentId}/comments`, config: { params: paramsOf(query) } }),
      providesTags: [TAG],
    }),
    getFeedbackSummary: builder.query<FeedbackSummaryView, string>({
      query: (documentId) => `${FEEDBACK_PATH}/consultations/${documentId}/summary`,
      transformResponse: (response: Envelope<FeedbackSummaryView>) => response.data,
      providesTags: [TAG],
    }),
    classifyComment: builder.mutation<FeedbackComment, { id: number; body: ClassifyBody }>({
      query: ({ id, body }) => ({ url: `${FEEDBACK_PATH}/comments/${id}/classification`, method: 'PUT', data: body }),
      transformResponse: (response: Envelope<FeedbackComment>) => response.data,
      invalidatesTags: [TAG],
    }),
    mergeComment: builder.mutation<FeedbackComment, { id: number; intoId: number }>({
      query: ({ id, intoId }) => ({ url: `${FEEDBACK_PATH}/comments/${id}/merge`, method: 'POST', data: { intoId } }),
      transformResponse: (response: Envelope<FeedbackComment>) => response.data,
      invalidatesTags: [TAG],
    }),
    answerComment: builder.mutation<FeedbackComment, { id: number; body: AnswerBody }>({
      query: ({ id, body }) => ({ url: `${FEEDBACK_PATH}/comments/${id}/answer`, method: 'PUT', data: body }),
      transformResponse: (response: Envelope<FeedbackComment>) => response.data,
      invalidatesTags: [TAG],
    }),
    setAnswerPublic: builder.mutation<FeedbackComment, { id: number; answerPublic: boolean }>({
      query: ({ id, answerPublic }) => ({ url: `${FEEDBACK_PATH}/comments/${id}/answer-public`, method: 'PUT', data: { answerPublic } }),
      transformResponse: (response: Envelope<FeedbackComment>) => response.data,
      invalidatesTags: [TAG],
    }),
    mailAnswer: builder.mutation<FeedbackComment, number>({
      query: (id) => ({ url: `${FEEDBACK_PATH}/comments/${id}/answer-mail`, method: 'POST', data: {} }),
      transformResponse: (response: Envelope<FeedbackComment>) => response.data,
      invalidatesTags: [TAG],
    }),
    raiseConcern: builder.mutation<{ comment: FeedbackComment; concern: { id: number } }, number>({
      query: (id) => ({ url: `${FEEDBACK_PATH}/comments/${id}/concern`, method: 'POST', data: {} }),
      transformResponse: (response: Envelope<{ comment: FeedbackComment; concern: { id: number } }>) => response.data,
      invalidatesTags: [TAG],
    }),
    writeSummary: builder.mutation<FeedbackSummaryView, { documentId: string; mainPoints: string }>({
      query: ({ documentId, mainPoints }) => ({ url: `${FEEDBACK_PATH}/consultations/${documentId}/summary`, method: 'PUT', data: { mainPoints } }),
      transformResponse: (response: Envelope<FeedbackSummaryView>) => response.data,
      invalidatesTags: [TAG],
    }),
    publishSummary: builder.mutation<FeedbackSummaryView, string>({
      query: (documentId) => ({ url: `${FEEDBACK_PATH}/consultations/${documentId}/summary/publish`, method: 'POST', data: {} }),
      transformResponse: (response: Envelope<FeedbackSummaryView>) => response.data,
      invalidatesTags: [TAG],
    }),
  }),
});

export const {
  useGetFeedbackConsultationsQuery,
  useGetFeedbackQueueQuery,
  useGetFeedbackSummaryQuery,
  useClassifyCommentMutation,
  useMergeCommentMutation,
  useAnswerCommentMutation,
  useSetAnswerPublicMutation,
  useMailAnswerMutation,
  useRaiseConcernMutation,
  useWriteSummaryMutation,
  usePublishSummaryMutation,
} = feedbackApi;
