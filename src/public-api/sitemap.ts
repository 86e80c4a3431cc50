import type { SitemapEntry } from './article-reader';
import type { PublicApiConfig } from './config';
import { articleUrl } from './feed';
import { xmlText } from './html';

/** The sitemap protocol allows 50,000 URLs a file; more items get a sitemap index of pages. */
export const SITEMAP_PAGE_SIZE = 50_000;

export function renderUrlSet(site: PublicApiConfig['site'], entries: SitemapEntry[], withHome: boolean): string {
  const urls = entries.map(
    (entry) => `<url><loc>${xmlText(articleUrl(site, entry.slug))}</loc><lastmod>${entry.updatedAt}</lastmod></url>`
  );
  if (withHome) urls.unshift(`<url><loc>${xmlText(`${site.url}/`)}</loc></url>`);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    `${urls.join('\n')}\n</urlset>\n`
  );
}

/** An index of `pages` sitemap pages served by this API at `selfUrl?page=n`. */
export function renderSitemapIndex(selfUrl: string, pages: number): string {
  const entries = Array.from({ length: pages }, (_, i) => `<sitemap><loc>${xmlText(`${selfUrl}?page=${i + 1}`)}</loc></sitemap>`);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    `${entries.join('\n')}\n</sitemapindex>\n`
  );
}
