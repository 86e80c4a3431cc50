import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { getService } from '../plugins/editorial-workflow/server/src/get-service';
import { JOB_RUN } from '../plugins/editorial-workflow/shared/uids';

/**
 * The demo's items wait at every step, some of them for weeks (src/seed/demo.ts spreads them over
 * eight weeks): one round of the deadline alerts at seeding, as cron would run it ten minutes later,
 * so a newcomer finds the overdue reminders (the editors, heads and publisher) and the escalations
 * (the heads, the leadership) in the notifications at the first start. Once: a second seeding finds
 * the alerts written.
 */
export async function ensureDemoDeadlineAlerts(strapi: Core.Strapi, now: Date): Promise<SeedTally> {
  const run = await getService(strapi, 'deadline-alerts').run({ now });
  const all = await strapi.db.query(JOB_RUN).count({ where: { job: 'deadline-alerts' } });
  return { created: run.alerts.length, kept: all - run.alerts.length };
}
