import type { Core } from '@strapi/strapi';
import type { PublicApiConfig } from './config';
import { jsonResponse, rendered, type PublicResponse } from './public-response';
import { parsePortalFeedQuery } from '../plugins/editorial-workflow/server/src/channels/portal/feed-query';
import { readPortalFeed } from '../plugins/editorial-workflow/server/src/channels/portal/entries';
import { renderPortalRss } from '../plugins/editorial-workflow/server/src/channels/portal/rss';
import { ninjsOf } from '../plugins/editorial-workflow/server/src/channels/portal/ninjs';

/**
 * The provincial portal's feeds (issue 18 item 4), mounted beside /api/feed.rss with the same cache,
 * rate limit and ETags: the entries the channels' relay wrote (channels/portal/), public fields
 * only, newest first, a page at a time.
 */
export function portalFeeds(strapi: Core.Strapi, config: PublicApiConfig, apiUrl: string) {
  return {
    async rss(querystring: string): Promise<PublicResponse> {
      const { page, pageSize } = parsePortalFeedQuery(querystring);
      const { entries } = await readPortalFeed(strapi, page, pageSize);
      const channel = { siteName: config.site.name, siteUrl: config.site.url, selfUrl: `${apiUrl}/portal/feed.rss` };
      return rendered(renderPortalRss(channel, entries), 'application/rss+xml; charset=utf-8');
    },

    async json(querystring: string): Promise<PublicResponse> {
      const { page, pageSize } = parsePortalFeedQuery(querystring);
      const { entries, total } = await readPortalFeed(strapi, page, pageSize);
      return jsonResponse({
        data: entries.map(ninjsOf),
        meta: { format: 'ninjs', version: '2.1', pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
      });
    },
  };
}
