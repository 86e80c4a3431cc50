import type { Core } from '@strapi/strapi';

/** Strapi's knex instance, or a transaction on it. */
export type Sql = Core.Strapi['db']['connection'];

/**
 * The index of the items the website shows: one entry per document whose published version is
 * meant for the website, in tables of our own keyed by document id (Strapi's schema sync leaves
 * tables it did not create alone). An entry holds what the list filters, orders and searches by
 * (publication time, kind, unit id, topic ids with their sections, folded text), so a list or a
 * search reads these tables alone and joins `articles` only for the final page. Only ids and codes
 * that never change are kept: names and titles are read at the end, so a rename needs no refresh.
 *
 * - SQLite: `public_article_search` (rowid = the order key, below) and an FTS5 table with the same
 *   rowids over the folded title, summary and body, plus a `tags` column of filter tokens (`knews`,
 *   `u12`, `t34`). FTS5 walks its matches in rowid order, so "newest first" needs no sort and
 *   counting reads the index only.
 * - PostgreSQL: `public_article_search` with btree indexes on (filter, published_at) and GIN
 *   indexes on the topic ids and the `tsvector`s.
 *
 * `source_updated_at` is the `updated_at` of the published row that was indexed: at start-up, rows
 * whose source changed behind the Document Service's back are indexed again.
 */
export const SEARCH_TABLE = 'public_article_search';
export const FTS_TABLE = 'public_article_search_fts';

/**
 * SQLite's order key: publication time in milliseconds times 2^20, plus the low 20 bits of the
 * published row's id. Newest first is key descending, as (published_at DESC, id DESC) was; a date
 * bound is a key bound. It fits a 64-bit rowid until the year 2248.
 */
export const KEY_SHIFT = 1_048_576;

/** knex's raw() answers `{ rows }` on PostgreSQL and the rows themselves on SQLite. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] })?.rows ?? []) as T[];
}
