import { adminApi } from '@strapi/strapi/admin';
import type {
  ConcernHandlerChoice,
  ConcernList,
  ConcernQuery,
  ConcernRequestBody,
  ConcernUnitChoice,
  ConcernUpdateBody,
  ConcernView,
  TimelineEntryBody,
} from '../../../shared/contracts/concerns';
import { PLUGIN_ID } from '../../../shared/permissions';

const PATH = `/${PLUGIN_ID}/concerns`;
const TAG = 'EditorialWorkflowConcern';

interface Envelope<T> {
  data: T;
}

/** The query string of the list: only the filters set. */
const paramsOf = (query: Partial<ConcernQuery>) => Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));

/** The desk "Dư luận & sự cố": the list, one concern with its timeline, filing, changing, writing on the timeline. */
const concernsApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getConcerns: builder.query<ConcernList, Partial<ConcernQuery>>({
      query: (query) => ({ url: PATH, config: { params: paramsOf(query) } }),
      providesTags: [TAG],
    }),
    getConcern: builder.query<ConcernView, number>({
      query: (id) => `${PATH}/${id}`,
      transformResponse: (response: Envelope<ConcernView>) => response.data,
      providesTags: (_result, _error, id) => [{ type: TAG, id }],
    }),
    /** The units a concern may name (fetched once; the picker searches them). */
    getConcernUnits: builder.query<ConcernUnitChoice[], void>({
      query: () => `${PATH}/units`,
      transformResponse: (response: Envelope<ConcernUnitChoice[]>) => response.data,
    }),
    /** Who may handle a concern: the Office's and its department's members (asked by those who work on it). */
    getConcernHandlers: builder.query<ConcernHandlerChoice[], number>({
      query: (id) => `${PATH}/${id}/handlers`,
      transformResponse: (response: Envelope<ConcernHandlerChoice[]>) => response.data,
      providesTags: (_result, _error, id) => [{ type: TAG, id }],
    }),
    fileConcern: builder.mutation<ConcernView, ConcernRequestBody>({
      query: (body) => ({ url: PATH, method: 'POST', data: body }),
      transformResponse: (response: Envelope<ConcernView>) => response.data,
      invalidatesTags: [TAG],
    }),
    updateConcern: builder.mutation<ConcernView, { id: number; body: ConcernUpdateBody }>({
      query: ({ id, body }) => ({ url: `${PATH}/${id}`, method: 'PUT', data: body }),
      transformResponse: (response: Envelope<ConcernView>) => response.data,
      invalidatesTags: (_result, _error, { id }) => [TAG, { type: TAG, id }],
    }),
    addConcernEntry: builder.mutation<ConcernView, { id: number; body: TimelineEntryBody }>({
      query: ({ id, body }) => ({ url: `${PATH}/${id}/timeline`, method: 'POST', data: body }),
      transformResponse: (response: Envelope<ConcernView>) => response.data,
      invalidatesTags: (_result, _error, { id }) => [{ type: TAG, id }],
    }),
  }),
});

export const {
  useGetConcernsQuery,
  useGetConcernQuery,
  useGetConcernUnitsQuery,
  useGetConcernHandlersQuery,
  useFileConcernMutation,
  useUpdateConcernMutation,
  useAddConcernEntryMutation,
} = concernsApi;
