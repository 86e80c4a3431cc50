import { createHash, randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { FeedTokenCreated, FeedTokenStatus } from '../../../shared/contracts/calendar';
import { PLUGIN_ID } from '../../../shared/permissions';
import { vnDateOf } from '../../../shared/periods';
import { ADMIN_USER } from '../../../shared/uids';
import { getService } from '../get-service';
import { adminBaseUrl } from '../notifications/links';
import { shiftDate } from '../calendar/time';
import { CALENDAR_FEED_TOKEN } from './content-type';
import { icsOf } from './ics';

/** The feed's span around today: what a phone needs of the past and the months ahead. */
export const FEED_DAYS_BACK = 60;
export const FEED_DAYS_AHEAD = 180;

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
/** 32 random bytes, URL-safe: the feed's only key. */
const newToken = () => randomBytes(32).toString('base64url');
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

interface TokenRow {
  id: number;
  userId: number;
  createdAt: Date | string;
  lastUsedAt: Date | string | null;
}

/**
 * Each person's private iCalendar feed: a token they create (again: the old one stops working),
 * see whether they have, and revoke. The feed is what their calendar shows, minus published items
 * (no deadline), from FEED_DAYS_BACK days ago to FEED_DAYS_AHEAD days ahead, in their scope.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(CALENDAR_FEED_TOKEN);
  const statusOf = (row: TokenRow | null): FeedTokenStatus => ({
    active: row !== null,
    createdAt: row ? new Date(row.createdAt).toISOString() : null,
    lastUsedAt: row?.lastUsedAt ? new Date(row.lastUsedAt).toISOString() : null,
  });
  const apiBase = () => String(strapi.config.get('server.absoluteUrl', '') || 'http://localhost:1337').replace(/\/+$/, '');

  return {
    async status(userId: number): Promise<FeedTokenStatus> {
      return statusOf(await rows().findOne({ where: { userId } }));
    },

    /**
     * A new token replaces the person's old one; the token is returned once and never kept. On
     * PostgreSQL the person's account row is locked first: two creations at once (two tabs, a double
     * click) run one after the other, the second replacing the first, where both would have inserted
     * and one met the unique `userId` (a 500). SQLite runs one writer at a time anyway.
     */
    async create(userId: number): Promise<FeedTokenCreated> {
      const token = newToken();
      const row: TokenRow = await strapi.db.transaction(async ({ trx }) => {
        if (strapi.db.dialect.client === 'postgres') {
          await (trx as unknown as Knex)(strapi.db.metadata.get(ADMIN_USER).tableName).select('id').where('id', userId).forUpdate();
        }
        await rows().deleteMany({ where: { userId } });
        return rows().create({ data: { userId, tokenHash: hashOf(token) } });
      });
      return { ...statusOf(row), url: `${apiBase()}/api/${PLUGIN_ID}/calendar-feed/${token}.ics` };
    },

    async revoke(userId: number): Promise<FeedTokenStatus> {
      await rows().deleteMany({ where: { userId } });
      return statusOf(null);
    },

    /** The feed of a token; null for an unknown or revoked one, or an account no longer active. */
    async feedOf(token: string, now = new Date()): Promise<string | null> {
      if (!TOKEN_PATTERN.test(token)) return null;
      const row: TokenRow | null = await rows().findOne({ where: { tokenHash: hashOf(token) } });
      if (!row) return null;
      const user: { isActive: boolean; blocked: boolean } | null = await strapi.db.query(ADMIN_USER).findOne({ where: { id: row.userId }, select: ['isActive', 'blocked'] });
      if (!user || !user.isActive || user.blocked) return null;
      const today = vnDateOf(now);
      const { entries } = await getService(strapi, 'calendar').entriesFor(
        row.userId,
        { from: shiftDate(today, -FEED_DAYS_BACK), to: shiftDate(today, FEED_DAYS_AHEAD) },
        { withPublished: false }
      );
      await rows().update({ where: { id: row.id }, data: { lastUsedAt: now } });
      return icsOf(entries, adminBaseUrl(strapi), now);
    },
  };
};
