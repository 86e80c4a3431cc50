import { adminApi } from '@strapi/strapi/admin';
import type { AssignmentBody, AssignmentChoices, AssignmentDraft, AssignmentDraftBody, AssignmentSummary, AssignmentView, OpenAssignment } from '../../../shared/contracts/assignments';
import type { PlanEventBody, PlanEventUpdateBody, PlanEventView } from '../../../shared/contracts/plan-events';
import { PLUGIN_ID } from '../../../shared/permissions';

const PATH = `/${PLUGIN_ID}/assignments`;
const EVENTS = `/${PLUGIN_ID}/plan-events`;
const TAG = 'EditorialWorkflowAssignment';
const EVENT_TAG = 'EditorialWorkflowPlanEvent';

interface Envelope<T> {
  data: T;
}
const unwrap = <T>(response: Envelope<T>) => response.data;

/** "Giao viết bài": events, assignments, one assignment's parts, the queue's open parts, commissioning and drafting. */
const assignmentsApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG, EVENT_TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getAssignments: builder.query<AssignmentSummary[], void>({ query: () => PATH, transformResponse: unwrap<AssignmentSummary[]>, providesTags: [TAG] }),
    getAssignment: builder.query<AssignmentView, number>({
      query: (id) => `${PATH}/${id}`,
      transformResponse: unwrap<AssignmentView>,
      providesTags: (_result, _error, id) => [TAG, { type: TAG, id }],
    }),
    getOpenAssignments: builder.query<OpenAssignment[], void>({
      query: () => ({ url: PATH, config: { params: { open: 'true' } } }),
      transformResponse: unwrap<OpenAssignment[]>,
      providesTags: [TAG],
    }),
    getAssignmentChoices: builder.query<AssignmentChoices, void>({ query: () => `/${PLUGIN_ID}/assignment-choices`, transformResponse: unwrap<AssignmentChoices> }),
    commission: builder.mutation<AssignmentView, { eventId?: number; body: AssignmentBody }>({
      query: ({ eventId, body }) => ({ url: eventId ? `${EVENTS}/${eventId}/assignments` : PATH, method: 'POST', data: body }),
      transformResponse: unwrap<AssignmentView>,
      invalidatesTags: [TAG, EVENT_TAG],
    }),
    draftForAssignment: builder.mutation<AssignmentDraft, { id: number; body: AssignmentDraftBody }>({
      query: ({ id, body }) => ({ url: `${PATH}/${id}/draft`, method: 'POST', data: body }),
      transformResponse: unwrap<AssignmentDraft>,
      invalidatesTags: [TAG],
    }),
    getPlanEvents: builder.query<PlanEventView[], void>({ query: () => EVENTS, transformResponse: unwrap<PlanEventView[]>, providesTags: [EVENT_TAG] }),
    createPlanEvent: builder.mutation<PlanEventView, PlanEventBody>({
      query: (body) => ({ url: EVENTS, method: 'POST', data: body }),
      transformResponse: unwrap<PlanEventView>,
      invalidatesTags: [EVENT_TAG],
    }),
    updatePlanEvent: builder.mutation<PlanEventView, { id: number; body: PlanEventUpdateBody }>({
      query: ({ id, body }) => ({ url: `${EVENTS}/${id}`, method: 'PUT', data: body }),
      transformResponse: unwrap<PlanEventView>,
      invalidatesTags: [EVENT_TAG],
    }),
  }),
});

export const {
  useGetAssignmentsQuery,
  useGetAssignmentQuery,
  useGetOpenAssignmentsQuery,
  useGetAssignmentChoicesQuery,
  useCommissionMutation,
  useDraftForAssignmentMutation,
  useGetPlanEventsQuery,
  useCreatePlanEventMutation,
  useUpdatePlanEventMutation,
} = assignmentsApi;
