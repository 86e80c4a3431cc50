import { adminApi } from '@strapi/strapi/admin';
import type { AttachScreenshotsBody, ConcernScreenshots } from '../../../shared/contracts/concern-evidence';
import { PLUGIN_ID } from '../../../shared/permissions';

const TAG = 'EditorialWorkflowConcernScreenshots';

interface Envelope<T> {
  data: T;
}

/** A concern's screenshots, and attaching files just uploaded to the media library. */
const screenshotsApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getConcernScreenshots: builder.query<ConcernScreenshots, number>({
      query: (id) => `/${PLUGIN_ID}/concerns/${id}/screenshots`,
      transformResponse: (response: Envelope<ConcernScreenshots>) => response.data,
      providesTags: (_result, _error, id) => [{ type: TAG, id }],
    }),
    attachConcernScreenshots: builder.mutation<ConcernScreenshots, { id: number } & AttachScreenshotsBody>({
      query: ({ id, fileIds }) => ({ url: `/${PLUGIN_ID}/concerns/${id}/screenshots`, method: 'POST', data: { fileIds } }),
      transformResponse: (response: Envelope<ConcernScreenshots>) => response.data,
      invalidatesTags: (_result, _error, { id }) => [{ type: TAG, id }],
    }),
  }),
});

export const { useGetConcernScreenshotsQuery, useAttachConcernScreenshotsMutation } = screenshotsApi;
