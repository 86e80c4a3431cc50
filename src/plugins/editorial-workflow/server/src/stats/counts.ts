import type { Core } from '@strapi/strapi';
import { dateOfDay, weekKeyOf, type Granularity } from '../../../shared/periods';
import { ITEM_STATE, MEDIA_ASSET, OPINION_REPORT } from '../../../shared/uids';

/**
 * The counters, as grouped SQL aggregates over indexed columns: one query per metric for the whole
 * grid (every unit × every period), never one per cell. We keep no counters table: the facts are
 * stamped on the item's state row in the same compare-and-set as the transition (first submission,
 * its unit and kind; first publication and its unit), so a count is exact under concurrent
 * transitions by construction, and an aggregate over an index on (time, unit) stays fast at a
 * million items without a second copy of the truth to keep in step.
 *
 * Periods are bucketed in SQL in Vietnam time (fixed UTC+7): PostgreSQL with `AT TIME ZONE` and
 * `to_char` (ISO week and month keys), SQLite, which stores Strapi's datetimes as epoch
 * milliseconds, with integer arithmetic (the Monday of the week as a day number, or the month).
 */

/** `count` of something per unit and period key. */
export type CountMap = Map<number, Map<string, number>>;

export interface CountWindow {
  /** First instant counted. */
  start: Date;
  /** First instant not counted. */
  end: Date;
  granularity: Granularity;
  /** Only these units; all when absent. */
  unitIds?: number[];
}

type Knex = Core.Strapi['db']['connection'];

const VN_OFFSET_MS = 7 * 3600 * 1000;

function isPostgres(strapi: Core.Strapi): boolean {
  return strapi.db.dialect.client === 'postgres';
}

/** Whether this process writes UTC wall times (offset 0 all year): the usual server setting. */
const processIsUtc = (): boolean => new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset() === 0 && new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset() === 0;

/**
 * SQL giving the Vietnam period of a datetime column: the period's first day (PostgreSQL) or its
 * Monday as a day number or its month (SQLite).
 *
 * On PostgreSQL Strapi's `timestamp without time zone` holds the wall time of the Node process that
 * wrote it (node-postgres writes dates in local time). In a UTC process that is UTC, and Vietnam
 * time is the column plus 7 hours: `date_trunc` over that is ~8× cheaper than a double
 * `AT TIME ZONE` with `to_char` (measured on 500,000 rows: 0.3 s against 2.5 s). A process in
 * another zone gets the exact conversion through its zone.
 */
function bucketSql(strapi: Core.Strapi, column: string, granularity: Granularity): string {
  if (isPostgres(strapi)) {
    const processZone = (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC').replace(/'/g, '');
    const vietnam = processIsUtc() ? `(${column} + interval '7 hours')` : `((${column} AT TIME ZONE '${processZone}') AT TIME ZONE 'Asia/Ho_Chi_Minh')`;
    return `date_trunc('${granularity}', ${vietnam})::date`;
  }
  const local = `(${column} + ${VN_OFFSET_MS})`;
  if (granularity === 'month') return `strftime('%Y-%m', ${local} / 1000, 'unixepoch')`;
  const day = `(${local} / 86400000)`;
  return `(${day} - ((${day} + 3) % 7))`; // the Monday, as a day number (1970-01-01 was a Thursday)
}

/** A bucket as SQL returned it (a day number, a `YYYY-MM-DD` first day, a `YYYY-MM` month), as a period key. */
function keyOf(bucket: unknown, granularity: Granularity): string {
  // A grid has a few dozen distinct buckets and up to tens of thousands of rows: convert each once.
  const id = `${granularity}:${bucket instanceof Date ? bucket.getTime() : String(bucket)}`;
  let key = bucketKeys.get(id);
  if (key === undefined) {
    if (bucketKeys.size > 10_000) bucketKeys.clear();
    bucketKeys.set(id, (key = convertBucket(bucket, granularity)));
  }
  return key;
}
const bucketKeys = new Map<string, string>();

function convertBucket(bucket: unknown, granularity: Granularity): string {
  if (typeof bucket === 'number') return weekKeyOf(dateOfDay(bucket));
  const text = bucket instanceof Date ? bucket.toISOString().slice(0, 10) : String(bucket);
  if (text.length === 10) return granularity === 'week' ? weekKeyOf(text) : text.slice(0, 7);
  return text;
}

function add(map: CountMap, unitId: number, key: string, count: number): void {
  if (!count) return;
  let byKey = map.get(unitId);
  if (!byKey) map.set(unitId, (byKey = new Map()));
  byKey.set(key, (byKey.get(key) ?? 0) + count);
}

export function columnsOf(strapi: Core.Strapi, uid: string, names: string[]) {
  const meta = strapi.db.metadata.get(uid);
  const column = (name: string) => (meta.attributes[name] as { columnName?: string }).columnName ?? name;
  return { table: meta.tableName, ...Object.fromEntries(names.map((name) => [name, column(name)])) } as Record<string, string> & { table: string };
}

function restrictUnits(builder: ReturnType<Knex['from']>, column: string, unitIds?: number[]) {
  if (unitIds) builder.whereIn(column, unitIds.length > 0 ? unitIds : [-1]);
}

/** Items submitted (first submission only, for the unit it had then) and, among them, feature series. */
export async function submittedCounts(
  strapi: Core.Strapi,
  window: CountWindow,
  knex: Knex = strapi.db.connection
): Promise<{ items: CountMap; features: CountMap }> {
  const c = columnsOf(strapi, ITEM_STATE, ['firstSubmittedAt', 'firstSubmittedUnitId', 'firstSubmittedKind']);
  const rows: Array<{ unit_id: number | string; bucket: unknown; items: number | string; features: number | string }> = await knex
    .from(c.table)
    .select(
      knex.raw(`?? as unit_id`, [c.firstSubmittedUnitId]),
      knex.raw(`${bucketSql(strapi, knex.ref(c.firstSubmittedAt).toQuery(), window.granularity)} as bucket`),
      knex.raw('count(*) as items'),
      knex.raw(`count(*) filter (where ?? = 'feature') as features`, [c.firstSubmittedKind])
    )
    .where(c.firstSubmittedAt, '>=', window.start)
    .andWhere(c.firstSubmittedAt, '<', window.end)
    .whereNotNull(c.firstSubmittedUnitId)
    .modify((builder) => restrictUnits(builder, c.firstSubmittedUnitId, window.unitIds))
    .groupByRaw('1, 2');
  const items: CountMap = new Map();
  const features: CountMap = new Map();
  for (const row of rows) {
    const key = keyOf(row.bucket, window.granularity);
    add(items, Number(row.unit_id), key, Number(row.items));
    add(features, Number(row.unit_id), key, Number(row.features));
  }
  return { items, features };
}

/** Items published, by the time of their first publication and the unit they had then. */
export async function publishedCounts(strapi: Core.Strapi, window: CountWindow, knex: Knex = strapi.db.connection): Promise<CountMap> {
  const c = columnsOf(strapi, ITEM_STATE, ['firstPublishedAt', 'firstPublishedUnitId']);
  const rows: Array<{ unit_id: number | string; bucket: unknown; n: number | string }> = await knex
    .from(c.table)
    .select(
      knex.raw(`?? as unit_id`, [c.firstPublishedUnitId]),
      knex.raw(`${bucketSql(strapi, knex.ref(c.firstPublishedAt).toQuery(), window.granularity)} as bucket`),
      knex.raw('count(*) as n')
    )
    .where(c.firstPublishedAt, '>=', window.start)
    .andWhere(c.firstPublishedAt, '<', window.end)
    .whereNotNull(c.firstPublishedUnitId)
    .modify((builder) => restrictUnits(builder, c.firstPublishedUnitId, window.unitIds))
    .groupByRaw('1, 2');
  const counts: CountMap = new Map();
  for (const row of rows) add(counts, Number(row.unit_id), keyOf(row.bucket, window.granularity), Number(row.n));
  return counts;
}

/** A row of the media-asset service's `monthlyCounts`: assets a unit sent in a month (`YYYY-MM`). */
type MediaMonthCount = { unitId: number; month: string; count: number };

type JoinTable = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };

/**
 * Media assets sent. Months: the archive's own monthly count (`sent_month`, stamped when the asset
 * is sent). Weeks: the same assets by their creation time (an asset is sent when it is created:
 * the archive has no draft state), through the same unit link table.
 */
export async function mediaAssetCounts(strapi: Core.Strapi, window: CountWindow, months: { from: string; to: string }): Promise<CountMap> {
  const counts: CountMap = new Map();
  if (window.granularity === 'month') {
    // The archive's own count, from the app's media-asset service: the plugin reads no app module.
    const rows: MediaMonthCount[] = await strapi.service(MEDIA_ASSET).monthlyCounts({ ...months, unitIds: window.unitIds });
    for (const row of rows) add(counts, row.unitId, row.month, row.count);
    return counts;
  }
  const meta = strapi.db.metadata.get(MEDIA_ASSET);
  const link = (meta.attributes.unit as unknown as { joinTable: JoinTable }).joinTable;
  const createdAt = `asset.${(meta.attributes.createdAt as { columnName?: string }).columnName ?? 'created_at'}`;
  const unitColumn = `link.${link.inverseJoinColumn.name}`;
  const knex = strapi.db.connection;
  const rows: Array<{ unit_id: number | string; bucket: unknown; n: number | string }> = await knex
    .from(`${link.name} as link`)
    .join(`${meta.tableName} as asset`, 'asset.id', `link.${link.joinColumn.name}`)
    .select(knex.raw('?? as unit_id', [unitColumn]), knex.raw(`${bucketSql(strapi, knex.ref(createdAt).toQuery(), 'week')} as bucket`), knex.raw('count(*) as n'))
    .where(createdAt, '>=', window.start)
    .andWhere(createdAt, '<', window.end)
    .modify((builder) => restrictUnits(builder, unitColumn, window.unitIds))
    .groupByRaw('1, 2');
  for (const row of rows) add(counts, Number(row.unit_id), keyOf(row.bucket, 'week'), Number(row.n));
  return counts;
}

/** A filed opinion report (not returned by the Office): one per unit and month. */
export interface FiledReport {
  unitId: number;
  /** The month the report is about, `YYYY-MM`. */
  period: string;
  submittedAt: Date;
}

/**
 * The opinion reports about months [fromMonth, toMonth] (at most one per unit and month, so a few
 * thousand rows a year for a province): read whole, judged on time or late by the quota's due day.
 */
export async function filedReports(strapi: Core.Strapi, range: { fromMonth: string; toMonth: string; unitIds?: number[] }): Promise<FiledReport[]> {
  const c = columnsOf(strapi, OPINION_REPORT, ['period', 'submittedAt', 'scopeUnitId', 'unitPeriod', 'receiptStatus']);
  const rows: Array<{ unit_period: string | null; period: string; submitted_at: unknown }> = await strapi.db.connection
    .from(c.table)
    .select({ unit_period: c.unitPeriod, period: c.period, submitted_at: c.submittedAt })
    .whereBetween(c.period, [range.fromMonth, range.toMonth])
    .whereNotNull(c.submittedAt)
    // A report the Office returned is not filed until the unit files it again; filed again, it counts
    // by its first filing (`submittedAt` is kept), so a report first filed on time stays on time.
    .where((where) => where.whereNull(c.receiptStatus).orWhereNot(c.receiptStatus, 'returned'));
  const wanted = range.unitIds ? new Set(range.unitIds) : null;
  const reports: FiledReport[] = [];
  for (const row of rows) {
    // `unitPeriod` is `unitId/YYYY-MM`, kept by the report rules; it spares a join to the link table.
    const unitId = Number(String(row.unit_period ?? '').split('/')[0]);
    if (!Number.isInteger(unitId) || unitId < 1 || (wanted && !wanted.has(unitId))) continue;
    reports.push({ unitId, period: row.period, submittedAt: toDate(row.submitted_at) });
  }
  return reports;
}

/** A datetime as the driver returns it from a raw query (a Date on PostgreSQL, epoch ms on SQLite). */
function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))) return new Date(Number(value));
  return new Date(String(value));
}
