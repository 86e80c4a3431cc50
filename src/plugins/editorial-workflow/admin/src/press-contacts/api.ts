import { adminApi } from '@strapi/strapi/admin';
import type { PressContactBody, PressContactUpdateBody, PressContactView, PressSendingView } from '../../../shared/contracts/press-contacts';
import { PLUGIN_ID } from '../../../shared/permissions';

const CONTACTS = `/${PLUGIN_ID}/press-contacts`;
const SENDINGS = `/${PLUGIN_ID}/press-sendings`;
const TAG = 'EditorialWorkflowPressContacts';

interface Envelope<T> {
  data: T;
}

export interface PressSendingPage {
  data: PressSendingView[];
  meta: { pagination: { page: number; pageSize: number; total: number; pageCount: number } };
}

/** "Danh sách báo chí": the contacts (add, edit, deactivate) and the e-mails sent to them. */
const pressContactsApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getPressContacts: builder.query<PressContactView[], void>({
      query: () => CONTACTS,
      transformResponse: (response: Envelope<PressContactView[]>) => response.data,
      providesTags: [TAG],
    }),
    getPressSendings: builder.query<PressSendingPage, { page: number; pageSize: number }>({
      query: (params) => ({ url: SENDINGS, config: { params } }),
      providesTags: [TAG],
    }),
    createPressContact: builder.mutation<PressContactView, PressContactBody>({
      query: (body) => ({ url: CONTACTS, method: 'POST', data: body }),
      transformResponse: (response: Envelope<PressContactView>) => response.data,
      invalidatesTags: [TAG],
    }),
    updatePressContact: builder.mutation<PressContactView, { id: number; body: PressContactUpdateBody }>({
      query: ({ id, body }) => ({ url: `${CONTACTS}/${id}`, method: 'PUT', data: body }),
      transformResponse: (response: Envelope<PressContactView>) => response.data,
      invalidatesTags: [TAG],
    }),
  }),
});

export const { useGetPressContactsQuery, useGetPressSendingsQuery, useCreatePressContactMutation, useUpdatePressContactMutation } = pressContactsApi;
