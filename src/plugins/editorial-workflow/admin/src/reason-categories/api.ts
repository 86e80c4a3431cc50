import { adminApi } from '@strapi/strapi/admin';
import type { ReasonCategoryList } from '../../../shared/contracts/reason-categories';
import { PLUGIN_ID } from '../../../shared/permissions';

/** The categories a return or an unpublish is filed under (data the administrator edits). */
const reasonCategoriesApi = adminApi.injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getReasonCategories: builder.query<ReasonCategoryList, void>({
      query: () => `/${PLUGIN_ID}/reason-categories`,
      transformResponse: (response: { data: ReasonCategoryList }) => response.data,
    }),
  }),
});

export const { useGetReasonCategoriesQuery } = reasonCategoriesApi;
