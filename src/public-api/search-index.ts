import type { Core } from '@strapi/strapi';
import { blocksToText } from './blocks-html';
import { searchText } from './search-terms';
import type { PublicTables } from './tables';

/** Strapi's knex instance, or a transaction on it. */
export type Sql = Core.Strapi['db']['connection'];

/**
 * The full-text index of published items, in a table of our own keyed by documentId (Strapi's
 * schema sync leaves tables it did not create alone). It holds the folded text of the published
 * version only, so a draft's words are never searchable.
 *
 * - PostgreSQL: a `tsvector` (title weighted A, summary B, body C, the `simple` configuration over
 *   text already folded by `searchText`) with a GIN index; ranked by `ts_rank`.
 * - SQLite: an FTS5 table over the same folded text (external content, kept by triggers); ranked by
 *   `bm25` with the same weights.
 *
 * `source_updated_at` is the `updated_at` of the published row that was indexed: at start-up, rows
 * whose source changed behind the Document Service's back are indexed again.
 */
export const SEARCH_TABLE = 'public_article_search';
const FTS_TABLE = 'public_article_search_fts';
const WEIGHTS = { title: 10, summary: 4, body: 1 };

export async function createSearchIndex(sql: Sql, tables: PublicTables): Promise<void> {
  const t = tables.qualify(SEARCH_TABLE);
  const a = tables.qualify(tables.articles);
  if (tables.client === 'postgres') {
    await sql.raw(`CREATE TABLE IF NOT EXISTS ${t} (
      document_id varchar(255) PRIMARY KEY,
      source_updated_at timestamp(6),
      search tsvector NOT NULL)`);
    await sql.raw(`CREATE INDEX IF NOT EXISTS public_article_search_gin ON ${t} USING gin (search)`);
  } else {
    await sql.raw(`CREATE TABLE IF NOT EXISTS ${t} (
      id INTEGER PRIMARY KEY,
      document_id TEXT NOT NULL UNIQUE,
      source_updated_at,
      title TEXT NOT NULL, summary TEXT NOT NULL, body TEXT NOT NULL)`);
    await sql.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS ${FTS_TABLE} USING fts5(
      title, summary, body, content='${SEARCH_TABLE}', content_rowid='id', tokenize='unicode61')`);
    await sql.raw(`CREATE TRIGGER IF NOT EXISTS public_article_search_ai AFTER INSERT ON ${SEARCH_TABLE} BEGIN
      INSERT INTO ${FTS_TABLE}(rowid, title, summary, body) VALUES (new.id, new.title, new.summary, new.body); END`);
    await sql.raw(`CREATE TRIGGER IF NOT EXISTS public_article_search_ad AFTER DELETE ON ${SEARCH_TABLE} BEGIN
      INSERT INTO ${FTS_TABLE}(${FTS_TABLE}, rowid, title, summary, body) VALUES ('delete', old.id, old.title, old.summary, old.body); END`);
    await sql.raw(`CREATE TRIGGER IF NOT EXISTS public_article_search_au AFTER UPDATE ON ${SEARCH_TABLE} BEGIN
      INSERT INTO ${FTS_TABLE}(${FTS_TABLE}, rowid, title, summary, body) VALUES ('delete', old.id, old.title, old.summary, old.body);
      INSERT INTO ${FTS_TABLE}(rowid, title, summary, body) VALUES (new.id, new.title, new.summary, new.body); END`);
  }
  // The newest-first list and the by-slug lookup read only published rows: partial indexes of our
  // own on Strapi's table (schema sync drops only indexes it created itself). The listing index
  // covers the list's filters, so counting and paging never read the rows (and their bodies).
  await sql.raw(
    `CREATE INDEX IF NOT EXISTS public_api_articles_listing_idx ON ${a} (published_at DESC, id DESC, channel_website, kind) WHERE published_at IS NOT NULL`
  );
  await sql.raw(`CREATE INDEX IF NOT EXISTS public_api_articles_slug_idx ON ${a} (slug) WHERE published_at IS NOT NULL`);
}

interface SourceRow {
  id: number;
  document_id: string;
  title: string | null;
  summary: string | null;
  body: unknown;
}

function bodyOf(row: SourceRow): unknown {
  if (typeof row.body !== 'string') return row.body;
  try {
    return JSON.parse(row.body);
  } catch {
    return [];
  }
}

async function writeEntry(sql: Sql, tables: PublicTables, row: SourceRow): Promise<void> {
  const t = tables.qualify(SEARCH_TABLE);
  const a = tables.qualify(tables.articles);
  const title = searchText(row.title ?? '');
  const summary = searchText(row.summary ?? '');
  const body = searchText(blocksToText(bodyOf(row)));
  // The timestamp is copied in SQL, so it compares equal to its source whatever the driver's date handling.
  if (tables.client === 'postgres') {
    await sql.raw(
      `INSERT INTO ${t} (document_id, source_updated_at, search)
       SELECT document_id, updated_at,
         setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B') || setweight(to_tsvector('simple', ?), 'C')
       FROM ${a} WHERE id = ?
       ON CONFLICT (document_id) DO UPDATE SET source_updated_at = EXCLUDED.source_updated_at, search = EXCLUDED.search`,
      [title, summary, body, row.id]
    );
  } else {
    await sql.raw(
      `INSERT INTO ${t} (document_id, source_updated_at, title, summary, body)
       SELECT document_id, updated_at, ?, ?, ? FROM ${a} WHERE id = ?
       ON CONFLICT (document_id) DO UPDATE SET source_updated_at = excluded.source_updated_at,
         title = excluded.title, summary = excluded.summary, body = excluded.body`,
      [title, summary, body, row.id]
    );
  }
}

/** Makes the index entry of one document match its published version (or removes it: none). */
export async function syncSearchEntry(sql: Sql, tables: PublicTables, documentId: string): Promise<void> {
  const row: SourceRow | undefined = await sql(tables.articles)
    .select('id', 'document_id', 'title', 'summary', 'body')
    .where('document_id', documentId)
    .whereNotNull('published_at')
    .first();
  if (row) await writeEntry(sql, tables, row);
  else await sql.raw(`DELETE FROM ${tables.qualify(SEARCH_TABLE)} WHERE document_id = ?`, [documentId]);
}

/** Brings the whole index in line with the published rows; cheap when nothing changed. */
export async function reconcileSearchIndex(sql: Sql, tables: PublicTables): Promise<number> {
  const t = tables.qualify(SEARCH_TABLE);
  const a = tables.qualify(tables.articles);
  await sql.raw(
    `DELETE FROM ${t} WHERE NOT EXISTS (SELECT 1 FROM ${a} a WHERE a.document_id = ${t}.document_id AND a.published_at IS NOT NULL)`
  );
  const stale: Array<{ id: number }> = await sql
    .raw(
      `SELECT a.id FROM ${a} a LEFT JOIN ${t} s ON s.document_id = a.document_id
       WHERE a.published_at IS NOT NULL AND (s.document_id IS NULL OR s.source_updated_at IS DISTINCT FROM a.updated_at)`
    )
    .then((result: unknown) => rowsOf<{ id: number }>(result));
  for (let i = 0; i < stale.length; i += 500) {
    const ids = stale.slice(i, i + 500).map((row) => row.id);
    await sql.transaction(async (trx) => {
      const rows: SourceRow[] = await trx(tables.articles).select('id', 'document_id', 'title', 'summary', 'body').whereIn('id', ids);
      for (const row of rows) await writeEntry(trx as unknown as Sql, tables, row);
    });
  }
  return stale.length;
}

/** knex's raw() answers `{ rows }` on PostgreSQL and the rows themselves on SQLite. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] })?.rows ?? []) as T[];
}

/**
 * A subquery of the documents matching every search term, each with a `score` (higher is more
 * relevant): `{ sql, bindings }` to join on `document_id`.
 */
export function searchMatches(tables: PublicTables, terms: string[]): { sql: string; bindings: string[] } {
  const t = tables.qualify(SEARCH_TABLE);
  if (tables.client === 'postgres') {
    return {
      sql: `SELECT s.document_id, ts_rank(s.search, query) AS score FROM ${t} s, plainto_tsquery('simple', ?) query WHERE s.search @@ query`,
      bindings: [terms.join(' ')],
    };
  }
  return {
    sql: `SELECT s.document_id, -bm25(${FTS_TABLE}, ${WEIGHTS.title}, ${WEIGHTS.summary}, ${WEIGHTS.body}) AS score
          FROM ${FTS_TABLE} JOIN ${SEARCH_TABLE} s ON s.id = ${FTS_TABLE}.rowid WHERE ${FTS_TABLE} MATCH ?`,
    // Each term quoted: a phrase of one word, so nothing in it is read as FTS5 syntax.
    bindings: [terms.map((term) => `"${term}"`).join(' ')],
  };
}
