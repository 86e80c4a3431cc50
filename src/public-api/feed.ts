import type { FeedEntry } from './article-reader';
import { vnDateOf } from '../plugins/editorial-workflow/shared/periods';
import type { PublicApiConfig } from './config';
import { xmlText } from './html';

export const FEED_SIZE = 50;

export function articleUrl(site: PublicApiConfig['site'], slug: string): string {
  return site.url + site.articlePath.replace('{slug}', encodeURIComponent(slug));
}

/**
 * RSS 2.0 of the newest items. Deterministic for the same content (the build date is the newest
 * item's), so every process gives the same bytes and the same ETag.
 */
/** The item's description: its summary, then each published correction with its date (Vietnam). */
function descriptionOf(item: FeedEntry): string {
  const corrections = item.corrections.map((correction) => `Đính chính ngày ${vnDateOf(correction.publishedAt).split('-').reverse().join('/')}: ${correction.note}`);
  return [item.summary, ...corrections].filter(Boolean).join('\n');
}

export function renderRss(site: PublicApiConfig['site'], items: FeedEntry[], topicTitle?: string): string {
  const title = topicTitle ? `${site.name}: ${topicTitle}` : site.name;
  const lastBuild = items[0] ? `<lastBuildDate>${new Date(items[0].publishedAt).toUTCString()}</lastBuildDate>` : '';
  const entries = items
    .map((item) => {
      const link = xmlText(articleUrl(site, item.slug));
      const categories = item.topics.map((topic) => `<category>${xmlText(topic.title)}</category>`).join('');
      return (
        `<item><title>${xmlText(item.title)}</title><link>${link}</link><guid isPermaLink="true">${link}</guid>` +
        `<pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>` +
        (descriptionOf(item) ? `<description>${xmlText(descriptionOf(item))}</description>` : '') +
        categories +
        '</item>'
      );
    })
    .join('\n');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>' +
    `<title>${xmlText(title)}</title><link>${xmlText(site.url)}</link>` +
    `<description>${xmlText(`Tin bài mới nhất của ${site.name}`)}</description><language>vi</language>${lastBuild}\n` +
    `${entries}\n</channel></rss>\n`
  );
}
