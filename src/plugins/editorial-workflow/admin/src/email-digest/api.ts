import { adminApi } from '@strapi/strapi/admin';
import type { EmailPreference, EmailPreferenceBody } from '../../../shared/contracts/email-digest';
import { PLUGIN_ID } from '../../../shared/permissions';

const PATH = `/${PLUGIN_ID}/notifications/preference`;
const TAG = 'EditorialWorkflowEmailPreference';

interface Envelope<T> {
  data: T;
}

/** The caller's choice of e-mail (one per notification, or one digest a day), beside the notifications' endpoints. */
const emailDigestApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getEmailPreference: builder.query<EmailPreference, void>({
      query: () => PATH,
      transformResponse: (response: Envelope<EmailPreference>) => response.data,
      providesTags: [TAG],
    }),
    setEmailPreference: builder.mutation<EmailPreference, EmailPreferenceBody>({
      query: (body) => ({ url: PATH, method: 'PUT', data: body }),
      transformResponse: (response: Envelope<EmailPreference>) => response.data,
      invalidatesTags: [TAG],
    }),
  }),
});

export const { useGetEmailPreferenceQuery, useSetEmailPreferenceMutation } = emailDigestApi;
