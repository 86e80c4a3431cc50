import { adminApi } from '@strapi/strapi/admin';
import type { CalendarChoices, CalendarResponse, FeedTokenCreated, FeedTokenStatus } from '../../../shared/contracts/calendar';
import { CALENDAR_PATH, type CalendarQuery } from '../../../shared/contracts/plan';
import { PLUGIN_ID } from '../../../shared/permissions';

const PATH = `/${PLUGIN_ID}${CALENDAR_PATH}`;
const TAG = 'EditorialWorkflowCalendarFeed';

interface Envelope<T> {
  data: T;
}

const paramsOf = (query: CalendarQuery) => Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));

/** The calendar "Lịch truyền thông": its entries for a span, the filters' choices, and the person's feed token. */
const calendarApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getCalendar: builder.query<CalendarResponse, CalendarQuery>({
      query: (query) => ({ url: PATH, config: { params: paramsOf(query) } }),
      transformResponse: (response: Envelope<CalendarResponse>) => response.data,
    }),
    getCalendarChoices: builder.query<CalendarChoices, void>({
      query: () => `${PATH}/choices`,
      transformResponse: (response: Envelope<CalendarChoices>) => response.data,
    }),
    getFeedToken: builder.query<FeedTokenStatus, void>({
      query: () => `${PATH}/feed-token`,
      transformResponse: (response: Envelope<FeedTokenStatus>) => response.data,
      providesTags: [TAG],
    }),
    createFeedToken: builder.mutation<FeedTokenCreated, void>({
      query: () => ({ url: `${PATH}/feed-token`, method: 'POST', data: {} }),
      transformResponse: (response: Envelope<FeedTokenCreated>) => response.data,
      invalidatesTags: [TAG],
    }),
    revokeFeedToken: builder.mutation<FeedTokenStatus, void>({
      query: () => ({ url: `${PATH}/feed-token`, method: 'DELETE' }),
      transformResponse: (response: Envelope<FeedTokenStatus>) => response.data,
      invalidatesTags: [TAG],
    }),
  }),
});

export const { useGetCalendarQuery, useGetCalendarChoicesQuery, useGetFeedTokenQuery, useCreateFeedTokenMutation, useRevokeFeedTokenMutation } = calendarApi;
