import { FTS_TABLE, rowsOf, SEARCH_TABLE, type Sql } from './search-index';
import type { PublicTables } from './tables';

/**
 * SQLite's full-text table: its own content (so a row is deleted by rowid alone); no positions or
 * sizes (every search term is one word; ranking is by field, not bm25). `_` is a word character,
 * so the filter tags (`_knews`, `_u12`, `_t34`) are words no search can type: folded search text
 * is letters and digits only.
 */
const SQLITE_FTS = `CREATE VIRTUAL TABLE IF NOT EXISTS ${FTS_TABLE} USING fts5(title, summary, body, tags, tokenize="unicode61 tokenchars '_'", detail='column', columnsize=0)`;

/**
 * Creates the index tables (see search-index.ts) if they are missing. A table of an older layout
 * (before the filter columns) is dropped: the start-up re-index fills the new one.
 */
export async function createSearchIndex(sql: Sql, tables: PublicTables): Promise<void> {
  const t = tables.qualify(SEARCH_TABLE);
  const a = tables.qualify(tables.articles);
  if (tables.client === 'postgres') {
    const columns = rowsOf<{ column_name: string }>(
      await sql.raw(`SELECT column_name FROM information_schema.columns WHERE table_schema = COALESCE(?, current_schema()) AND table_name = ?`, [
        tables.schema ?? null,
        SEARCH_TABLE,
      ])
    ).map((row) => row.column_name);
    if (columns.length > 0 && !columns.includes('topic_ids')) await sql.raw(`DROP TABLE ${t}`);
    await sql.raw(`CREATE TABLE IF NOT EXISTS ${t} (
      document_id varchar(255) PRIMARY KEY,
      article_id integer NOT NULL,
      published_at timestamp(6) NOT NULL,
      kind varchar(255),
      unit_id integer,
      topic_ids integer[] NOT NULL,
      source_updated_at timestamp(6),
      title_search tsvector NOT NULL,
      head_search tsvector NOT NULL,
      search tsvector NOT NULL)`);
    // (filter, published_at DESC, article_id DESC): a filtered list is an index range in page order.
    await sql.raw(`CREATE INDEX IF NOT EXISTS public_article_search_order ON ${t} (published_at DESC, article_id DESC)`);
    await sql.raw(`CREATE INDEX IF NOT EXISTS public_article_search_kind ON ${t} (kind, published_at DESC, article_id DESC)`);
    await sql.raw(`CREATE INDEX IF NOT EXISTS public_article_search_unit ON ${t} (unit_id, published_at DESC, article_id DESC)`);
    await sql.raw(`CREATE INDEX IF NOT EXISTS public_article_search_topics ON ${t} USING gin (topic_ids)`);
    for (const column of ['search', 'head_search', 'title_search']) {
      await sql.raw(`CREATE INDEX IF NOT EXISTS public_article_${column}_gin ON ${t} USING gin (${column})`);
    }
  } else {
    // SQLite keeps the statement as written (less IF NOT EXISTS): another one means another layout.
    const options = (statement: string) => statement.slice(statement.indexOf(' USING '));
    const [fts] = rowsOf<{ sql: string }>(await sql.raw(`SELECT sql FROM sqlite_master WHERE name = ?`, [FTS_TABLE]));
    const columns = rowsOf<{ name: string }>(await sql.raw(`PRAGMA table_info(${SEARCH_TABLE})`)).map((row) => row.name);
    if ((fts && options(fts.sql) !== options(SQLITE_FTS)) || (columns.length > 0 && !columns.includes('article_id'))) {
      for (const trigger of ['ai', 'ad', 'au']) await sql.raw(`DROP TRIGGER IF EXISTS public_article_search_${trigger}`);
      await sql.raw(`DROP TABLE IF EXISTS ${FTS_TABLE}`);
      await sql.raw(`DROP TABLE IF EXISTS ${SEARCH_TABLE}`);
    }
    await sql.raw(`CREATE TABLE IF NOT EXISTS ${SEARCH_TABLE} (
      id INTEGER PRIMARY KEY,
      document_id TEXT NOT NULL UNIQUE,
      article_id INTEGER NOT NULL,
      source_updated_at)`);
    await sql.raw(SQLITE_FTS);
  }
  // The by-slug lookup and the sitemap read published rows of Strapi's table: partial indexes of
  // our own (schema sync drops only indexes it created itself).
  await sql.raw(
    `CREATE INDEX IF NOT EXISTS public_api_articles_listing_idx ON ${a} (published_at DESC, id DESC, channel_website, kind) WHERE published_at IS NOT NULL`
  );
  await sql.raw(`CREATE INDEX IF NOT EXISTS public_api_articles_slug_idx ON ${a} (slug) WHERE published_at IS NOT NULL`);
}
