import type { Core } from '@strapi/strapi';
import { WORKING_CALENDAR_DAY } from '../../../shared/uids';
import { workingCalendarOf, type WorkingCalendar } from '../../../shared/working-days';

/**
 * The administrator's calendar of overrides (`api::working-calendar-day`), read once and kept: the
 * queue asks for it on every page and the turnaround for every item, and it changes a few times a
 * year. A write to the type in this process forgets it at once (the type's lifecycles); another
 * process sees the change within MAX_AGE_MS, when it reads the table again.
 */
const MAX_AGE_MS = 60_000;

interface Kept {
  calendar: WorkingCalendar;
  readAt: number;
  generation: number;
}

/** By Strapi instance: a test process may boot several one after the other. */
const kept = new WeakMap<object, Kept>();
/** Bumped by every write to the type: what was read before is stale. */
let generation = 0;

export function forgetWorkingCalendar(): void {
  generation += 1;
}

export async function loadWorkingCalendar(strapi: Core.Strapi, now = Date.now()): Promise<WorkingCalendar> {
  const known = kept.get(strapi);
  if (known && known.generation === generation && now - known.readAt < MAX_AGE_MS) return known.calendar;
  const readingGeneration = generation;
  const rows: Array<{ date: unknown; kind: unknown }> = await strapi.db.query(WORKING_CALENDAR_DAY).findMany({ select: ['date', 'kind'] });
  const calendar = workingCalendarOf(rows);
  // A write that landed while this read ran leaves the result unkept: the next call reads again.
  if (readingGeneration === generation) kept.set(strapi, { calendar, readAt: now, generation });
  return calendar;
}
