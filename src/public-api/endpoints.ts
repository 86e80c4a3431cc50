import type { Core } from '@strapi/strapi';
import { countPublishedArticles, findPublishedArticle, latestPublishedArticles, listPublishedArticles, sitemapEntries } from './article-reader';
import type { PublicApiConfig } from './config';
import { FEED_SIZE, renderRss } from './feed';
import { listPublicMediaAssets } from './media-reader';
import {
  parseArticleListQuery,
  parseConsultationListQuery,
  parseFeedQuery,
  parseMediaListQuery,
  parseNoParams,
  parseSitemapQuery,
  parseSlug,
  parseUnitListQuery,
  type Paging,
} from './public-queries';
import { jsonResponse, rendered, type PublicResponse } from './public-response';
import { listUnits, topicIdsWithin, topicTree } from './reference-reader';
import { renderSitemapIndex, renderUrlSet, SITEMAP_PAGE_SIZE } from './sitemap';
import type { PublicTables } from './tables';
import { portalFeeds } from './portal-feeds';
import { findPublishedConsultation, listPublishedConsultations } from './consultation-reader';

/**
 * The public endpoints: each parses its input (a 400 on anything unexpected), reads published
 * content and renders the bytes the website gets. `null` means not found.
 */
export interface PublicEndpoints {
  articles(querystring: string): Promise<PublicResponse>;
  articleBySlug(slug: unknown, querystring: string): Promise<PublicResponse | null>;
  topics(querystring: string): Promise<PublicResponse>;
  units(querystring: string): Promise<PublicResponse>;
  mediaAssets(querystring: string): Promise<PublicResponse>;
  feed(querystring: string): Promise<PublicResponse>;
  sitemap(querystring: string): Promise<PublicResponse | null>;
  /** The provincial portal's feeds (portal-feeds.ts): RSS 2.0 and NINJS JSON. */
  portalRss(querystring: string): Promise<PublicResponse>;
  portalJson(querystring: string): Promise<PublicResponse>;
  /** Consultations on drafts (issue 22): published only, with their published summary of feedback. */
  consultations(querystring: string): Promise<PublicResponse>;
  consultationBySlug(slug: unknown, querystring: string): Promise<PublicResponse | null>;
}

const pagination = ({ page, pageSize }: Paging, total: number) => ({
  pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
});

export function publicEndpoints(strapi: Core.Strapi, config: PublicApiConfig, tables: () => PublicTables): PublicEndpoints {
  // The sitemap index lists pages of this API, so it needs this server's public address.
  const apiUrl = `${(strapi.config.get<string>('server.url', '') || 'http://localhost:1337').replace(/\/+$/, '')}${config.prefix}`;
  const portal = portalFeeds(strapi, config, apiUrl);
  return {
    portalRss: (querystring) => portal.rss(querystring),
    portalJson: (querystring) => portal.json(querystring),

    async consultations(querystring) {
      const { status } = parseConsultationListQuery(querystring);
      const data = await listPublishedConsultations(strapi, status);
      return jsonResponse({ data, meta: { total: data.length } });
    },

    async consultationBySlug(rawSlug, querystring) {
      parseNoParams(querystring);
      const consultation = await findPublishedConsultation(strapi, parseSlug(rawSlug));
      return consultation ? jsonResponse({ data: consultation, meta: {} }) : null;
    },

    async articles(querystring) {
      const query = parseArticleListQuery(querystring);
      const { data, total } = await listPublishedArticles(strapi, tables(), query);
      return jsonResponse({ data, meta: pagination(query, total) });
    },

    async articleBySlug(rawSlug, querystring) {
      parseNoParams(querystring);
      const article = await findPublishedArticle(strapi, tables(), parseSlug(rawSlug));
      return article ? jsonResponse({ data: article, meta: {} }) : null;
    },

    async topics(querystring) {
      parseNoParams(querystring);
      return jsonResponse({ data: await topicTree(strapi), meta: {} });
    },

    async units(querystring) {
      const query = parseUnitListQuery(querystring);
      const { data, total } = await listUnits(strapi, query);
      return jsonResponse({ data, meta: pagination(query, total) });
    },

    async mediaAssets(querystring) {
      const query = parseMediaListQuery(querystring);
      const { data, total } = await listPublicMediaAssets(strapi, query);
      return jsonResponse({ data, meta: pagination(query, total) });
    },

    async feed(querystring) {
      const { topic } = parseFeedQuery(querystring);
      let topicTitle: string | undefined;
      if (topic) {
        await topicIdsWithin(strapi, topic); // a 400 for an unknown topic
        const row = await strapi.db.query('api::topic.topic').findOne({ select: ['title'], where: { code: topic } });
        topicTitle = row?.title;
      }
      const items = await latestPublishedArticles(strapi, tables(), FEED_SIZE, topic);
      return rendered(renderRss(config.site, items, topicTitle), 'application/rss+xml; charset=utf-8');
    },

    async sitemap(querystring) {
      const { page } = parseSitemapQuery(querystring);
      const total = await countPublishedArticles(strapi, tables());
      const pages = Math.max(1, Math.ceil(total / SITEMAP_PAGE_SIZE));
      const xml = 'application/xml; charset=utf-8';
      if (page === undefined) {
        if (pages > 1) return rendered(renderSitemapIndex(`${apiUrl}/sitemap.xml`, pages), xml);
        return rendered(renderUrlSet(config.site, await sitemapEntries(strapi, tables(), 0, SITEMAP_PAGE_SIZE), true), xml);
      }
      if (page > pages) return null;
      const entries = await sitemapEntries(strapi, tables(), (page - 1) * SITEMAP_PAGE_SIZE, SITEMAP_PAGE_SIZE);
      return rendered(renderUrlSet(config.site, entries, page === 1), xml);
    },
  };
}
