import type { Core } from '@strapi/strapi';
import { blocksToText } from '../../../../../public-api/blocks-html';
import { ITEM_KIND_LABELS } from '../../../shared/item-field-labels';
import { TOPIC, UNIT } from '../../../shared/uids';

/** A file as the content hash records it (services/item-content.ts `fileFacts`). */
interface FileFacts {
  id: number;
  sha256: string | null;
  name: string | null;
  alternativeText: string | null;
  caption: string | null;
}

/** The editorial fields as a snapshot stores them (the hashed JSON), read back. */
export interface StoredContent {
  title?: string | null;
  slug?: string | null;
  summary?: string | null;
  body?: unknown;
  kind?: string | null;
  byline?: string | null;
  channelWebsite?: boolean | null;
  channelFanpage?: boolean | null;
  /** Present (true) only when chosen: item-content.ts hashes the portal and the press only then. */
  channelPortal?: boolean;
  channelPress?: boolean;
  topics?: number[];
  unit?: number | null;
  cover?: FileFacts | null;
  gallery?: Array<FileFacts | null>;
}

/** The fields a diff compares, in the edit view's order. */
export const DIFF_FIELDS = ['title', 'slug', 'summary', 'body', 'kind', 'cover', 'gallery', 'topics', 'unit', 'byline', 'channelWebsite', 'channelFanpage', 'channelPortal', 'channelPress'] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

/** The fields read word by word; the others are short values shown whole. */
export const TEXT_FIELDS: ReadonlySet<DiffField> = new Set(['title', 'summary', 'body', 'byline']);

export function parseContent(text: string): StoredContent {
  try {
    const parsed = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as StoredContent) : {};
  } catch {
    // A snapshot is written from JSON.stringify: an unreadable one is shown as empty, not a 500.
    return {};
  }
}

/**
 * The body as text, one block a paragraph: the public API's own reading of blocks (blocksToText,
 * which the search index uses), block by block so that paragraphs stay apart.
 */
export function bodyText(body: unknown): string {
  if (!Array.isArray(body)) return '';
  return body
    .map((block) => blocksToText([block]).trim())
    .filter(Boolean)
    .join('\n\n');
}

const fileText = (file: FileFacts | null | undefined) =>
  file ? [file.name ?? `#${file.id}`, file.alternativeText, file.caption].filter(Boolean).join(' — ') : '';

/** Names of the topics and units the two contents refer to, read once for the whole diff. */
export interface Names {
  topics: Map<number, string>;
  units: Map<number, string>;
}

export async function namesFor(strapi: Core.Strapi, contents: StoredContent[]): Promise<Names> {
  const topicIds = [...new Set(contents.flatMap((content) => (Array.isArray(content.topics) ? content.topics : [])))].filter(Number.isInteger);
  const unitIds = [...new Set(contents.map((content) => content.unit))].filter((id): id is number => Number.isInteger(id));
  const [topics, units]: [Array<{ id: number; code: string; title: string }>, Array<{ id: number; name: string }>] = await Promise.all([
    topicIds.length ? strapi.db.query(TOPIC).findMany({ where: { id: { $in: topicIds } }, select: ['id', 'code', 'title'] }) : [],
    unitIds.length ? strapi.db.query(UNIT).findMany({ where: { id: { $in: unitIds } }, select: ['id', 'name'] }) : [],
  ]);
  return {
    topics: new Map(topics.map((row) => [row.id, `${row.code} ${row.title}`])),
    units: new Map(units.map((row) => [row.id, row.name])),
  };
}

const yesNo = (value: unknown) => (value === true ? 'Có' : value === false ? 'Không' : '');

/** A field's value as the panel shows it: the body as text, topics and unit by name, files by name. */
export function readableValue(content: StoredContent, field: DiffField, names: Names): string {
  switch (field) {
    case 'body':
      return bodyText(content.body);
    case 'kind':
      return content.kind ? (ITEM_KIND_LABELS[content.kind] ?? content.kind) : '';
    case 'channelWebsite':
    case 'channelFanpage':
      return yesNo(content[field]);
    case 'channelPortal':
    case 'channelPress':
      // Absent is not chosen: the hashed content names these channels only when ticked.
      return yesNo(content[field] === true);
    case 'topics':
      return (content.topics ?? []).map((id) => names.topics.get(id) ?? `#${id}`).join(', ');
    case 'unit':
      return content.unit === null || content.unit === undefined ? '' : (names.units.get(content.unit) ?? `#${content.unit}`);
    case 'cover':
      return fileText(content.cover);
    case 'gallery':
      return (content.gallery ?? []).map(fileText).join('; ');
    default:
      return typeof content[field] === 'string' ? (content[field] as string) : '';
  }
}
