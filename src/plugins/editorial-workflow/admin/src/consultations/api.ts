import { adminApi } from '@strapi/strapi/admin';
import type { ConsultationPanel, ConsultationSettings, ConsultationSettingsInput } from '../../../shared/contracts/consultations';
import { PLUGIN_ID } from '../../../shared/permissions';

const TAG = 'EditorialWorkflowConsultation';

interface Envelope<T> {
  data: T;
}

/** A consultation's settings (server/src/consultations/): read when the panel opens, saved from its section. */
const consultationsApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getConsultation: builder.query<ConsultationPanel, string>({
      query: (documentId) => `/${PLUGIN_ID}/consultations/${documentId}`,
      transformResponse: (response: Envelope<ConsultationPanel>) => response.data,
      providesTags: (_result, _error, documentId) => [{ type: TAG, id: documentId }],
      keepUnusedDataFor: 0,
    }),
    saveConsultation: builder.mutation<ConsultationSettings, { documentId: string; body: ConsultationSettingsInput }>({
      query: ({ documentId, body }) => ({ url: `/${PLUGIN_ID}/consultations/${documentId}`, method: 'PUT', data: body }),
      transformResponse: (response: Envelope<ConsultationSettings>) => response.data,
      invalidatesTags: (_result, _error, { documentId }) => [{ type: TAG, id: documentId }],
    }),
  }),
});

export const { useGetConsultationQuery, useSaveConsultationMutation } = consultationsApi;
