import { hidden } from '../content-types/hidden';

export const CALENDAR_FEED_TOKEN = 'plugin::editorial-workflow.calendar-feed-token';

/**
 * A person's private iCalendar feed: one per person (`userId` unique). Only the SHA-256 of the token
 * is kept: a copy of the database does not open anyone's calendar. Revoking deletes the row.
 */
export const calendarFeedTokenContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_calendar_feed_tokens',
    info: { singularName: 'calendar-feed-token', pluralName: 'calendar-feed-tokens', displayName: 'Khoá lịch iCalendar' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      userId: { type: 'integer', required: true, column: { unique: true } },
      tokenHash: { type: 'string', required: true, column: { unique: true } },
      lastUsedAt: { type: 'datetime' },
    },
  },
};
