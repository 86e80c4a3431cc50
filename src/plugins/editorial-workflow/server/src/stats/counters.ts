import type { Core } from '@strapi/strapi';
import { monthKeyOf, vnDateOf, weekKeyOf, type Granularity } from '../../../shared/periods';
import { publishedCounts, submittedCounts, type CountMap } from './counts';
import { ITEM_STATE } from '../../../shared/uids';

/**
 * The counters table: items submitted (and feature series among them) and items published, per unit
 * and Vietnam period (ISO week `2026-W48` and month `2026-11`, both kept). The grid reads about
 * 600 units × 53 weeks rows from it, whatever the number of items: an aggregate over the facts of a
 * year reads every item of that year (≈ 1 s per metric at 1,000,000 items, see bench/stats).
 *
 * The truth stays the facts stamped on `ew_item_states` (stats/counts.ts). Each stamp adds its +1
 * here in the same database transaction (`bumpCounters`, called from the workflow's
 * compare-and-set), as an `INSERT … ON CONFLICT DO UPDATE SET n = n + excluded.n`: an atomic
 * increment, so simultaneous transitions never lose one, and a rolled-back transition takes its +1
 * with it. `rebuildCounters` recomputes the whole table from the facts (upgrade, bulk loads, repair).
 *
 * Deleted items: deleting an article leaves its `ew_item_states` row and so its facts (only items
 * never submitted or returned and offline may be deleted); it was submitted, and stays counted, in
 * the table and in the recount alike.
 *
 * A table of our own rather than a content type: no document ids, no admin, no Document Service in
 * the transition's hot path, and the upsert needs the unique (unit_id, period_key) key.
 */
export const COUNTERS_TABLE = 'ew_unit_period_counts';

export type CounterMetric = 'items_submitted' | 'features_submitted' | 'items_published';
const COUNTER_METRICS: CounterMetric[] = ['items_submitted', 'features_submitted', 'items_published'];

type Knex = Core.Strapi['db']['connection'];
type CounterRow = { unit_id: number; period_key: string } & Record<CounterMetric, number>;

export async function ensureCountersTable(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  // Keys are at most `2026-W48`; the primary key is the upsert's conflict target.
  await knex.raw(`CREATE TABLE IF NOT EXISTS ?? (
    unit_id integer NOT NULL,
    period_key varchar(10) NOT NULL,
    items_submitted integer NOT NULL DEFAULT 0,
    features_submitted integer NOT NULL DEFAULT 0,
    items_published integer NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id, period_key))`, [COUNTERS_TABLE]);
  // The grid: every unit for a list of period keys.
  await knex.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? (period_key, unit_id)', [`${COUNTERS_TABLE}_period_idx`, COUNTERS_TABLE]);
}

/** Adds `rows` to the counters (+n per metric), one statement per chunk. */
async function addRows(knex: Knex, rows: CounterRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await knex(COUNTERS_TABLE)
      .insert(rows.slice(i, i + 500))
      .onConflict(['unit_id', 'period_key'])
      .merge(Object.fromEntries(COUNTER_METRICS.map((m) => [m, knex.raw(`??.?? + excluded.??`, [COUNTERS_TABLE, m, m])])));
  }
}

const zero = (): Record<CounterMetric, number> => ({ items_submitted: 0, features_submitted: 0, items_published: 0 });

/**
 * Counts one stamped fact: a first submission (of a feature series or not) or a first publication,
 * at `at`, for `unitId`, in its week and its month. Runs in the caller's transaction when there is one.
 */
export async function bumpCounters(
  strapi: Core.Strapi,
  fact: { unitId: number; at: Date } & ({ submitted: { feature: boolean } } | { published: true })
): Promise<void> {
  const day = vnDateOf(fact.at);
  const counts = zero();
  if ('submitted' in fact) {
    counts.items_submitted = 1;
    counts.features_submitted = fact.submitted.feature ? 1 : 0;
  } else {
    counts.items_published = 1;
  }
  const rows = [weekKeyOf(day), monthKeyOf(day)].map((period_key) => ({ unit_id: fact.unitId, period_key, ...counts }));
  // Nested in the transition's transaction, this is that transaction (Strapi keeps it per async context).
  await strapi.db.transaction(({ trx }) => addRows(trx as unknown as Knex, rows));
}

/** The counters of `keys` (periods of one granularity), per metric, unit and key. */
export async function readCounters(strapi: Core.Strapi, query: { keys: string[]; unitIds?: number[] }): Promise<Record<CounterMetric, CountMap>> {
  const builder = strapi.db.connection(COUNTERS_TABLE)
    .select('unit_id', 'period_key', ...COUNTER_METRICS)
    .whereIn('period_key', query.keys);
  if (query.unitIds) builder.whereIn('unit_id', query.unitIds.length > 0 ? query.unitIds : [-1]);
  const rows: CounterRow[] = await builder;
  const maps = Object.fromEntries(COUNTER_METRICS.map((m) => [m, new Map()])) as Record<CounterMetric, CountMap>;
  for (const row of rows) {
    const unitId = Number(row.unit_id);
    for (const metric of COUNTER_METRICS) {
      const count = Number(row[metric]);
      if (!count) continue;
      let byKey = maps[metric].get(unitId);
      if (!byKey) maps[metric].set(unitId, (byKey = new Map()));
      byKey.set(row.period_key, count);
    }
  }
  return maps;
}

/**
 * Each unit's total of one counter over `keys` (the grid's periods), for the sort of the grid: one
 * grouped SUM over the (period_key, unit_id) index, about 31,000 rows for a year of weeks at 600
 * units, whatever the number of items; units with nothing counted are absent (0).
 */
export async function counterTotals(
  strapi: Core.Strapi,
  query: { metric: CounterMetric; keys: string[]; unitIds?: number[] }
): Promise<Map<number, number>> {
  const builder = strapi.db.connection(COUNTERS_TABLE)
    .select('unit_id')
    .sum({ total: query.metric })
    .whereIn('period_key', query.keys)
    .groupBy('unit_id');
  if (query.unitIds) builder.whereIn('unit_id', query.unitIds.length > 0 ? query.unitIds : [-1]);
  const rows = (await builder) as unknown as Array<{ unit_id: number | string; total: number | string | null }>;
  return new Map(rows.map((row) => [Number(row.unit_id), Number(row.total ?? 0)]));
}

/** Every fact, whenever stamped. */
const ALL_TIME = { start: new Date(Date.UTC(1970, 0, 2)), end: new Date(Date.UTC(3000, 0, 1)) };

/** The counters recomputed from the facts (the SQL aggregates of counts.ts), as rows. */
export async function recount(strapi: Core.Strapi, knex: Knex = strapi.db.connection): Promise<CounterRow[]> {
  const rows = new Map<string, CounterRow>();
  const put = (metric: CounterMetric, map: CountMap) => {
    for (const [unitId, byKey] of map) {
      for (const [key, count] of byKey) {
        const id = `${unitId}:${key}`;
        let row = rows.get(id);
        if (!row) rows.set(id, (row = { unit_id: unitId, period_key: key, ...zero() }));
        row[metric] += count;
      }
    }
  };
  for (const granularity of ['week', 'month'] as Granularity[]) {
    const window = { ...ALL_TIME, granularity };
    // One after the other: `knex` may be a transaction (one connection).
    const submitted = await submittedCounts(strapi, window, knex);
    const published = await publishedCounts(strapi, window, knex);
    put('items_submitted', submitted.items);
    put('features_submitted', submitted.features);
    put('items_published', published);
  }
  return [...rows.values()];
}

/**
 * Replaces the counters with a recount of the facts, in one transaction. On PostgreSQL the table is
 * locked first (EXCLUSIVE: reads go on, increments wait): a transition that already added its +1
 * has committed before the recount reads, and one that has not adds it after, so nothing is counted
 * twice or lost.
 */
export async function rebuildCounters(strapi: Core.Strapi): Promise<{ rows: number }> {
  return strapi.db.transaction(async ({ trx }) => {
    const knex = trx as unknown as Knex;
    if (strapi.db.dialect.client === 'postgres') await knex.raw('LOCK TABLE ?? IN EXCLUSIVE MODE', [COUNTERS_TABLE]);
    const rows = await recount(strapi, knex);
    await knex(COUNTERS_TABLE).del();
    await addRows(knex, rows);
    return { rows: rows.length };
  });
}

/** At start-up: counters for facts stamped before the table existed (the upgrade path). */
export async function rebuildCountersIfEmpty(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  const [counted] = await knex(COUNTERS_TABLE).select('unit_id').limit(1);
  if (counted) return;
  const states = strapi.db.metadata.get(ITEM_STATE);
  const firstSubmittedAt = (states.attributes.firstSubmittedAt as { columnName?: string }).columnName ?? 'first_submitted_at';
  const [stamped] = await knex(states.tableName).select('id').whereNotNull(firstSubmittedAt).limit(1);
  if (!stamped) return;
  const started = Date.now();
  const { rows } = await rebuildCounters(strapi);
  strapi.log.info(`[editorial-workflow] counters rebuilt from the item facts: ${rows} rows in ${Date.now() - started} ms`);
}
