import type { Core } from '@strapi/strapi';
import { TRANSITION } from '../../../shared/uids';
import { idOf, millisOf, tableOf, type Knex } from './tables';

/**
 * The durations of the turnaround, from the workflow history (one row per transition, with its time
 * and the item's routed department after it). Each figure takes the items that reached its end
 * point in the period, and for each end point the history row that started it:
 *
 * - department review, submission → approval: every `approve` row in the period; its start is the
 *   item's last `submit` row at or before it. A return sends the item back to its author, and the
 *   author's next submission starts a new wait, so the time the author held the item is not the
 *   department's. An edit after approval (back to review without a submission) keeps the
 *   submission: the second review and approval count in the same wait. The department is the
 *   approve row's: the department that had the item when its head approved it.
 * - publication, approval → publication: every `publish` row in the period (by the publisher, or
 *   by the system at a scheduled time); its start is the item's last `approve` row at or before it,
 *   its end the publisher's decision: the publication itself, or, for a scheduled publication, the
 *   first `schedule` row after that approval (the wait for the chosen time is nobody's delay).
 *
 * Two queries per figure, whatever the number of items: the end rows of the period, and the start
 * rows of those items (a subquery on the end rows, over the history's index on the item).
 */

export interface Window {
  /** First instant of the period (00:00 Vietnam time on its first day). */
  start: Date;
  /** First instant after it. */
  end: Date;
  /** Only items of these departments; every department when absent. */
  departmentIds?: number[];
}

export interface Wait {
  item: string;
  departmentId: number | null;
  /** Milliseconds since the epoch. */
  startedAt: number;
  endedAt: number;
}

type Row = { item: string; at: unknown; department?: unknown; action?: string };

const columns = (strapi: Core.Strapi) => tableOf(strapi, TRANSITION, ['itemDocumentId', 'action', 'createdAt', 'departmentId'] as const);

/** The end rows (`action`) in the window, and the rows of `startActions` of the same items up to the window's end. */
async function endsAndStarts(strapi: Core.Strapi, window: Window, action: string, startActions: string[]): Promise<{ ends: Row[]; starts: Map<string, Row[]> }> {
  const knex: Knex = strapi.db.connection;
  const t = columns(strapi);
  // The end rows: the action, in the window, of the scope's departments.
  const inWindow = (builder: ReturnType<Knex['from']>) => {
    builder.where(t.action, action).where(t.createdAt, '>=', window.start).where(t.createdAt, '<', window.end);
    if (window.departmentIds) builder.whereIn(t.departmentId, window.departmentIds.length > 0 ? window.departmentIds : [-1]);
  };
  const [ends, startRows]: [Row[], Row[]] = await Promise.all([
    knex
      .from(t.table)
      .select(`${t.itemDocumentId} as item`, `${t.createdAt} as at`, `${t.departmentId} as department`)
      .modify(inWindow),
    knex
      .from(t.table)
      .select(`${t.itemDocumentId} as item`, `${t.createdAt} as at`, `${t.action} as action`)
      .whereIn(t.action, startActions)
      .where(t.createdAt, '<', window.end)
      .whereIn(t.itemDocumentId, knex.from(t.table).distinct(t.itemDocumentId).modify(inWindow)),
  ]);
  const starts = new Map<string, Row[]>();
  for (const row of startRows) {
    const list = starts.get(row.item);
    if (list) list.push(row);
    else starts.set(row.item, [row]);
  }
  return { ends, starts };
}

/** The latest of `rows` of `action` at or before `at`, in milliseconds. */
function lastBefore(rows: Row[] | undefined, at: number, action?: string): number | null {
  let found: number | null = null;
  for (const row of rows ?? []) {
    if (action && row.action !== action) continue;
    const time = millisOf(row.at);
    if (time !== null && time <= at && (found === null || time > found)) found = time;
  }
  return found;
}

/** The earliest of `rows` of `action` within [after, before], in milliseconds. */
function firstBetween(rows: Row[] | undefined, after: number, before: number, action: string): number | null {
  let found: number | null = null;
  for (const row of rows ?? []) {
    if (row.action !== action) continue;
    const time = millisOf(row.at);
    if (time !== null && time >= after && time <= before && (found === null || time < found)) found = time;
  }
  return found;
}

/** Submission → approval, for each approval in the window. */
export async function reviewWaits(strapi: Core.Strapi, window: Window): Promise<Wait[]> {
  const { ends, starts } = await endsAndStarts(strapi, window, 'approve', ['submit']);
  return ends.flatMap((end) => {
    const endedAt = millisOf(end.at);
    const startedAt = endedAt === null ? null : lastBefore(starts.get(end.item), endedAt);
    return endedAt === null || startedAt === null ? [] : [{ item: end.item, departmentId: idOf(end.department), startedAt, endedAt }];
  });
}

/** Approval → the publisher's decision (publication, or the schedule that published it), for each publication in the window. */
export async function publicationWaits(strapi: Core.Strapi, window: Window): Promise<Wait[]> {
  const { ends, starts } = await endsAndStarts(strapi, window, 'publish', ['approve', 'schedule']);
  return ends.flatMap((end) => {
    const publishedAt = millisOf(end.at);
    if (publishedAt === null) return [];
    const rows = starts.get(end.item);
    const approvedAt = lastBefore(rows, publishedAt, 'approve');
    if (approvedAt === null) return [];
    const endedAt = firstBetween(rows, approvedAt, publishedAt, 'schedule') ?? publishedAt;
    return [{ item: end.item, departmentId: idOf(end.department), startedAt: approvedAt, endedAt }];
  });
}
