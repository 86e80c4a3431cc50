import { adminApi } from '@strapi/strapi/admin';
import type { ScriptChoices, ScriptInput, ScriptItemView, ScriptView } from '../../../shared/contracts/comm-scripts';
import { PLUGIN_ID } from '../../../shared/permissions';

const PATH = `/${PLUGIN_ID}/comm-scripts`;
const TAG = 'EditorialWorkflowCommScript';

interface Envelope<T> {
  data: T;
}

/** Communication scripts: the list, one script, the Office's writes, the items linked to a script. */
const commScriptsApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getCommScripts: builder.query<ScriptView[], void>({
      query: () => PATH,
      transformResponse: (response: Envelope<ScriptView[]>) => response.data,
      providesTags: [TAG],
    }),
    getCommScript: builder.query<ScriptView, number>({
      query: (id) => `${PATH}/${id}`,
      transformResponse: (response: Envelope<ScriptView>) => response.data,
      providesTags: (_result, _error, id) => [{ type: TAG, id }],
    }),
    getScriptChoices: builder.query<ScriptChoices, void>({
      query: () => `${PATH}/choices`,
      transformResponse: (response: Envelope<ScriptChoices>) => response.data,
    }),
    createCommScript: builder.mutation<ScriptView, ScriptInput>({
      query: (body) => ({ url: PATH, method: 'POST', data: body }),
      transformResponse: (response: Envelope<ScriptView>) => response.data,
      invalidatesTags: [TAG],
    }),
    updateCommScript: builder.mutation<ScriptView, { id: number; body: ScriptInput }>({
      query: ({ id, body }) => ({ url: `${PATH}/${id}`, method: 'PUT', data: body }),
      transformResponse: (response: Envelope<ScriptView>) => response.data,
      invalidatesTags: (_result, _error, { id }) => [TAG, { type: TAG, id }],
    }),
    getScriptItems: builder.query<ScriptItemView[], number>({
      query: (id) => `${PATH}/${id}/items`,
      transformResponse: (response: Envelope<ScriptItemView[]>) => response.data,
      providesTags: (_result, _error, id) => [{ type: TAG, id: `items-${id}` }],
    }),
    linkScriptItem: builder.mutation<ScriptItemView[], { id: number; itemDocumentId: string }>({
      query: ({ id, itemDocumentId }) => ({ url: `${PATH}/${id}/items`, method: 'POST', data: { itemDocumentId } }),
      transformResponse: (response: Envelope<ScriptItemView[]>) => response.data,
      invalidatesTags: (_result, _error, { id }) => [{ type: TAG, id: `items-${id}` }],
    }),
  }),
});

export const {
  useGetCommScriptsQuery,
  useGetCommScriptQuery,
  useGetScriptChoicesQuery,
  useCreateCommScriptMutation,
  useUpdateCommScriptMutation,
  useGetScriptItemsQuery,
  useLinkScriptItemMutation,
} = commScriptsApi;
