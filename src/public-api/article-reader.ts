import type { Core } from '@strapi/strapi';
import { blocksToHtml } from './blocks-html';
import { FILE_FIELDS, publicFile, type PublicFile } from './media-file-view';
import type { ArticleListQuery } from './public-queries';
import { topicIdsWithin, unitIdOf } from './reference-reader';
import { searchMatches } from './search-index';
import { ARTICLE, type PublicTables } from './tables';

/**
 * Reads published items, and only those. Every query starts from the published rows of the
 * articles table (`published_at IS NOT NULL`, the one published version of each document) meant
 * for the website (`channelWebsite` not false), and only named columns are read: drafts, authors,
 * workflow data and private fields are never selected, so they cannot be shown.
 */
export interface ArticleSummary {
  documentId: string;
  title: string;
  slug: string;
  summary: string | null;
  kind: string;
  publishedAt: string;
  unit: { code: string; name: string } | null;
  topics: Array<{ code: string; title: string }>;
  cover: PublicFile | null;
}

export interface ArticleInFull extends ArticleSummary {
  byline: string | null;
  updatedAt: string;
  /** Sanitised HTML rendered from the body's blocks. */
  body: string;
  gallery: PublicFile[];
}

const SUMMARY_FIELDS = ['id', 'documentId', 'title', 'slug', 'summary', 'kind', 'publishedAt'];
const SUMMARY_POPULATE = {
  unit: { select: ['code', 'name'] },
  topics: { select: ['code', 'title'] },
  cover: { select: FILE_FIELDS },
};

type Row = Record<string, unknown> & { id: number };

const iso = (value: unknown) => (value instanceof Date ? value : new Date(value as string | number)).toISOString();

function summaryOf(row: Row): ArticleSummary {
  const unit = row.unit as { code: string; name: string } | null | undefined;
  const topics = (row.topics as Array<{ code: string; title: string }> | undefined) ?? [];
  return {
    documentId: row.documentId as string,
    title: row.title as string,
    slug: row.slug as string,
    summary: (row.summary as string | null) ?? null,
    kind: row.kind as string,
    publishedAt: iso(row.publishedAt),
    unit: unit ? { code: unit.code, name: unit.name } : null,
    topics: topics.map(({ code, title }) => ({ code, title })),
    cover: publicFile(row.cover),
  };
}

/** The published rows meant for the website, as a knex builder aliased `a`. */
function publishedRows(strapi: Core.Strapi, tables: PublicTables) {
  return strapi.db
    .getConnection(`${tables.articles} as a`)
    .whereNotNull('a.published_at')
    .where((q) => q.where('a.channel_website', true).orWhereNull('a.channel_website'));
}

export async function listPublishedArticles(
  strapi: Core.Strapi,
  tables: PublicTables,
  query: ArticleListQuery
): Promise<{ data: ArticleSummary[]; total: number }> {
  const rows = publishedRows(strapi, tables);
  if (query.kind) rows.where('a.kind', query.kind);
  if (query.from) rows.where('a.published_at', '>=', query.from);
  if (query.to) rows.where('a.published_at', '<', query.to);
  if (query.unit) {
    const unitId = await unitIdOf(strapi, query.unit);
    const link = tables.articleUnit;
    rows.whereIn('a.id', strapi.db.getConnection(link.name).select(link.owner).where(link.related, unitId));
  }
  if (query.topic) {
    const topicIds = await topicIdsWithin(strapi, query.topic);
    const link = tables.articleTopics;
    rows.whereIn('a.id', strapi.db.getConnection(link.name).select(link.owner).whereIn(link.related, topicIds));
  }
  if (query.terms) {
    const match = searchMatches(tables, query.terms);
    rows.joinRaw(`JOIN (${match.sql}) m ON m.document_id = a.document_id`, match.bindings);
  }

  const countRow = (await rows.clone().count({ total: '*' }).first()) as { total: number | string } | undefined;
  const total = Number(countRow?.total ?? 0);
  if (total === 0 || (query.page - 1) * query.pageSize >= total) return { data: [], total };

  const page = rows.clone().select('a.id');
  if (query.terms) page.orderBy('m.score', 'desc');
  page.orderBy('a.published_at', 'desc').orderBy('a.id', 'desc');
  const ids: number[] = (await page.limit(query.pageSize).offset((query.page - 1) * query.pageSize)).map((r: { id: number }) => r.id);
  return { data: (await summariesByIds(strapi, ids)).map(summaryOf), total };
}

/** The rows of `ids` with what a list shows, in the order of `ids`. */
async function summariesByIds(strapi: Core.Strapi, ids: number[]): Promise<Row[]> {
  if (ids.length === 0) return [];
  const rows: Row[] = await strapi.db.query(ARTICLE).findMany({
    select: SUMMARY_FIELDS,
    where: { id: { $in: ids }, publishedAt: { $notNull: true } },
    populate: SUMMARY_POPULATE,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)).filter((row): row is Row => Boolean(row));
}

export async function findPublishedArticle(strapi: Core.Strapi, tables: PublicTables, slug: string): Promise<ArticleInFull | null> {
  const found = (await publishedRows(strapi, tables).select('a.id').where('a.slug', slug).orderBy('a.id', 'desc').first()) as
    | { id: number }
    | undefined;
  if (!found) return null;
  const row: Row | null = await strapi.db.query(ARTICLE).findOne({
    select: [...SUMMARY_FIELDS, 'byline', 'body', 'updatedAt'],
    where: { id: found.id, publishedAt: { $notNull: true } },
    populate: { ...SUMMARY_POPULATE, gallery: { select: FILE_FIELDS } },
  });
  if (!row) return null;
  const gallery = (row.gallery as unknown[] | null | undefined) ?? [];
  return {
    ...summaryOf(row),
    byline: (row.byline as string | null) ?? null,
    updatedAt: iso(row.updatedAt),
    body: blocksToHtml(row.body),
    gallery: gallery.map(publicFile).filter((file): file is PublicFile => file !== null),
  };
}

/** The newest published items for the RSS feed, optionally within a topic. */
export async function latestPublishedArticles(
  strapi: Core.Strapi,
  tables: PublicTables,
  limit: number,
  topic?: string
): Promise<ArticleSummary[]> {
  const { data } = await listPublishedArticles(strapi, tables, { page: 1, pageSize: limit, topic });
  return data;
}

export interface SitemapEntry {
  slug: string;
  updatedAt: string;
}

export async function countPublishedArticles(strapi: Core.Strapi, tables: PublicTables): Promise<number> {
  const row = (await publishedRows(strapi, tables).count({ total: '*' }).first()) as { total: number | string } | undefined;
  return Number(row?.total ?? 0);
}

/** A slice of every published item's slug and last change, newest first, for the sitemap. */
export async function sitemapEntries(strapi: Core.Strapi, tables: PublicTables, offset: number, limit: number): Promise<SitemapEntry[]> {
  const rows: Array<{ slug: string; updated_at: unknown }> = await publishedRows(strapi, tables)
    .select('a.slug', 'a.updated_at')
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .offset(offset)
    .limit(limit);
  return rows.filter((row) => row.slug).map((row) => ({ slug: row.slug, updatedAt: iso(row.updated_at) }));
}
