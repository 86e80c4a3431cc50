import { adminApi } from '@strapi/strapi/admin';
import type { CommentRequestBody, CommentThread, CommentThreadList, MentionableUser } from '../../../shared/contracts/comments';
import { PLUGIN_ID } from '../../../shared/permissions';

const BASE = `/${PLUGIN_ID}`;
const TAG = 'EditorialWorkflowComments';

interface Envelope<T> {
  data: T;
}

const commentsPath = (documentId: string) => `${BASE}/items/${documentId}/comments`;

/**
 * The comments' endpoints in Strapi's admin store, beside the workflow's (services/api.ts): a comment
 * written, resolved or reopened refetches the item's threads; every answer is fetched again when the
 * panel opens (`keepUnusedDataFor: 0`), so nobody replies to a thread older than the moment they looked.
 */
const commentsApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getItemComments: builder.query<CommentThreadList, string>({
      query: (documentId) => commentsPath(documentId),
      transformResponse: (response: Envelope<CommentThreadList>) => response.data,
      providesTags: (_result, _error, documentId) => [{ type: TAG, id: documentId }],
      keepUnusedDataFor: 0,
    }),
    addItemComment: builder.mutation<CommentThread, CommentRequestBody & { documentId: string }>({
      query: ({ documentId, ...body }) => ({ url: commentsPath(documentId), method: 'POST', data: body }),
      transformResponse: (response: Envelope<CommentThread>) => response.data,
      invalidatesTags: (_result, _error, { documentId }) => [{ type: TAG, id: documentId }],
    }),
    markCommentThread: builder.mutation<CommentThread, { documentId: string; commentId: number; mark: 'resolve' | 'reopen' }>({
      query: ({ documentId, commentId, mark }) => ({ url: `${commentsPath(documentId)}/${commentId}/${mark}`, method: 'POST' }),
      transformResponse: (response: Envelope<CommentThread>) => response.data,
      invalidatesTags: (_result, _error, { documentId }) => [{ type: TAG, id: documentId }],
    }),
    searchMentionable: builder.query<MentionableUser[], { documentId: string; q: string }>({
      query: ({ documentId, q }) => ({ url: `${commentsPath(documentId)}/mentionable`, config: { params: q ? { q } : {} } }),
      transformResponse: (response: Envelope<MentionableUser[]>) => response.data,
      keepUnusedDataFor: 0,
    }),
  }),
});

export const { useGetItemCommentsQuery, useAddItemCommentMutation, useMarkCommentThreadMutation, useSearchMentionableQuery } = commentsApi;
