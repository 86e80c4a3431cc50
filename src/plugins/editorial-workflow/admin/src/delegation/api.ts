import { adminApi } from '@strapi/strapi/admin';
import type { DelegableRole, DelegateCandidate, DelegationList, DelegationRequestBody, DelegationView } from '../../../shared/contracts/delegation';
import { PLUGIN_ID } from '../../../shared/permissions';

const PATH = `/${PLUGIN_ID}/delegations`;
const TAG = 'EditorialWorkflowDelegation';

interface Envelope<T> {
  data: T;
}

/** Delegations (ủy quyền): the caller's list, who may receive a role, creating and ending one. */
const delegationApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getDelegations: builder.query<DelegationList, void>({
      query: () => PATH,
      providesTags: [TAG],
    }),
    getDelegateCandidates: builder.query<DelegateCandidate[], { role: DelegableRole; unitId: number }>({
      query: ({ role, unitId }) => ({ url: `${PATH}/candidates`, config: { params: { role, unitId } } }),
      transformResponse: (response: Envelope<DelegateCandidate[]>) => response.data,
    }),
    createDelegation: builder.mutation<DelegationView, DelegationRequestBody>({
      query: (body) => ({ url: PATH, method: 'POST', data: body }),
      transformResponse: (response: Envelope<DelegationView>) => response.data,
      invalidatesTags: [TAG],
    }),
    endDelegation: builder.mutation<DelegationView, number>({
      query: (id) => ({ url: `${PATH}/${id}/end`, method: 'POST', data: {} }),
      transformResponse: (response: Envelope<DelegationView>) => response.data,
      invalidatesTags: [TAG],
    }),
  }),
});

export const { useGetDelegationsQuery, useGetDelegateCandidatesQuery, useCreateDelegationMutation, useEndDelegationMutation } = delegationApi;
