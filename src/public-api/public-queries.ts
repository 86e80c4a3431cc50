import { dateBound, oneOf, readQueryParams, topicCode, unitCode, wholeNumber } from './query-params';
import { searchTerms } from './search-terms';
import { invalid } from '../document-rules/shared';

export const ARTICLE_KINDS = ['news', 'article', 'feature', 'response', 'consultation'] as const;
export const MEDIA_KINDS = ['photo', 'video'] as const;
export const UNIT_KINDS = ['department', 'commune-culture', 'affiliated', 'school', 'association'] as const;

/** Deep pages are for crawlers, which have the sitemap: an offset past this is refused. */
const MAX_OFFSET = 100_000;

export interface Paging {
  page: number;
  pageSize: number;
}

function paging(params: ReadonlyMap<string, string>, defaultSize: number, maxSize: number): Paging {
  const pageSize = wholeNumber(params, 'pageSize', 1, maxSize, defaultSize);
  const page = wholeNumber(params, 'page', 1, Math.floor(MAX_OFFSET / pageSize) + 1, 1);
  return { page, pageSize };
}

export interface ArticleListQuery extends Paging {
  topic?: string;
  unit?: string;
  kind?: (typeof ARTICLE_KINDS)[number];
  from?: Date;
  to?: Date;
  terms?: string[];
}

export function parseArticleListQuery(querystring: string): ArticleListQuery {
  const params = readQueryParams(querystring, ['topic', 'unit', 'kind', 'from', 'to', 'q', 'page', 'pageSize']);
  const from = dateBound(params, 'from');
  const to = dateBound(params, 'to');
  if (from && to && from >= to) throw invalid('from', '"from" must be before "to".');
  const q = params.get('q');
  return {
    ...paging(params, 20, 100),
    topic: topicCode(params),
    unit: unitCode(params),
    kind: oneOf(params, 'kind', ARTICLE_KINDS),
    from,
    to,
    terms: q === undefined || q.trim() === '' ? undefined : searchTerms(q),
  };
}

export function parseNoParams(querystring: string): void {
  readQueryParams(querystring, []);
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A slug as the server makes them; anything else cannot name an item, so it is refused (400). */
export function parseSlug(slug: unknown): string {
  if (typeof slug !== 'string' || slug.length > 120 || !SLUG.test(slug)) {
    throw invalid('slug', 'A slug is lower-case letters without diacritics, digits and single hyphens, at most 120 characters.');
  }
  return slug;
}

export interface FeedQuery {
  topic?: string;
}

export function parseFeedQuery(querystring: string): FeedQuery {
  return { topic: topicCode(readQueryParams(querystring, ['topic'])) };
}

export interface UnitListQuery extends Paging {
  kind?: (typeof UNIT_KINDS)[number];
}

/** A province has about 600 units: a page of up to 1,000 lists them in one request. */
export function parseUnitListQuery(querystring: string): UnitListQuery {
  const params = readQueryParams(querystring, ['kind', 'page', 'pageSize']);
  return { ...paging(params, 100, 1000), kind: oneOf(params, 'kind', UNIT_KINDS) };
}

export interface MediaListQuery extends Paging {
  topic?: string;
  unit?: string;
  kind?: (typeof MEDIA_KINDS)[number];
}

export function parseMediaListQuery(querystring: string): MediaListQuery {
  const params = readQueryParams(querystring, ['topic', 'unit', 'kind', 'page', 'pageSize']);
  return {
    ...paging(params, 20, 100),
    topic: topicCode(params),
    unit: unitCode(params),
    kind: oneOf(params, 'kind', MEDIA_KINDS),
  };
}

export interface SitemapQuery {
  page?: number;
}

export function parseSitemapQuery(querystring: string): SitemapQuery {
  const params = readQueryParams(querystring, ['page']);
  return { page: params.has('page') ? wholeNumber(params, 'page', 1, 10_000, 1) : undefined };
}

export interface ConsultationListQuery {
  status?: 'open' | 'closed';
}

/** `?status=open|closed` (or nothing: every published consultation, the upcoming ones included). */
export function parseConsultationListQuery(querystring: string): ConsultationListQuery {
  const params = readQueryParams(querystring, ['status']);
  const status = params.get('status');
  if (status !== undefined && status !== 'open' && status !== 'closed') throw invalid('status', 'status phải là "open" (đang lấy ý kiến) hoặc "closed" (đã kết thúc).');
  return status ? { status } : {};
}
