import { adminApi } from '@strapi/strapi/admin';
import type { ConcernLinks, LinkCandidate, ResponseDraft } from '../../../shared/contracts/concern-links';
import { PLUGIN_ID } from '../../../shared/permissions';

const TAG = 'EditorialWorkflowConcernLinks';

interface Envelope<T> {
  data: T;
}

/** The items linked to a concern, linking one, drafting the official response, and the items to link. */
const linksApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getConcernLinks: builder.query<ConcernLinks, number>({
      query: (id) => `/${PLUGIN_ID}/concerns/${id}/links`,
      transformResponse: (response: Envelope<ConcernLinks>) => response.data,
      providesTags: (_result, _error, id) => [{ type: TAG, id }],
    }),
    linkConcernItem: builder.mutation<ConcernLinks, { id: number; itemDocumentId: string }>({
      query: ({ id, itemDocumentId }) => ({ url: `/${PLUGIN_ID}/concerns/${id}/links`, method: 'POST', data: { itemDocumentId } }),
      transformResponse: (response: Envelope<ConcernLinks>) => response.data,
      invalidatesTags: (_result, _error, { id }) => [{ type: TAG, id }],
    }),
    draftConcernResponse: builder.mutation<ResponseDraft, number>({
      query: (id) => ({ url: `/${PLUGIN_ID}/concerns/${id}/response`, method: 'POST', data: {} }),
      transformResponse: (response: Envelope<ResponseDraft>) => response.data,
      invalidatesTags: (_result, _error, id) => [{ type: TAG, id }],
    }),
    getLinkCandidates: builder.query<LinkCandidate[], string>({
      query: (q) => ({ url: `/${PLUGIN_ID}/concern-link-candidates`, config: { params: { q } } }),
      transformResponse: (response: Envelope<LinkCandidate[]>) => response.data,
    }),
  }),
});

export const { useGetConcernLinksQuery, useLinkConcernItemMutation, useDraftConcernResponseMutation, useGetLinkCandidatesQuery } = linksApi;
