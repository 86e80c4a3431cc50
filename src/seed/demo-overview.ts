import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { DEMO_ITEMS, DEMO_UNITS } from './data/demo';
import { demoDesk } from './demo';
import { pathTo } from '../plugins/editorial-workflow/shared/state-machine';
import { getService } from '../plugins/editorial-workflow/server/src/get-service';
import { ARTICLE, OPINION_REPORT as REPORT, TOPIC } from '../plugins/editorial-workflow/shared/uids';
import { monthKey } from '../utils/vietnam-time';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How many items the demo's units wrote in the same month a year ago. */
export const DEMO_LAST_YEAR_ITEM_COUNT = 8;

/** 09:00 Vietnam time on `day` of the month `monthsAgo` before `now`'s month (Vietnam). */
function nineOClock(now: Date, monthsAgo: number, day: number): Date {
  const [year, month] = monthKey(now).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 - monthsAgo, day, 2, 0, 0));
}

/**
 * What the overview "Tổng quan" compares this month with, besides the last eight weeks of demo.ts:
 * the same month a year ago (items written, approved and published through the real workflow on
 * back-dated clocks, one returned; the opinion reports of that month, one late), and this month's
 * first opinion reports (filed early in the month, before the due day). Once: a second seeding finds
 * last year's items and changes nothing.
 */
export async function ensureDemoOverview(strapi: Core.Strapi, units: Map<string, string>, now: Date): Promise<SeedTally> {
  const monthStart = nineOClock(now, 12, 1);
  const monthEnd = nineOClock(now, 11, 1);
  const demoUnitIds = DEMO_UNITS.map((unit) => units.get(unit.code)).filter(Boolean) as string[];
  const existing = await strapi.db.query(ARTICLE).count({
    where: { publishedAt: null, createdAt: { $gte: new Date(monthStart.getTime() - 9 * HOUR), $lt: monthEnd }, unit: { documentId: { $in: demoUnitIds } } },
  });
  if (existing > 0) return { created: 0, kept: existing };

  const topicRows: Array<{ code: string; documentId: string }> = await strapi.db.query(TOPIC).findMany({ select: ['code', 'documentId'] });
  const topics = new Map(topicRows.map((row) => [row.code, row.documentId]));
  const desk = await demoDesk(strapi);
  const writers = DEMO_UNITS.filter((unit) => desk.authorOf.has(unit.code));
  const workflow = getService(strapi, 'workflow');
  const itemState = getService(strapi, 'item-state');
  let created = 0;

  for (let i = 0; i < DEMO_LAST_YEAR_ITEM_COUNT; i += 1) {
    const unit = writers[(i * 3) % writers.length];
    const template = DEMO_ITEMS[(i * 7 + 2) % DEMO_ITEMS.length];
    const title = `${template.title.replace('{unit}', unit.name)} (năm trước)`;
    const item = await strapi.documents(ARTICLE).create({
      data: {
        title,
        summary: template.summary,
        body: [{ type: 'paragraph', children: [{ type: 'text', text: template.summary }] }],
        kind: template.kind,
        unit: units.get(unit.code),
        topics: template.topics.map((code) => topics.get(code)).filter(Boolean) as string[],
        byline: unit.name,
        channelWebsite: true,
      },
    });
    const writtenAt = nineOClock(now, 12, 3 + i * 3);
    await strapi.db.query(ARTICLE).updateMany({ where: { documentId: item.documentId }, data: { createdAt: writtenAt, updatedAt: writtenAt } });
    // One in eight was returned to its author; the others went the whole way within a few days.
    const stage = i === 5 ? 'returned' : 'published';
    let clock = writtenAt;
    for (const { action, role } of pathTo(stage)) {
      clock = new Date(clock.getTime() + (action === 'approve' ? 20 + (i % 3) * 24 : 2 + i) * HOUR);
      const { version } = await itemState.recordOf(item.documentId);
      const actor = role === 'author' ? desk.authorOf.get(unit.code)! : desk[role];
      const comment = action === 'return' ? 'Đề nghị bổ sung ảnh minh hoạ.' : undefined;
      await workflow.transition({ documentId: item.documentId, action, expectedVersion: version, comment, ...(action === 'return' ? { reasonCategory: 'form' } : {}) }, actor, { now: clock });
    }
    if (stage === 'published') {
      await strapi.db.query(ARTICLE).updateMany({ where: { documentId: item.documentId, publishedAt: { $notNull: true } }, data: { publishedAt: clock, createdAt: writtenAt, updatedAt: clock } });
    }
    created += 1;
  }

  // The opinion reports of that month (one late, on the 23rd; one missing), and this month's first ones.
  const filers = DEMO_UNITS.filter((unit) => unit.kind === 'commune-culture' || unit.kind === 'affiliated');
  const thisMonthDay = Math.min(2, Math.max(1, Math.floor((now.getTime() + 7 * HOUR - nineOClock(now, 0, 1).getTime()) / DAY)));
  const filings = [
    ...filers.flatMap((unit, index) => (index === 1 ? [] : [{ unit, submittedAt: nineOClock(now, 12, index === 2 ? 23 : 8 + index) }])),
    ...filers.slice(0, 2).map((unit) => ({ unit, submittedAt: new Date(Math.min(nineOClock(now, 0, thisMonthDay).getTime(), now.getTime() - HOUR)) })),
  ];
  for (const { unit, submittedAt } of filings) {
    const period = monthKey(submittedAt);
    const unitId = units.get(unit.code);
    if (!unitId || (await strapi.db.query(REPORT).count({ where: { period, unit: { documentId: unitId } } })) > 0) continue;
    const report = await strapi.documents(REPORT).create({
      data: { unit: unitId, period, concerns: 'Phụ huynh quan tâm đến lịch học và các khoản thu.', handling: 'Đơn vị đã trả lời trực tiếp tại buổi họp phụ huynh.' },
    });
    await strapi.db.query(REPORT).updateMany({ where: { documentId: report.documentId }, data: { submittedAt } });
    created += 1;
  }
  return { created, kept: 0 };
}
