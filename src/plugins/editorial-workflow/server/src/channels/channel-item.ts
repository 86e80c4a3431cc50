import type { Core } from '@strapi/strapi';
import type { ChannelItem } from '../../../shared/contracts/channels';
import { ARTICLE, CORRECTION } from '../../../shared/uids';
import { readPublicApiConfig } from '../../../../../public-api/config';
import { articleUrl } from '../../../../../public-api/feed';
import { FILE_FIELDS, publicFile } from '../../../../../public-api/media-file-view';

type Node = { type?: string; text?: string; children?: unknown };

/** The body's blocks as plain paragraphs, one per top-level block, for an e-mail, a post or a feed. */
export function blocksToParagraphs(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  const textOf = (value: unknown): string => {
    if (Array.isArray(value)) return value.map(textOf).join('');
    if (!value || typeof value !== 'object') return '';
    const node = value as Node;
    if (node.type === 'text' && typeof node.text === 'string') return node.text;
    // A list's items each on a line of their own.
    if (node.type === 'list-item') return `${textOf(node.children)}\n`;
    return textOf(node.children);
  };
  return blocks
    .map((block) => textOf(block).trim())
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
}

/** A file's address as a channel needs it: absolute, on the server that serves the uploads. */
function absolute(strapi: Core.Strapi, url: string): string {
  if (/^https?:\/\//i.test(url)) return url;
  const base = (strapi.config.get<string>('server.url', '') || readPublicApiConfig(strapi).site.url).replace(/\/+$/, '');
  return `${base}${url.startsWith('/') ? '' : '/'}${url}`;
}

/**
 * What an adapter is given of an item: its published version, public fields only, as the website
 * shows it (the link is the RSS feed's and the sitemap's). Null when no version is online.
 * `correctionId` adds the public note of the corrections made public with it.
 */
export async function channelItemOf(strapi: Core.Strapi, documentId: string, correctionId?: number | null): Promise<ChannelItem | null> {
  const row = await strapi.db.query(ARTICLE).findOne({
    where: { documentId, publishedAt: { $notNull: true } },
    select: ['documentId', 'title', 'slug', 'summary', 'body', 'publishedAt'],
    populate: { unit: { select: ['name'] }, cover: { select: FILE_FIELDS }, gallery: { select: FILE_FIELDS } },
  });
  if (!row) return null;
  const cover = publicFile(row.cover);
  const photos = ((row.gallery as unknown[] | null | undefined) ?? [])
    .map(publicFile)
    .filter((file): file is NonNullable<typeof file> => file !== null && (file.mime ?? '').startsWith('image/'));
  return {
    documentId: row.documentId,
    title: row.title,
    slug: row.slug,
    summary: row.summary ?? null,
    text: blocksToParagraphs(row.body),
    url: articleUrl(readPublicApiConfig(strapi).site, row.slug),
    coverUrl: cover ? absolute(strapi, cover.url) : null,
    photoUrls: photos.map((file) => absolute(strapi, file.url)),
    unitName: (row.unit as { name?: string } | null)?.name ?? null,
    publishedAt: new Date(row.publishedAt).toISOString(),
    ...(correctionId ? { correctionNote: await correctionNoteOf(strapi, documentId, correctionId) } : {}),
  };
}

/** The public notes of the corrections made public together with this one, oldest first. */
async function correctionNoteOf(strapi: Core.Strapi, documentId: string, correctionId: number): Promise<string | null> {
  const correction = await strapi.db.query(CORRECTION).findOne({ where: { id: correctionId }, select: ['madePublicAt'] });
  if (!correction?.madePublicAt) return null;
  const together: Array<{ note: string }> = await strapi.db.query(CORRECTION).findMany({
    where: { itemDocumentId: documentId, madePublicAt: correction.madePublicAt },
    select: ['note'],
    orderBy: [{ id: 'asc' }],
  });
  return together.map((entry) => entry.note).join('\n') || null;
}
