import type { Core } from '@strapi/strapi';
import { DEFAULT_DEADLINES, isDeadlineState, type DeadlineState } from '../../../shared/deadlines';
import type { WorkflowState } from '../../../shared/state-machine';
import { DEADLINE_POLICY } from '../../../shared/uids';
import { addWorkingDays, type WorkingCalendar } from '../../../shared/working-days';
import { loadWorkingCalendar } from '../working-calendar/load';

/**
 * Working days allowed in each waiting state, as the administrator set them, and the calendar of
 * overrides (days off in lieu, Saturdays worked) they are counted with. Without a calendar: the
 * weekends and the holidays library alone.
 */
export type Deadlines = ReadonlyMap<DeadlineState, number> & { readonly calendar?: WorkingCalendar };

/**
 * The deadlines, read once per page (one query: a few rows), with the calendar of overrides (kept
 * between pages: working-calendar/load.ts). A state whose row the administrator
 * deleted, or that an installation has not seeded yet (`npm run seed` adds it), keeps its default:
 * the queue never loses its deadlines to a missing row.
 */
export async function loadDeadlines(strapi: Core.Strapi): Promise<Deadlines> {
  const [rows, calendar]: [Array<{ state: string; workingDays: number | null }>, WorkingCalendar] = await Promise.all([
    strapi.db.query(DEADLINE_POLICY).findMany({ select: ['state', 'workingDays'] }),
    loadWorkingCalendar(strapi),
  ]);
  const deadlines = new Map<DeadlineState, number>(DEFAULT_DEADLINES.map((row) => [row.state, row.workingDays]));
  for (const row of rows) {
    if (isDeadlineState(row.state) && Number.isInteger(row.workingDays) && (row.workingDays as number) >= 1) deadlines.set(row.state, row.workingDays as number);
  }
  return Object.assign(deadlines, { calendar });
}

export interface WaitingItem {
  state: WorkflowState;
  /** Since when it waits in its state (ISO). */
  waitingSince: string;
  /** An approved item scheduled to go out by itself waits for its time, not for anyone. */
  scheduledAt: string | null;
}

/**
 * When the item must have moved on, and whether that time has passed: `dueAt` is the deadline in
 * working days from the moment it entered its state (shared/working-days.ts); states nobody must
 * act in by a date (drafts, returned, published…) and scheduled items have none.
 */
export function deadlineOf(deadlines: Deadlines, item: WaitingItem, now: Date): { dueAt: string | null; overdue: boolean } {
  if (!isDeadlineState(item.state) || (item.state === 'approved' && item.scheduledAt)) return { dueAt: null, overdue: false };
  const days = deadlines.get(item.state);
  if (days === undefined) return { dueAt: null, overdue: false };
  const due = addWorkingDays(item.waitingSince, days, deadlines.calendar);
  return { dueAt: due.toISOString(), overdue: now.getTime() > due.getTime() };
}
