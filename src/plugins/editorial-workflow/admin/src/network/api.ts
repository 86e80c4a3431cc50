import { adminApi } from '@strapi/strapi/admin';
import type { MemberRole } from '../../../shared/member-roles';
import type {
  DirectoryPage,
  DirectoryRow,
  EndedMembership,
  NetworkUnitDetail,
  NetworkUnitPage,
  NetworkUnitQuery,
  NetworkUnitRow,
  NetworkUserOption,
  UnitContact,
  UnitContactBody,
} from '../../../shared/contracts/network';
import type { Pagination } from '../../../shared/contracts/queue';
import type { PeopleImportReport, PeopleImportRequest } from '../../../shared/contracts/network-import';
import { PLUGIN_ID } from '../../../shared/permissions';

const BASE = `/${PLUGIN_ID}`;
export const DIRECTORY_EXPORT_PATH = `${BASE}/directory/export`;

interface Envelope<T, Meta = undefined> {
  data: T;
  meta: Meta;
}

const TAGS = { units: 'EditorialWorkflowNetworkUnits', unit: 'EditorialWorkflowNetworkUnit', directory: 'EditorialWorkflowDirectory' } as const;

/** The query without its empty parameters (the server refuses `kind=`). */
export function paramsOf(query: object): Record<string, string | number> {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== '' && value !== null)) as Record<string, string | number>;
}

/**
 * The network page's endpoints in Strapi's admin store. A membership added or ended, a contact saved
 * or people imported changes the lists and the unit: their tags are invalidated, every answer is
 * fetched again when a screen opens (`keepUnusedDataFor: 0`).
 */
const networkApi = adminApi.enhanceEndpoints({ addTagTypes: Object.values(TAGS) }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getNetworkUnits: builder.query<NetworkUnitPage, NetworkUnitQuery>({
      query: (query) => ({ url: `${BASE}/network/units`, config: { params: paramsOf(query) } }),
      transformResponse: (response: Envelope<NetworkUnitRow[], { pagination: Pagination }>) => ({ results: response.data, pagination: response.meta.pagination }),
      providesTags: [TAGS.units],
      keepUnusedDataFor: 0,
    }),
    getNetworkUnit: builder.query<NetworkUnitDetail, number>({
      query: (id) => `${BASE}/network/units/${id}`,
      transformResponse: (response: Envelope<NetworkUnitDetail>) => response.data,
      providesTags: (_result, _error, id) => [{ type: TAGS.unit, id }],
      keepUnusedDataFor: 0,
    }),
    updateUnitContact: builder.mutation<UnitContact, { id: number; contact: UnitContactBody }>({
      query: ({ id, contact }) => ({ url: `${BASE}/network/units/${id}/contact`, method: 'PUT', data: contact }),
      transformResponse: (response: Envelope<UnitContact>) => response.data,
      invalidatesTags: (_result, _error, { id }) => [{ type: TAGS.unit, id }, TAGS.units, TAGS.directory],
    }),
    searchNetworkUsers: builder.query<NetworkUserOption[], string>({
      query: (q) => ({ url: `${BASE}/network/users`, config: { params: paramsOf({ q }) } }),
      transformResponse: (response: Envelope<NetworkUserOption[]>) => response.data,
      keepUnusedDataFor: 0,
    }),
    addMembership: builder.mutation<{ id: number }, { userId: number; unitId: number; role: MemberRole }>({
      query: (body) => ({ url: `${BASE}/memberships`, method: 'POST', data: body }),
      transformResponse: (response: Envelope<{ id: number }>) => response.data,
      invalidatesTags: (_result, _error, { unitId }) => [{ type: TAGS.unit, id: unitId }, TAGS.units, TAGS.directory],
    }),
    endMembership: builder.mutation<EndedMembership, { membershipId: number; unitId: number }>({
      query: ({ membershipId }) => ({ url: `${BASE}/memberships/${membershipId}`, method: 'DELETE' }),
      transformResponse: (response: Envelope<EndedMembership>) => response.data,
      invalidatesTags: (_result, _error, { unitId }) => [{ type: TAGS.unit, id: unitId }, TAGS.units, TAGS.directory],
    }),
    getDirectory: builder.query<DirectoryPage, NetworkUnitQuery>({
      query: (query) => ({ url: `${BASE}/directory`, config: { params: paramsOf(query) } }),
      transformResponse: (response: Envelope<DirectoryRow[], { pagination: Pagination }>) => ({ results: response.data, pagination: response.meta.pagination }),
      providesTags: [TAGS.directory],
      keepUnusedDataFor: 0,
    }),
    importPeople: builder.mutation<PeopleImportReport, PeopleImportRequest>({
      query: (body) => ({ url: `${BASE}/network/people-import`, method: 'POST', data: body }),
      transformResponse: (response: Envelope<PeopleImportReport>) => response.data,
      invalidatesTags: (result) => (result && !result.dryRun ? [TAGS.units, TAGS.unit, TAGS.directory] : []),
    }),
  }),
});

export const {
  useGetNetworkUnitsQuery,
  useGetNetworkUnitQuery,
  useUpdateUnitContactMutation,
  useSearchNetworkUsersQuery,
  useAddMembershipMutation,
  useEndMembershipMutation,
  useGetDirectoryQuery,
  useImportPeopleMutation,
} = networkApi;
