import type { Core } from '@strapi/strapi';
import { blocksToHtml } from './blocks-html';
import { DOCUMENT_FIELDS, FILE_FIELDS, publicDocument, publicFile, type PublicDocument, type PublicFile } from './media-file-view';
import { publicVideoEmbeds, type VideoEmbed } from '../media/video-links';
import type { ArticleListQuery } from './public-queries';
import { topicIdOf, unitIdOf } from './reference-reader';
import { queryIndex } from './search-query';
import { ARTICLE, type PublicTables } from './tables';
import { publishedCorrections, type PublicCorrection } from './corrections-reader';
import { publicItemChannels, type PublicItemChannel } from './item-channels-reader';

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
  /** Its video links as typed embeds (provider, id, canonical URL), never HTML: the website builds the player. */
  videos: VideoEmbed[];
  /** Its documents (PDF, DOCX, XLSX), public downloads once the item is published. */
  documents: PublicDocument[];
  /** The item's published corrections (đính chính), oldest first: shown at its end. */
  corrections: PublicCorrection[];
  /** Where else it is published (fanpage, portal, press), public fields only. */
  channels: PublicItemChannel[];
}

/** A feed entry: the summary with the item's corrections, which the feed prints after it. */
export type FeedEntry = ArticleSummary & { corrections: PublicCorrection[] };

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
  // The index holds published website items only; `articles` is read for the final page alone.
  const { articleIds, total } = await queryIndex(strapi.db.connection, tables, {
    kind: query.kind,
    unitId: query.unit ? await unitIdOf(strapi, query.unit) : undefined,
    topicId: query.topic ? await topicIdOf(strapi, query.topic) : undefined,
    from: query.from,
    to: query.to,
    terms: query.terms,
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  return { data: (await summariesByIds(strapi, articleIds)).map(summaryOf), total };
}

/** The rows of `ids` with what a list shows, in the order of `ids`. */
async function summariesByIds(strapi: Core.Strapi, ids: number[]): Promise<Row[]> {
  if (ids.length === 0) return [];
  const rows: Row[] = await strapi.db.query(ARTICLE).findMany({
    select: SUMMARY_FIELDS,
    // Checked again here, so an index entry gone stale can never show what is not online.
    where: { id: { $in: ids }, publishedAt: { $notNull: true }, $or: [{ channelWebsite: true }, { channelWebsite: { $null: true } }] },
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
    select: [...SUMMARY_FIELDS, 'byline', 'body', 'updatedAt', 'videoLinks'],
    where: { id: found.id, publishedAt: { $notNull: true } },
    populate: { ...SUMMARY_POPULATE, gallery: { select: FILE_FIELDS }, documents: { select: DOCUMENT_FIELDS } },
  });
  if (!row) return null;
  const gallery = (row.gallery as unknown[] | null | undefined) ?? [];
  const [corrections, channels] = await Promise.all([
    publishedCorrections(strapi, [row.documentId as string]),
    publicItemChannels(strapi, row.documentId as string),
  ]);
  return {
    ...summaryOf(row),
    byline: (row.byline as string | null) ?? null,
    updatedAt: iso(row.updatedAt),
    body: blocksToHtml(row.body),
    gallery: gallery.map(publicFile).filter((file): file is PublicFile => file !== null),
    videos: publicVideoEmbeds(row.videoLinks),
    documents: ((row.documents as unknown[] | null | undefined) ?? []).map(publicDocument).filter((file): file is PublicDocument => file !== null),
    corrections: corrections.get(row.documentId as string) ?? [],
    channels,
  };
}

/** The newest published items for the RSS feed, optionally within a topic. */
export async function latestPublishedArticles(
  strapi: Core.Strapi,
  tables: PublicTables,
  limit: number,
  topic?: string
): Promise<FeedEntry[]> {
  const { data } = await listPublishedArticles(strapi, tables, { page: 1, pageSize: limit, topic });
  const corrections = await publishedCorrections(strapi, data.map((item) => item.documentId));
  return data.map((item) => ({ ...item, corrections: corrections.get(item.documentId) ?? [] }));
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
