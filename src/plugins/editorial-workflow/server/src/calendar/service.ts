import type { Core } from '@strapi/strapi';
import type { CalendarChoices, CalendarEntry, CalendarResponse } from '../../../shared/contracts/calendar';
import type { CalendarQuery } from '../../../shared/contracts/plan';
import { TOPIC, UNIT } from '../../../shared/uids';
import { planStandingOf } from '../plan-standing/standing';
import { itemEntries } from './item-entries';
import { assignmentEntries, eventEntries, guidanceEntries, milestoneEntries } from './plan-entries';
import { reportDueEntries, unitPlanDueEntries } from './due-entries';
import { vnSpanOf } from './time';
import type { CalendarReading } from './scope';

/** Entries in time order; all-day entries (a date) before the timed ones of their day. */
const byStart = (a: CalendarEntry, b: CalendarEntry) => a.start.localeCompare(b.start) || a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key);

/**
 * The communication calendar "Lịch truyền thông": what falls in a span of Vietnam dates, from each
 * source in the person's scope (plan-standing.ts), each read by a range on an indexed time.
 * The iCalendar feed (calendar-feed/) reads the same entries over its own span.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async entriesFor(userId: number, query: CalendarQuery, { withPublished = true } = {}): Promise<CalendarResponse> {
    const standing = await planStandingOf(strapi, userId);
    const reading: CalendarReading = {
      from: query.from,
      to: query.to,
      ...vnSpanOf(query.from, query.to),
      standing,
      filters: { unit: query.unit, department: query.department, topic: query.topic },
      withPublished,
    };
    const [items, ...plan] = await Promise.all([
      itemEntries(strapi, reading),
      assignmentEntries(strapi, reading),
      eventEntries(strapi, reading),
      milestoneEntries(strapi, reading),
      guidanceEntries(strapi, reading),
      reportDueEntries(strapi, reading),
      unitPlanDueEntries(strapi, reading),
    ]);
    return { query, entries: [...items.entries, ...plan.flat()].sort(byStart), omittedPublished: items.omittedPublished };
  },

  /** The filters' choices: the units in the person's scope (all for the Office and the leadership), every department, the topics. */
  async choices(userId: number): Promise<CalendarChoices> {
    const standing = await planStandingOf(strapi, userId);
    const everyUnit = standing.seesAll || standing.seesAllItems;
    const [units, departments, topics] = await Promise.all([
      strapi.db.query(UNIT).findMany({ where: everyUnit ? {} : { id: { $in: [...standing.unitIds, -1] } }, select: ['id', 'name', 'code'], orderBy: [{ code: 'asc' }] }),
      strapi.db.query(UNIT).findMany({ where: { kind: 'department' }, select: ['id', 'name', 'code'], orderBy: [{ code: 'asc' }] }),
      strapi.db.query(TOPIC).findMany({ select: ['id', 'title', 'code'], orderBy: [{ order: 'asc' }, { code: 'asc' }] }),
    ]);
    return {
      units,
      departments,
      topics: (topics as Array<{ id: number; title: string; code: string }>).map((topic) => ({ id: topic.id, name: topic.title, code: topic.code })),
    };
  },
});
