import type { Core } from '@strapi/strapi';
import { monthKeyOf, vnDateOf } from '../../../shared/periods';
import { ARTICLE, ITEM_STATE } from '../../../shared/uids';

/**
 * The coverage grid's counts: items first published per line of the plan and Vietnam month
 * (`ew_plan_line_counts`, line × month × n). The grid reads about 121 lines × 12 months rows from
 * it, whatever the number of items; an aggregate over the items and their tags would read every
 * item published that year (see bench/plan).
 *
 * Beside it, which lines each published item is counted under and in which month
 * (`ew_plan_line_items`): when an item's lines change, the difference with what was counted is
 * what moves in the counts, without having to know what the tags were before the edit.
 *
 * What counts: an item counts once per line it is tagged with, in the month of its FIRST
 * publication (ew_item_states.firstPublishedAt, Vietnam time), for as long as it exists, even if
 * taken down later (as the statistics' published counts do). Its lines are those of its draft row:
 * the working copy an author tags in the content manager, which Strapi keeps for every item,
 * published or not. The lines are an internal classification, never public, so a retag counts at
 * once, without republishing.
 *
 * Kept up to date (`syncItemLines`) in the transaction of the move that stamps the first
 * publication (services/item-state.ts) and after every write of an item (document middleware
 * plan-line-counts.ts); `rebuildLineCounts` recomputes both tables from the items (upgrade, bulk
 * loads, repair), at start-up when the counts are empty and an item has been published.
 */
export const LINE_COUNTS_TABLE = 'ew_plan_line_counts';
export const LINE_ITEMS_TABLE = 'ew_plan_line_items';

type Knex = Core.Strapi['db']['connection'];

export interface LineMonthCount {
  lineId: number;
  month: string; // YYYY-MM, Vietnam
  n: number;
}

export async function ensureLineCountTables(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  await knex.raw(`CREATE TABLE IF NOT EXISTS ?? (
    line_id integer NOT NULL,
    month_key varchar(7) NOT NULL,
    n integer NOT NULL DEFAULT 0,
    PRIMARY KEY (line_id, month_key))`, [LINE_COUNTS_TABLE]);
  // The grid reads one year: every line for twelve month keys.
  await knex.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? (month_key, line_id)', [`${LINE_COUNTS_TABLE}_month_idx`, LINE_COUNTS_TABLE]);
  await knex.raw(`CREATE TABLE IF NOT EXISTS ?? (
    item_document_id varchar(255) NOT NULL,
    line_id integer NOT NULL,
    month_key varchar(7) NOT NULL,
    PRIMARY KEY (item_document_id, line_id))`, [LINE_ITEMS_TABLE]);
}

/** The tables and columns the counts are read from, by Strapi's metadata (names may be shortened). */
function sources(strapi: Core.Strapi) {
  const states = strapi.db.metadata.get(ITEM_STATE);
  const column = (attribute: string, fallback: string) => (states.attributes[attribute] as { columnName?: string }).columnName ?? fallback;
  const articles = strapi.db.metadata.get(ARTICLE);
  const join = (articles.attributes.planLines as unknown as { joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } }).joinTable;
  return {
    states: states.tableName,
    documentId: column('itemDocumentId', 'item_document_id'),
    firstPublishedAt: column('firstPublishedAt', 'first_published_at'),
    articles: articles.tableName,
    link: join.name,
    linkArticle: join.joinColumn.name,
    linkLine: join.inverseJoinColumn.name,
  };
}

const isPostgres = (strapi: Core.Strapi) => strapi.db.dialect.client === 'postgres';
const processIsUtc = (): boolean => new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset() === 0 && new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset() === 0;

/** SQL for the Vietnam month (`YYYY-MM`) of a datetime column (see stats/counts.ts for the storage of each dialect). */
function monthSql(strapi: Core.Strapi, column: string): string {
  if (isPostgres(strapi)) {
    const zone = (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC').replace(/'/g, '');
    const vietnam = processIsUtc() ? `(${column} + interval '7 hours')` : `((${column} AT TIME ZONE '${zone}') AT TIME ZONE 'Asia/Ho_Chi_Minh')`;
    return `to_char(${vietnam}, 'YYYY-MM')`;
  }
  return `strftime('%Y-%m', (${column} + 25200000) / 1000, 'unixepoch')`;
}

/** Adds `delta` to the count of (line, month), creating the row; an atomic increment under concurrent writers. */
async function addCounts(knex: Knex, rows: Array<{ line_id: number; month_key: string; n: number }>): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await knex(LINE_COUNTS_TABLE)
      .insert(rows.slice(i, i + 500))
      .onConflict(['line_id', 'month_key'])
      .merge({ n: knex.raw('??.?? + excluded.??', [LINE_COUNTS_TABLE, 'n', 'n']) });
  }
}

/**
 * Brings one item's counted lines in step with its tags and its first publication: what it is
 * counted under and no longer tagged with comes off (−1), new tags go on (+1). Runs in the
 * caller's transaction when there is one; on PostgreSQL the item's state row is locked first, so
 * two writes of one item at once are counted one after the other, never twice.
 */
export async function syncItemLines(strapi: Core.Strapi, documentId: string): Promise<void> {
  const s = sources(strapi);
  await strapi.db.transaction(async ({ trx }) => {
    const knex = trx as unknown as Knex;
    const stateQuery = knex(s.states).select(s.firstPublishedAt).where(s.documentId, documentId).first();
    if (isPostgres(strapi)) stateQuery.forUpdate();
    const state = (await stateQuery) as Record<string, unknown> | undefined;
    const at = state?.[s.firstPublishedAt] as string | number | Date | null | undefined;
    const month = at === null || at === undefined ? null : monthKeyOf(vnDateOf(new Date(typeof at === 'string' && /^\d+$/.test(at) ? Number(at) : at)));

    const tagged: number[] = month
      ? (
          await knex(s.link)
            .join(s.articles, `${s.articles}.id`, `${s.link}.${s.linkArticle}`)
            .where(`${s.articles}.document_id`, documentId)
            .whereNull(`${s.articles}.published_at`)
            .select(`${s.link}.${s.linkLine} as line_id`)
        ).map((row: { line_id: number | string }) => Number(row.line_id))
      : [];
    const wanted = new Set(tagged);
    const counted: Array<{ line_id: number | string; month_key: string }> = await knex(LINE_ITEMS_TABLE)
      .select('line_id', 'month_key')
      .where('item_document_id', documentId);

    const removed = counted.filter((row) => !wanted.has(Number(row.line_id)) || row.month_key !== month);
    const kept = new Set(counted.filter((row) => !removed.includes(row)).map((row) => Number(row.line_id)));
    const added = [...wanted].filter((lineId) => !kept.has(lineId));
    if (removed.length === 0 && added.length === 0) return;

    if (removed.length > 0) {
      await knex(LINE_ITEMS_TABLE).where('item_document_id', documentId).whereIn('line_id', removed.map((row) => Number(row.line_id))).del();
    }
    if (added.length > 0 && month) {
      await knex(LINE_ITEMS_TABLE).insert(added.map((lineId) => ({ item_document_id: documentId, line_id: lineId, month_key: month })));
    }
    // In one order (line, month) whoever writes: two items moving the same cells lock them in the same order, never crosswise.
    const changes = [
      ...removed.map((row) => ({ line_id: Number(row.line_id), month_key: row.month_key, n: -1 })),
      ...added.map((lineId) => ({ line_id: lineId, month_key: month as string, n: 1 })),
    ].sort((a, b) => a.line_id - b.line_id || a.month_key.localeCompare(b.month_key));
    await addCounts(knex, changes);
  });
}

/** The counts of the given months (`YYYY-MM`), optionally of some lines only. */
export async function readLineCounts(strapi: Core.Strapi, query: { months: string[]; lineIds?: number[] }): Promise<LineMonthCount[]> {
  const builder = strapi.db.connection(LINE_COUNTS_TABLE).select('line_id', 'month_key', 'n').whereIn('month_key', query.months).where('n', '>', 0);
  if (query.lineIds) builder.whereIn('line_id', query.lineIds.length > 0 ? query.lineIds : [-1]);
  const rows: Array<{ line_id: number | string; month_key: string; n: number | string }> = await builder;
  return rows.map((row) => ({ lineId: Number(row.line_id), month: row.month_key, n: Number(row.n) }));
}

/**
 * The counts recomputed from the items: published items (first publication stamped) × the lines
 * of their draft row, grouped by line and Vietnam month. The truth the table must equal.
 */
export async function recountLines(strapi: Core.Strapi, knex: Knex = strapi.db.connection): Promise<LineMonthCount[]> {
  const s = sources(strapi);
  const month = monthSql(strapi, `st.${s.firstPublishedAt}`);
  const result = await knex.raw(
    `SELECT l.${s.linkLine} AS line_id, ${month} AS month_key, count(*) AS n
       FROM ${s.states} st
       JOIN ${s.articles} a ON a.document_id = st.${s.documentId} AND a.published_at IS NULL
       JOIN ${s.link} l ON l.${s.linkArticle} = a.id
      WHERE st.${s.firstPublishedAt} IS NOT NULL
      GROUP BY l.${s.linkLine}, ${month}`
  );
  const rows: Array<{ line_id: number | string; month_key: string; n: number | string }> = Array.isArray(result) ? result : result.rows;
  return rows.map((row) => ({ lineId: Number(row.line_id), month: row.month_key, n: Number(row.n) }));
}

/**
 * Replaces both tables with a recount of the items, in one transaction (on PostgreSQL the counts
 * are locked first: an item's sync waits and then applies its difference to the rebuilt rows).
 */
export async function rebuildLineCounts(strapi: Core.Strapi): Promise<{ rows: number }> {
  const s = sources(strapi);
  return strapi.db.transaction(async ({ trx }) => {
    const knex = trx as unknown as Knex;
    if (isPostgres(strapi)) await knex.raw('LOCK TABLE ?? , ?? IN EXCLUSIVE MODE', [LINE_COUNTS_TABLE, LINE_ITEMS_TABLE]);
    await knex(LINE_COUNTS_TABLE).del();
    await knex(LINE_ITEMS_TABLE).del();
    const month = monthSql(strapi, `st.${s.firstPublishedAt}`);
    await knex.raw(
      `INSERT INTO ${LINE_ITEMS_TABLE} (item_document_id, line_id, month_key)
       SELECT DISTINCT st.${s.documentId}, l.${s.linkLine}, ${month}
         FROM ${s.states} st
         JOIN ${s.articles} a ON a.document_id = st.${s.documentId} AND a.published_at IS NULL
         JOIN ${s.link} l ON l.${s.linkArticle} = a.id
        WHERE st.${s.firstPublishedAt} IS NOT NULL`
    );
    await knex.raw(
      `INSERT INTO ${LINE_COUNTS_TABLE} (line_id, month_key, n)
       SELECT line_id, month_key, count(*) FROM ${LINE_ITEMS_TABLE} GROUP BY line_id, month_key`
    );
    const [{ rows }] = await knex(LINE_COUNTS_TABLE).count({ rows: '*' });
    return { rows: Number(rows) };
  });
}

/** At start-up: counts for items published before the tables existed (the upgrade path, bulk loads). */
export async function rebuildLineCountsIfEmpty(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  const [counted] = await knex(LINE_ITEMS_TABLE).select('line_id').limit(1);
  if (counted) return;
  const s = sources(strapi);
  const [tagged] = await knex(s.link).select(s.linkLine).limit(1);
  if (!tagged) return;
  const started = Date.now();
  const { rows } = await rebuildLineCounts(strapi);
  strapi.log.info(`[editorial-workflow] plan line counts rebuilt from the items: ${rows} rows in ${Date.now() - started} ms`);
}
