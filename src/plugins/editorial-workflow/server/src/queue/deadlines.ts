import type { Core } from '@strapi/strapi';
import { DEFAULT_DEADLINES, isDeadlineState, type DeadlineState } from '../../../shared/deadlines';
import type { WorkflowState } from '../../../shared/state-machine';
import { DEADLINE_POLICY } from '../../../shared/uids';
import { addWorkingDays } from '../../../shared/working-days';

/** Working days allowed in each waiting state, as the administrator set them. */
export type Deadlines = ReadonlyMap<DeadlineState, number>;

/**
 * The deadlines, read once per page (one query: a few rows). A state whose row the administrator
 * deleted, or that an installation has not seeded yet (`npm run seed` adds it), keeps its default:
 * the queue never loses its deadlines to a missing row.
 */
export async function loadDeadlines(strapi: Core.Strapi): Promise<Deadlines> {
  const rows: Array<{ state: string; workingDays: number | null }> = await strapi.db
    .query(DEADLINE_POLICY)
    .findMany({ select: ['state', 'workingDays'] });
  const deadlines = new Map<DeadlineState, number>(DEFAULT_DEADLINES.map((row) => [row.state, row.workingDays]));
  for (const row of rows) {
    if (isDeadlineState(row.state) && Number.isInteger(row.workingDays) && (row.workingDays as number) >= 1) deadlines.set(row.state, row.workingDays as number);
  }
  return deadlines;
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
  const due = addWorkingDays(item.waitingSince, days);
  return { dueAt: due.toISOString(), overdue: now.getTime() > due.getTime() };
}
