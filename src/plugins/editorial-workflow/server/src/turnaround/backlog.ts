import type { Core } from '@strapi/strapi';
import { BACKLOG_OLDEST, BACKLOG_STATES, type BacklogGroup, type BacklogItem, type BacklogState } from '../../../shared/contracts/turnaround';
import { itemEditPath } from '../../../shared/notice-links';
import { VN_OFFSET_MS } from '../../../shared/periods';
import { ARTICLE, ITEM_STATE, TRANSITION } from '../../../shared/uids';
import { workingTimeBetween, type WorkingCalendar } from '../../../shared/working-days';
import { ageBucketOf, emptyBuckets, oneDecimal } from './figures';
import { idOf, millisOf, tableOf, type Knex } from './tables';

/** An item waiting now: in review or awaiting approval at its department, or approved and waiting for the publisher. */
export interface Waiting {
  item: string;
  title: string;
  state: BacklogState;
  departmentId: number | null;
  /** When it entered its state: its last workflow step (ms). */
  since: number;
  /** Working days waited until now. */
  age: number;
}

/**
 * What waits now, with its age: one grouped query over the workflow states, joined to the items'
 * drafts (a deleted item waits for nobody) and to their history (the last step is when the wait
 * began, as on the queue). An approved item scheduled to go out by itself waits for its time, not
 * for the publisher: left out, as the queue gives it no deadline.
 */
export async function waitingItems(strapi: Core.Strapi, departmentIds: number[] | undefined, calendar: WorkingCalendar, now: Date): Promise<Waiting[]> {
  const knex: Knex = strapi.db.connection;
  const s = tableOf(strapi, ITEM_STATE, ['itemDocumentId', 'state', 'departmentId', 'scheduledAt'] as const);
  const a = tableOf(strapi, ARTICLE, ['documentId', 'publishedAt', 'title', 'createdAt'] as const);
  const t = tableOf(strapi, TRANSITION, ['itemDocumentId', 'createdAt'] as const);
  const query = knex({ s: s.table })
    .join({ a: a.table }, (join) => {
      join.on(`a.${a.documentId}`, '=', `s.${s.itemDocumentId}`).andOnNull(`a.${a.publishedAt}`);
    })
    .leftJoin({ t: t.table }, `t.${t.itemDocumentId}`, `s.${s.itemDocumentId}`)
    .select(`s.${s.itemDocumentId} as item`, `s.${s.state} as state`, `s.${s.departmentId} as department`, `a.${a.title} as title`, `a.${a.createdAt} as created`)
    .max(`t.${t.createdAt} as since`)
    .whereIn(`s.${s.state}`, [...BACKLOG_STATES])
    .where((where) => {
      where.whereNot(`s.${s.state}`, 'approved').orWhereNull(`s.${s.scheduledAt}`);
    })
    .groupBy(`s.${s.itemDocumentId}`, `s.${s.state}`, `s.${s.departmentId}`, `a.${a.title}`, `a.${a.createdAt}`);
  if (departmentIds) query.whereIn(`s.${s.departmentId}`, departmentIds.length > 0 ? departmentIds : [-1]);
  const rows = (await query) as Array<{ item: string; state: BacklogState; department: unknown; title: string | null; created: unknown; since: unknown }>;
  const nowMs = now.getTime();
  return rows.map((row) => {
    const since = millisOf(row.since) ?? millisOf(row.created) ?? nowMs;
    return {
      item: row.item,
      title: row.title ?? '',
      state: row.state,
      departmentId: idOf(row.department),
      since,
      age: workingTimeBetween(since, nowMs, calendar),
    };
  });
}

/** `YYYY-MM-DD HH:mm` in Vietnam time. */
const vietnamTime = (ms: number): string => new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');

/** A group's counts by state and by age, and its oldest items (units read for those only: one query for every group). */
export function backlogGroupOf(items: Waiting[]): { group: Omit<BacklogGroup, 'oldest'>; oldest: Waiting[] } {
  const buckets = emptyBuckets();
  const byState: Partial<Record<BacklogState, number>> = {};
  for (const item of items) {
    buckets[ageBucketOf(item.age)] += 1;
    byState[item.state] = (byState[item.state] ?? 0) + 1;
  }
  const oldest = [...items].sort((x, y) => x.since - y.since || x.item.localeCompare(y.item)).slice(0, BACKLOG_OLDEST);
  return { group: { total: items.length, byState, buckets }, oldest };
}

/** The units of the items listed, in one query. */
export async function unitsOf(strapi: Core.Strapi, documentIds: string[]): Promise<Map<string, { code: string; name: string } | null>> {
  if (documentIds.length === 0) return new Map();
  const rows: Array<{ documentId: string; unit?: { code: string; name: string } | null }> = await strapi.db.query(ARTICLE).findMany({
    where: { publishedAt: null, documentId: { $in: documentIds } },
    select: ['documentId'],
    populate: { unit: { select: ['code', 'name'] } },
  });
  return new Map(rows.map((row) => [row.documentId, row.unit ? { code: row.unit.code, name: row.unit.name } : null]));
}

export function backlogItemOf(item: Waiting, unit: { code: string; name: string } | null): BacklogItem {
  return {
    documentId: item.item,
    title: item.title,
    unit,
    state: item.state,
    waitingSince: new Date(item.since).toISOString(),
    waitingSinceVietnam: vietnamTime(item.since),
    ageWorkingDays: oneDecimal(item.age),
    editPath: itemEditPath(item.item),
  };
}
