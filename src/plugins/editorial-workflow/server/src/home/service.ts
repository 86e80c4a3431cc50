import type { Core } from '@strapi/strapi';
import { periodOf, vnDateOf } from '../../../shared/periods';
import { HOME_LATEST_NOTIFICATIONS, type HomeSummary } from '../../../shared/contracts/home';
import type { ComplianceGrid } from '../../../shared/contracts/stats';
import { getService } from '../get-service';
import { itemsByState } from './unit-items';
import { quotaProgress } from './quota-progress';

/**
 * A newsroom person's home page: what waits for them, their units' items, this period's quotas
 * and their unread notifications, each from the service that owns it (the queue's counts, the
 * statistics' grid, the inbox), so the home page shows the same figures as the pages it links
 * to. Read on every visit of the home page: a few small indexed queries, run side by side.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async summaryFor(userId: number, now: Date = new Date()): Promise<HomeSummary> {
    const stats = getService(strapi, 'stats');
    const today = vnDateOf(now);
    const week = periodOf(today, 'week');
    const month = periodOf(today, 'month');

    // The units of every role the person holds (an author's unit, an editor's department), active ones only.
    const memberOf = await getService(strapi, 'membership').unitIdsOf(userId);
    const units = memberOf.length === 0 ? [] : await stats.unitsOf({ unitIds: memberOf });
    const unitIds = units.map((unit) => unit.id);

    const grids: Promise<ComplianceGrid[]> =
      unitIds.length === 0
        ? Promise.resolve([])
        : Promise.all([
            stats.compliance({ from: week.start, to: week.end, granularity: 'week', unitIds, now }),
            stats.compliance({ from: month.start, to: month.end, granularity: 'month', unitIds, now }),
          ]);
    const [waiting, items, inbox, periods] = await Promise.all([
      getService(strapi, 'queue').countsFor(userId),
      itemsByState(strapi, unitIds),
      getService(strapi, 'inbox').listFor(userId, { unread: true, page: 1, pageSize: HOME_LATEST_NOTIFICATIONS }),
      grids,
    ]);

    return {
      today,
      waiting,
      unitItems: { ...items, units },
      quota: { week, month, units: quotaProgress(periods) },
      notifications: { unread: inbox.unread, latest: inbox.results },
    };
  },
});
