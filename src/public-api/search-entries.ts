import { blocksToText } from './blocks-html';
import { FTS_TABLE, KEY_SHIFT, rowsOf, SEARCH_TABLE, type Sql } from './search-index';
import { searchText } from './search-terms';
import type { PublicTables } from './tables';

/** Writes the index entries (see search-index.ts) of documents from their published rows. */

interface SourceRow {
  id: number;
  document_id: string;
  title: string | null;
  summary: string | null;
  body: unknown;
  kind: string | null;
  channel_website: boolean | number | null;
}

const BATCH = 500;

function bodyOf(row: SourceRow): unknown {
  if (typeof row.body !== 'string') return row.body;
  try {
    return JSON.parse(row.body);
  } catch {
    return [];
  }
}

/** SQLite: the order key of an article row, in SQL (Strapi keeps datetimes as epoch ms; ISO text is read too). */
const SQLITE_KEY = `(CASE WHEN typeof(published_at) IN ('integer', 'real') THEN CAST(published_at AS INTEGER)
  ELSE CAST(round((julianday(published_at) - 2440587.5) * 86400000) AS INTEGER) END) * ${KEY_SHIFT} + (id % ${KEY_SHIFT})`;

async function removeEntries(sql: Sql, tables: PublicTables, documentIds: string[]): Promise<void> {
  if (tables.client === 'sqlite') {
    const marks = documentIds.map(() => '?').join(',');
    await sql.raw(`DELETE FROM ${FTS_TABLE} WHERE rowid IN (SELECT id FROM ${SEARCH_TABLE} WHERE document_id IN (${marks}))`, documentIds);
  }
  await sql(SEARCH_TABLE).whereIn('document_id', documentIds).delete();
}

/**
 * Makes the entries of `documentIds` match their published versions: written again from the
 * published row, or removed when there is none or it is not meant for the website. Run it in the
 * transaction of the change.
 */
export async function indexDocuments(sql: Sql, tables: PublicTables, documentIds: string[]): Promise<void> {
  for (let i = 0; i < documentIds.length; i += BATCH) {
    const batch = [...new Set(documentIds.slice(i, i + BATCH))];
    await removeEntries(sql, tables, batch);
    const units = tables.articleUnit;
    // The unit comes with the row (an item has one), so a publish costs one statement less.
    const rows: Array<SourceRow & { unit_id: number | null }> = (
      await sql(`${tables.articles} as a`)
        .leftJoin(`${units.name} as u`, `u.${units.owner}`, 'a.id')
        .select('a.id', 'a.document_id', 'a.title', 'a.summary', 'a.body', 'a.kind', 'a.channel_website', { unit_id: `u.${units.related}` })
        .whereIn('a.document_id', batch)
        .whereNotNull('a.published_at')
        .orderBy('a.id', 'desc')
    ).filter((row: SourceRow) => row.channel_website !== false && row.channel_website !== 0);
    if (rows.length === 0) continue;
    const topicsOf = await topicsWithParents(sql, tables, rows.map((row) => row.id));
    const seen = new Set<string>();
    for (const row of rows) {
      if (seen.has(row.document_id)) continue; // one published row per document; the newest if ever two
      seen.add(row.document_id);
      await writeEntry(sql, tables, row, row.unit_id ?? null, [...(topicsOf.get(row.id) ?? [])]);
    }
  }
}

/**
 * Each row's topics and their parents: an item filed under III.2 is listed under III too. Topics
 * have two levels (src/document-rules/reference-data.ts), so a topic and its parent are its whole
 * ancestry, read in one join.
 */
async function topicsWithParents(sql: Sql, tables: PublicTables, articleIds: number[]): Promise<Map<number, Set<number>>> {
  const topics = tables.articleTopics;
  const parent = tables.topicParent;
  const links: Array<{ article: number; topic: number; parent: number | null }> = await sql(`${topics.name} as t`)
    .leftJoin(`${parent.name} as p`, `p.${parent.owner}`, `t.${topics.related}`)
    .select({ article: `t.${topics.owner}`, topic: `t.${topics.related}`, parent: `p.${parent.related}` })
    .whereIn(`t.${topics.owner}`, articleIds);
  const topicsOf = new Map<number, Set<number>>();
  for (const link of links) {
    const set = topicsOf.get(link.article) ?? new Set<number>();
    set.add(link.topic);
    if (link.parent !== null && link.parent !== undefined) set.add(link.parent);
    topicsOf.set(link.article, set);
  }
  return topicsOf;
}

async function writeEntry(sql: Sql, tables: PublicTables, row: SourceRow, unitId: number | null, topicIds: number[]): Promise<void> {
  const a = tables.qualify(tables.articles);
  const title = searchText(row.title ?? '');
  const summary = searchText(row.summary ?? '');
  const body = searchText(blocksToText(bodyOf(row)));
  // Times are copied in SQL, so they compare equal to their source whatever the driver's date handling.
  // No positions in the tsvectors (no phrase search, no ts_rank): smaller rows, cheaper counts.
  if (tables.client === 'postgres') {
    await sql.raw(
      `INSERT INTO ${tables.qualify(SEARCH_TABLE)}
         (document_id, article_id, published_at, kind, unit_id, topic_ids, source_updated_at, title_search, head_search, search)
       SELECT document_id, id, published_at, kind, ?, ?::integer[], updated_at,
         strip(to_tsvector('simple', ?)), strip(to_tsvector('simple', ?)), strip(to_tsvector('simple', ?))
       FROM ${a} WHERE id = ?`,
      [unitId, `{${topicIds.join(',')}}`, title, `${title} ${summary}`, `${title} ${summary} ${body}`, row.id]
    );
    return;
  }
  const tags = [`_k${row.kind ?? ''}`, ...(unitId === null ? [] : [`_u${unitId}`]), ...topicIds.map((id) => `_t${id}`)].join(' ');
  await sql.raw(
    `INSERT INTO ${SEARCH_TABLE} (id, document_id, article_id, source_updated_at) SELECT ${SQLITE_KEY}, document_id, id, updated_at FROM ${a} WHERE id = ?`,
    [row.id]
  );
  await sql.raw(`INSERT INTO ${FTS_TABLE} (rowid, title, summary, body, tags) SELECT id, ?, ?, ?, ? FROM ${SEARCH_TABLE} WHERE document_id = ?`, [
    title,
    summary,
    body,
    tags,
    row.document_id,
  ]);
}

/**
 * Brings the whole index in line with the published rows: entries without a published website
 * row go, rows never indexed or changed since (by `updated_at`) are indexed. Cheap when nothing
 * changed. Returns how many documents were indexed again.
 */
export async function reconcileSearchIndex(sql: Sql, tables: PublicTables): Promise<number> {
  const t = tables.qualify(SEARCH_TABLE);
  const a = tables.qualify(tables.articles);
  const website = tables.client === 'postgres' ? 'a.channel_website IS NOT FALSE' : '(a.channel_website IS NULL OR a.channel_website <> 0)';
  const gone = rowsOf<{ document_id: string }>(
    await sql.raw(
      `SELECT s.document_id FROM ${t} s WHERE NOT EXISTS
         (SELECT 1 FROM ${a} a WHERE a.document_id = s.document_id AND a.id = s.article_id AND a.published_at IS NOT NULL AND ${website})`
    )
  );
  const stale = rowsOf<{ document_id: string }>(
    await sql.raw(
      `SELECT a.document_id FROM ${a} a LEFT JOIN ${t} s ON s.document_id = a.document_id
       WHERE a.published_at IS NOT NULL AND ${website} AND (s.document_id IS NULL OR s.source_updated_at IS DISTINCT FROM a.updated_at)`
    )
  );
  const documentIds = [...new Set([...gone, ...stale].map((row) => row.document_id))];
  for (let i = 0; i < documentIds.length; i += BATCH) {
    await sql.transaction((trx) => indexDocuments(trx as unknown as Sql, tables, documentIds.slice(i, i + BATCH)));
  }
  return documentIds.length;
}

/** The documents whose entries name any of these units or topics (sections included): to index again when those change. */
export async function documentsFiledUnder(sql: Sql, tables: PublicTables, by: { unitIds?: number[]; topicIds?: number[] }): Promise<string[]> {
  const unitIds = by.unitIds ?? [];
  const topicIds = by.topicIds ?? [];
  if (unitIds.length === 0 && topicIds.length === 0) return [];
  if (tables.client === 'postgres') {
    const rows = await sql(SEARCH_TABLE)
      .select('document_id')
      .where((q) => {
        if (unitIds.length) q.orWhereIn('unit_id', unitIds);
        if (topicIds.length) q.orWhereRaw('topic_ids && ?::integer[]', [`{${topicIds.join(',')}}`]);
      });
    return rows.map((row: { document_id: string }) => row.document_id);
  }
  const tags = [...unitIds.map((id) => `"_u${id}"`), ...topicIds.map((id) => `"_t${id}"`)].join(' OR ');
  const rows = rowsOf<{ document_id: string }>(
    await sql.raw(`SELECT s.document_id FROM ${FTS_TABLE} f JOIN ${SEARCH_TABLE} s ON s.id = f.rowid WHERE ${FTS_TABLE} MATCH ?`, [tags])
  );
  return rows.map((row) => row.document_id);
}
