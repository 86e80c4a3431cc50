import { FTS_TABLE, KEY_SHIFT, rowsOf, SEARCH_TABLE, type Sql } from './search-index';
import type { PublicTables } from './tables';

/**
 * A list of website items read from the index alone (see search-index.ts): the ids of the
 * published rows of one page, in order, and the exact number of matches.
 *
 * Order: newest first; with search terms, by relevance then newest first, relevance being where
 * the terms are: all in the title, then all in the title and summary, then anywhere (body
 * included). Three levels rather than a bm25 or ts_rank score, so that a broad search never scores
 * every match (the cost of the old ranking at 100,000 matches), the date really orders each level,
 * and both databases give the same order.
 */
export interface IndexQuery {
  kind?: string;
  unitId?: number;
  /** A topic; its subsections are filed under it in the index. */
  topicId?: number;
  from?: Date;
  to?: Date;
  /** Folded search words (search-terms.ts): all must match. */
  terms?: string[];
  offset: number;
  limit: number;
}

export interface IndexPage {
  articleIds: number[];
  total: number;
}

export function queryIndex(sql: Sql, tables: PublicTables, query: IndexQuery): Promise<IndexPage> {
  return tables.client === 'postgres' ? queryPostgres(sql, tables, query) : querySqlite(sql, query);
}

/** The slices of [offset, offset + limit) that fall in each of consecutive levels of `sizes`. */
export function slices(sizes: number[], offset: number, limit: number): Array<{ level: number; offset: number; limit: number }> {
  const out = [];
  let skip = offset;
  let left = limit;
  for (let level = 0; level < sizes.length && left > 0; level += 1) {
    if (skip >= sizes[level]) {
      skip -= sizes[level];
      continue;
    }
    const take = Math.min(left, sizes[level] - skip);
    out.push({ level, offset: skip, limit: take });
    left -= take;
    skip = 0;
  }
  return out;
}

/**
 * The size of each level's own rows, levels being nested (each holds the one before). Only the
 * total is counted in full: a level's count stops at `needed` (the end of the page), since the
 * page can only reach past a level that holds fewer.
 */
export async function levelSizes(
  levels: number,
  total: number,
  needed: number,
  count: (level: number, atMost: number) => Promise<number>
): Promise<number[]> {
  const sizes: number[] = [];
  let before = 0;
  for (let level = 0; level < levels - 1; level += 1) {
    const upTo = await count(level, needed);
    if (upTo >= needed) {
      // The page ends within this level: what follows is never read, its size does not matter.
      sizes.push(upTo - before, total - upTo);
      return sizes;
    }
    sizes.push(upTo - before);
    before = upTo;
  }
  sizes.push(total - before);
  return sizes;
}

// ---- SQLite: FTS5 walks matches in rowid (= newest-first key) order; counts read the index only.

async function querySqlite(sql: Sql, query: IndexQuery): Promise<IndexPage> {
  const boundValues = [query.from, query.to].filter((bound): bound is Date => bound !== undefined).map((bound) => bound.getTime());
  const bounds = (column: string) => [
    ...(query.from ? [`${column} >= ? * ${KEY_SHIFT}`] : []),
    ...(query.to ? [`${column} < ? * ${KEY_SHIFT}`] : []),
  ];
  const tags = [
    ...(query.kind ? [`"_k${query.kind}"`] : []),
    ...(query.unitId !== undefined ? [`"_u${query.unitId}"`] : []),
    ...(query.topicId !== undefined ? [`"_t${query.topicId}"`] : []),
  ];
  const filter = tags.length ? tags.join(' AND ') : undefined;

  if (!query.terms && !filter) {
    const where = boundValues.length ? `WHERE ${bounds('id').join(' AND ')}` : '';
    const [{ total }] = rowsOf<{ total: number }>(await sql.raw(`SELECT count(*) AS total FROM ${SEARCH_TABLE} ${where}`, boundValues));
    if (total <= query.offset) return { articleIds: [], total };
    const rows = rowsOf<{ article_id: number }>(
      await sql.raw(`SELECT article_id FROM ${SEARCH_TABLE} ${where} ORDER BY id DESC LIMIT ? OFFSET ?`, [...boundValues, query.limit, query.offset])
    );
    return { articleIds: rows.map((row) => row.article_id), total };
  }

  // Each term a quoted one-word phrase (terms are letters and digits only), so nothing is FTS5
  // syntax, and no term can be a tag (tags start with `_`): the last level needs no column filter.
  const words = query.terms?.map((term) => `"${term}"`).join(' AND ');
  const withFilter = (expr: string) => (filter ? `(${expr}) AND ${filter}` : expr);
  const levels = words
    ? [`{title} : (${words})`, `{title summary} : (${words})`, words].map(withFilter)
    : [filter as string];
  const where = [`${FTS_TABLE} MATCH ?`, ...bounds('rowid')].join(' AND ');
  const count = async (expr: string, atMost?: number) =>
    rowsOf<{ n: number }>(
      await sql.raw(
        atMost === undefined
          ? `SELECT count(*) AS n FROM ${FTS_TABLE} WHERE ${where}`
          : `SELECT count(*) AS n FROM (SELECT 1 FROM ${FTS_TABLE} WHERE ${where} LIMIT ?)`,
        [expr, ...boundValues, ...(atMost === undefined ? [] : [atMost])]
      )
    )[0].n;

  const total = await count(levels[levels.length - 1]);
  if (total <= query.offset) return { articleIds: [], total };
  const sizes = await levelSizes(levels.length, total, query.offset + query.limit, (level, atMost) => count(levels[level], atMost));
  const articleIds: number[] = [];
  for (const slice of slices(sizes, query.offset, query.limit)) {
    const expr = slice.level > 0 ? `(${levels[slice.level]}) NOT (${levels[slice.level - 1]})` : levels[0];
    const rows = rowsOf<{ article_id: number }>(
      await sql.raw(
        `SELECT s.article_id FROM (SELECT rowid AS k FROM ${FTS_TABLE} WHERE ${where} ORDER BY rowid DESC LIMIT ? OFFSET ?) f
         JOIN ${SEARCH_TABLE} s ON s.id = f.k ORDER BY f.k DESC`,
        [expr, ...boundValues, slice.limit, slice.offset]
      )
    );
    articleIds.push(...rows.map((row) => row.article_id));
  }
  return { articleIds, total };
}

// ---- PostgreSQL: btree ranges in page order for lists, GIN for topics and words.

function queryPostgres(sql: Sql, tables: PublicTables, query: IndexQuery): Promise<IndexPage> {
  return sql.transaction(async (trx) => {
    // Every query here has an index path. Seeing a filter that matches most rows, the planner would
    // read the whole table and test each row's tsvector or topic list (97 ms for 100,000 matches,
    // measured); a bitmap from the GIN index needs no test per row (40 ms), so the heap scan is off.
    await trx.raw('SET LOCAL enable_seqscan = off');
    return readPostgres(trx as unknown as Sql, tables, query);
  });
}

async function readPostgres(sql: Sql, tables: PublicTables, query: IndexQuery): Promise<IndexPage> {
  const rows = () => {
    const q = sql(`${SEARCH_TABLE} as s`);
    if (tables.schema) q.withSchema(tables.schema);
    if (query.kind) q.where('s.kind', query.kind);
    if (query.unitId !== undefined) q.where('s.unit_id', query.unitId);
    if (query.topicId !== undefined) q.whereRaw('s.topic_ids @> ?::integer[]', [`{${query.topicId}}`]);
    if (query.from) q.where('s.published_at', '>=', query.from);
    if (query.to) q.where('s.published_at', '<', query.to);
    return q;
  };
  const newestFirst = (q: ReturnType<typeof rows>) => q.orderBy('s.published_at', 'desc').orderBy('s.article_id', 'desc');

  if (!query.terms) {
    const total = Number(((await rows().count({ n: '*' }).first()) as { n: string | number }).n);
    if (total <= query.offset) return { articleIds: [], total };
    const page = await newestFirst(rows().select('s.article_id')).limit(query.limit).offset(query.offset);
    return { articleIds: page.map((row: { article_id: number }) => row.article_id), total };
  }

  const words = query.terms.join(' ');
  const match = (column: string) => (q: ReturnType<typeof rows>) => q.whereRaw(`s.${column} @@ plainto_tsquery('simple', ?)`, [words]);
  const levels = ['title_search', 'head_search', 'search'].map(match);
  const count = async (level: number, atMost?: number) => {
    const matches = levels[level](rows());
    const counted =
      atMost === undefined ? matches.count({ n: '*' }) : sql.from(matches.select(sql.raw('1')).limit(atMost).as('m')).count({ n: '*' });
    return Number(((await counted.first()) as { n: string | number }).n);
  };

  const total = await count(2);
  if (total <= query.offset) return { articleIds: [], total };
  const sizes = await levelSizes(3, total, query.offset + query.limit, count);
  const articleIds: number[] = [];
  for (const slice of slices(sizes, query.offset, query.limit)) {
    const q = levels[slice.level](rows().select('s.article_id'));
    if (slice.level > 0) q.whereRaw(`NOT (s.${['title_search', 'head_search'][slice.level - 1]} @@ plainto_tsquery('simple', ?))`, [words]);
    const page = await newestFirst(q).limit(slice.limit).offset(slice.offset);
    articleIds.push(...page.map((row: { article_id: number }) => row.article_id));
  }
  return { articleIds, total };
}
