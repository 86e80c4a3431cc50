import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { PLAN_EVENT } from '../plugins/editorial-workflow/server/src/calendar/plan-entries';
import { vnDateOf, vnStartOf } from '../plugins/editorial-workflow/shared/periods';
import { UNIT } from '../plugins/editorial-workflow/shared/uids';

const HOUR = 3_600_000;
const EVENT = {
  title: 'Hội nghị triển khai kế hoạch thông tin, truyền thông ngành Giáo dục',
  place: 'Hội trường Sở GDĐT',
  organiser: 'Sở GDĐT',
  owner: 'SGD-VP',
} as const;

/**
 * An event on the calendar at the first start (issue 17 item 7): the Office's conference on the day
 * of the seeding, 14:00 to 16:00 Vietnam time, so this month's and this week's calendar show it
 * beside the monthly report's due date. Once: a second seeding finds it by its title.
 */
export async function ensureDemoCalendar(strapi: Core.Strapi, now: Date): Promise<SeedTally> {
  if (await strapi.db.query(PLAN_EVENT).findOne({ where: { title: EVENT.title }, select: ['id'] })) return { created: 0, kept: 1 };
  const owner = await strapi.db.query(UNIT).findOne({ where: { code: EVENT.owner }, select: ['id'] });
  if (!owner) return { created: 0, kept: 0 };
  const day = vnStartOf(vnDateOf(now)).getTime();
  await strapi.db.query(PLAN_EVENT).create({
    data: { title: EVENT.title, kind: 'conference', startsAt: new Date(day + 14 * HOUR), endsAt: new Date(day + 16 * HOUR), place: EVENT.place, organiser: EVENT.organiser, ownerUnitId: owner.id },
  });
  return { created: 1, kept: 0 };
}
