import { adminApi } from '@strapi/strapi/admin';
import type { FileUnitPlanBody, UnitPlanDeadline, UnitPlanRow, UnitPlansView } from '../../../shared/contracts/unit-plans';
import type { UnitKind } from '../../../shared/contracts/stats';
import { PLUGIN_ID } from '../../../shared/permissions';

export const UNIT_PLANS_PATH = `/${PLUGIN_ID}/unit-plans`;
const DEADLINES_PATH = `/${PLUGIN_ID}/unit-plan-deadlines`;
const TAG = 'EditorialWorkflowUnitPlan';

interface Envelope<T> {
  data: T;
}

/** The units' plans of a year, filing one, and the years' due dates (the Office sets them). */
const unitPlansApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getUnitPlans: builder.query<UnitPlansView, { year: number; kind?: UnitKind }>({
      query: ({ year, kind }) => ({ url: UNIT_PLANS_PATH, config: { params: kind ? { year, kind } : { year } } }),
      transformResponse: (response: Envelope<UnitPlansView>) => response.data,
      providesTags: [TAG],
    }),
    fileUnitPlan: builder.mutation<UnitPlanRow, FileUnitPlanBody>({
      query: (body) => ({ url: UNIT_PLANS_PATH, method: 'POST', data: body }),
      transformResponse: (response: Envelope<UnitPlanRow>) => response.data,
      invalidatesTags: [TAG],
    }),
    setUnitPlanDeadline: builder.mutation<UnitPlanDeadline, UnitPlanDeadline>({
      query: ({ year, dueOn }) => ({ url: `${DEADLINES_PATH}/${year}`, method: 'PUT', data: { dueOn } }),
      transformResponse: (response: Envelope<UnitPlanDeadline>) => response.data,
      invalidatesTags: [TAG],
    }),
  }),
});

export const { useGetUnitPlansQuery, useFileUnitPlanMutation, useSetUnitPlanDeadlineMutation } = unitPlansApi;
