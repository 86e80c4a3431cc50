import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

const use = guarded([PERMISSIONS.useWorkflow]);

/** The person's own feed token (admin): see whether one exists, create (or replace) it, revoke it. */
export const feedTokenRoutes = {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/calendar/feed-token', handler: 'calendar-feed.status', config: use },
    { method: 'POST', path: '/calendar/feed-token', handler: 'calendar-feed.create', config: use },
    { method: 'DELETE', path: '/calendar/feed-token', handler: 'calendar-feed.revoke', config: use },
  ],
};

/**
 * The feed (`/api/editorial-workflow/calendar-feed/<token>.ics`): no session, a phone's calendar
 * fetches it; the token in its address is the key (calendar-feed/service.ts).
 */
export const feedRoutes = {
  type: 'content-api',
  routes: [{ method: 'GET', path: '/calendar-feed/:file', handler: 'calendar-feed.feed', config: { auth: false as const } }],
};
