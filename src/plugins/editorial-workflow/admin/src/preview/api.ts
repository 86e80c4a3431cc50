import { adminApi } from '@strapi/strapi/admin';
import type { PreviewLink } from '../../../shared/contracts/preview';
import { PLUGIN_ID } from '../../../shared/permissions';

interface Envelope<T> {
  data: T;
}

/**
 * The preview link's endpoint in Strapi's admin store. A mutation, not a query: every press asks
 * for a fresh link at the item's current version (a cached one may already be stale or expiring).
 */
const previewApi = adminApi.injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    createPreviewLink: builder.mutation<PreviewLink, string>({
      query: (documentId) => ({ url: `/${PLUGIN_ID}/items/${documentId}/preview-link`, method: 'POST' }),
      transformResponse: (response: Envelope<PreviewLink>) => response.data,
    }),
  }),
});

export const { useCreatePreviewLinkMutation } = previewApi;
