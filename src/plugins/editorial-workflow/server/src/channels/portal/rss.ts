import type { PortalFeedEntry } from '../../../../shared/contracts/channel-portal';
import { PORTAL_ACTION_CATEGORY } from '../../../../shared/contracts/channel-portal';
import { escapeHtml, xmlText } from '../../../../../../public-api/html';

/** The feed's channel: the Sở's name and website, and this feed's own address. */
export interface PortalFeedChannel {
  siteName: string;
  siteUrl: string;
  selfUrl: string;
}

/** The RSS categories' domain: a reader tells the actions apart by it, whatever the labels say. */
export const PORTAL_ACTION_DOMAIN = 'urn:sogd:portal:action';

const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);

/** The item's text as HTML for `content:encoded`: escaped paragraphs, the cover and the photos as links. */
function contentOf(entry: PortalFeedEntry): string {
  const { payload } = entry;
  const parts = [
    ...(payload.correctionNote ? [`<p><strong>Đính chính:</strong> ${escapeHtml(payload.correctionNote)}</p>`] : []),
    ...(payload.coverUrl ? [`<p><img src="${escapeHtml(payload.coverUrl)}" alt="${escapeHtml(payload.title)}"/></p>`] : []),
    ...paragraphs(payload.text).map((line) => `<p>${escapeHtml(line)}</p>`),
    ...payload.photoUrls.map((url) => `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`),
  ];
  return parts.join('');
}

/** The description: a correction's note first, then the summary. */
function descriptionOf(entry: PortalFeedEntry): string {
  const { payload } = entry;
  return [payload.correctionNote ? `Đính chính: ${payload.correctionNote}` : null, payload.summary].filter(Boolean).join('\n');
}

function itemOf(entry: PortalFeedEntry): string {
  const { payload, action } = entry;
  const link = payload.url ? `<link>${xmlText(payload.url)}</link>` : '';
  // One guid per entry (not per item): a correction and a removal are new entries the portal reads.
  const guid = `<guid isPermaLink="false">${xmlText(`${payload.url || payload.documentId}#${action}-${entry.id}`)}</guid>`;
  const category = PORTAL_ACTION_CATEGORY[action];
  const categories =
    `<category domain="${PORTAL_ACTION_DOMAIN}">${category.term}</category><category>${xmlText(category.label)}</category>` +
    (!entry.current && action !== 'retract' ? `<category domain="${PORTAL_ACTION_DOMAIN}">withheld</category>` : '');
  // A removal, and the earlier entries of a removed item, carry no content.
  const withContent = action !== 'retract' && entry.current;
  const description = withContent && descriptionOf(entry) ? `<description>${xmlText(descriptionOf(entry))}</description>` : '';
  const content = withContent ? `<content:encoded>${xmlText(contentOf(entry))}</content:encoded>` : '';
  const title = action === 'retract' ? `[Đã gỡ] ${payload.title}` : action === 'correct' ? `[Đính chính] ${payload.title}` : payload.title;
  return (
    `<item><title>${xmlText(title)}</title>${link}${guid}<pubDate>${new Date(entry.at).toUTCString()}</pubDate>` +
    `${categories}${description}${content}` +
    (withContent && payload.unitName ? `<source url="${xmlText(payload.url)}">${xmlText(payload.unitName)}</source>` : '') +
    '</item>'
  );
}

/**
 * RSS 2.0 of the portal's entries, newest first: a publish, a correction (its note in the
 * description and the text), a removal (category `removed`, "Đã gỡ", no content). Deterministic for
 * the same entries (the build date is the newest entry's), so every process gives the same ETag.
 */
export function renderPortalRss(channel: PortalFeedChannel, entries: PortalFeedEntry[]): string {
  const lastBuild = entries[0] ? `<lastBuildDate>${new Date(entries[0].at).toUTCString()}</lastBuildDate>` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>' +
    `<title>${xmlText(`${channel.siteName}: nguồn tin cho Cổng thông tin điện tử tỉnh`)}</title><link>${xmlText(channel.siteUrl)}</link>` +
    `<atom:link href="${xmlText(channel.selfUrl)}" rel="self" type="application/rss+xml"/>` +
    `<description>${xmlText(`Tin bài của ${channel.siteName} gửi Cổng thông tin điện tử tỉnh: đăng mới, đính chính và gỡ bỏ, mới nhất trước.`)}</description>` +
    `<language>vi</language>${lastBuild}\n` +
    `${entries.map(itemOf).join('\n')}\n</channel></rss>\n`
  );
}
