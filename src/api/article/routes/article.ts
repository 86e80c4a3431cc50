/**
 * The public, read-only routes of the department website. No authentication: they show published
 * items only, whatever the request asks. Items are written only through the admin panel and its
 * workflow: the REST API has no write route.
 */
const open = { auth: false as const };

export default {
  routes: [
    { method: 'GET', path: '/articles', handler: 'api::article.article.list', config: open },
    { method: 'GET', path: '/articles/by-slug/:slug', handler: 'api::article.article.bySlug', config: open },
    { method: 'GET', path: '/feed.rss', handler: 'api::article.article.feed', config: open },
    { method: 'GET', path: '/sitemap.xml', handler: 'api::article.article.sitemap', config: open },
    // The provincial portal's feeds (issue 18 item 4): items marked for the portal, their corrections and removals.
    { method: 'GET', path: '/portal/feed.rss', handler: 'api::article.article.portalRss', config: open },
    { method: 'GET', path: '/portal/feed.json', handler: 'api::article.article.portalJson', config: open },
  ],
};
