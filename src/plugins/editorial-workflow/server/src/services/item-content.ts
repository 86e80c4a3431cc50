import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { draftOfPass } from '../utils/publication-pass';
import { readVideoLink } from '../../../../../media/video-links';
import { ARTICLE, ITEM_STATE } from '../../../shared/uids';

/** The draft of an item, with what routing, scope and the content hash need. */
export interface ItemDraft {
  id: number;
  documentId: string;
  title: string;
  kind: string;
  unitId: number | null;
  unitName: string | null;
  /**
   * The department of its primary topic, else its unit's default department (a department: itself).
   * Loaded only with `{ routing: true }` (submit needs it); undefined otherwise.
   */
  routedDepartmentId?: number | null;
  createdById: number | null;
  /** The upload files of its cover and gallery (what the consent rule checks before publishing). */
  files: { cover: number[]; gallery: number[] };
  hash: string;
  /**
   * The content the hash is taken of, as that JSON text (`hash` = `v3:` + SHA-256 of it): what a
   * snapshot keeps (snapshots/record.ts), so an archived version can be checked against its hash.
   */
  content: string;
  /** Whether a published version is online. */
  online: boolean;
}

type Related = { id: number } | null | undefined;
/** An upload file as the content hash reads it: what the website shows of it, and what it contains. */
type FileRow = {
  id: number;
  url?: string | null;
  alternativeText?: string | null;
  caption?: string | null;
  name?: string | null;
  mime?: string | null;
  width?: number | null;
  height?: number | null;
  provider_metadata?: { contentSha256?: string } | null;
};

const idsOf = (list: unknown): number[] => (Array.isArray(list) ? list.map((entry: { id: number }) => entry.id) : []);

/**
 * The columns of a cover, gallery or document file the hash covers. Selecting them costs no query:
 * those files are populated anyway. `provider_metadata.contentSha256` is the digest of the bytes,
 * written at upload and replace (src/media/file-digest.ts); Strapi's own `hash` names the file and
 * is kept on replace, so it says nothing of the content.
 */
export const HASHED_FILE_FIELDS = ['id', 'url', 'alternativeText', 'caption', 'name', 'mime', 'width', 'height', 'provider_metadata'];

/**
 * The hash's version, its prefix. v3 added the video links and the documents (issue 20); v2 the
 * files' content; before v2 there was no prefix. An approval stored under an older version is
 * upgraded at start-up when the content still matches that version's hash (upgradeApprovedHashes).
 */
export const HASH_VERSION = 'v3:';
/** The version before this one: what the approvals stored until the video links and documents counted hold. */
const PREVIOUS_VERSION = 'v2:';

/** What a row's populate needs for the hash (loadDraft adds the routing relations to it). */
const HASHED_FILES = { select: HASHED_FILE_FIELDS };

const fileFacts = (file: FileRow | null | undefined) =>
  file
    ? {
        id: file.id,
        sha256: file.provider_metadata?.contentSha256 ?? null,
        url: file.url ?? null,
        alternativeText: file.alternativeText ?? null,
        caption: file.caption ?? null,
        name: file.name ?? null,
        mime: file.mime ?? null,
        width: file.width ?? null,
        height: file.height ?? null,
      }
    : null;

/**
 * The channels added with issue 18 (the portal, the press): in the hashed content only when chosen.
 * An item marked for neither hashes as before they existed, so the approvals stored until then stay
 * valid without an upgrade; ticking one after approval changes the hash and voids the approval, and
 * unticking it again returns to the approved hash (the approved content, channels included).
 */
const ADDED_CHANNELS = ['channelPortal', 'channelPress'] as const;

function contentFields(row: Record<string, unknown>) {
  const added = Object.fromEntries(ADDED_CHANNELS.filter((field) => row[field] === true).map((field) => [field, true]));
  return {
    title: row.title,
    slug: row.slug,
    summary: row.summary ?? null,
    body: row.body ?? null,
    kind: row.kind,
    byline: row.byline ?? null,
    channelWebsite: row.channelWebsite ?? null,
    channelFanpage: row.channelFanpage ?? null,
    ...added,
    topics: idsOf(row.topics),
    unit: (row.unit as Related)?.id ?? null,
  };
}

const filesFacts = (list: unknown) => (Array.isArray(list) ? (list as FileRow[]).map(fileFacts) : []);

/**
 * The video links by the video each names: provider and id, which is all the website builds its
 * embed of (src/media/video-links.ts), so two addresses of one video are one link. In their order:
 * the website embeds them in the stored order, the first one first, and that order is what the head
 * approved. A stored value that does not read as a video (written past the Document Service) counts
 * as it is, so changing it still changes the hash.
 */
function videoFacts(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return [{ unread: value }];
  return value.map((link) => {
    const reading = readVideoLink(link);
    return 'embed' in reading ? { provider: reading.embed.provider, id: reading.embed.id } : { unread: link };
  });
}

/** The v2 content: the fields, the cover and the gallery by their content. */
function contentUpToFiles(row: Record<string, unknown>) {
  return {
    ...contentFields(row),
    cover: fileFacts(row.cover as FileRow | null),
    gallery: filesFacts(row.gallery),
  };
}

/**
 * The fields whose change voids an approval: everything a reader sees, and where it is filed. The
 * cover, gallery and documents count by what they show (bytes, alt text, caption, name, address),
 * not by their ids only: a file replaced or re-captioned in the media library is a changed item.
 * The documents in their order, as the website lists them; the video links as videoFacts reads them.
 */
export function hashedContent(row: Record<string, unknown>): string {
  return JSON.stringify({
    ...contentUpToFiles(row),
    videoLinks: videoFacts(row.videoLinks),
    documents: filesFacts(row.documents),
  });
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/** The hash of that content text. */
export const hashOfContent = (content: string): string => HASH_VERSION + sha256(content);

function contentHash(row: Record<string, unknown>): string {
  return hashOfContent(hashedContent(row));
}

/**
 * The v2 hash (before the video links and documents counted), kept to recognise approvals stored
 * under it: the same content text without those two.
 */
export function previousContentHash(row: Record<string, unknown>): string {
  return PREVIOUS_VERSION + sha256(JSON.stringify(contentUpToFiles(row)));
}

/** The hash before files were hashed by content (ids only), kept to recognise approvals stored then. */
export function legacyContentHash(row: Record<string, unknown>): string {
  const fields = contentFields(row);
  const content = {
    title: fields.title,
    slug: fields.slug,
    summary: fields.summary,
    body: fields.body,
    kind: fields.kind,
    byline: fields.byline,
    channelWebsite: fields.channelWebsite,
    channelFanpage: fields.channelFanpage,
    cover: (row.cover as Related)?.id ?? null,
    gallery: idsOf(row.gallery),
    topics: fields.topics,
    unit: fields.unit,
  };
  return crypto.createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** One row of an item that uses a file as its cover or in its gallery. */
export interface FileUse {
  fileId: number;
  documentId: string;
  title: string;
  /** The row is the published version (what the website shows), not the draft. */
  published: boolean;
  unitId: number | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The item's draft, or null when no such item exists. One read of the item's rows (the draft and,
   * when online, the published one) tells both; each populated relation is one more query, so the
   * routing relations are read only when asked for. Inside a publication pass the draft the
   * workflow checked is returned as it is.
   */
  async loadDraft(documentId: string, { routing = false }: { routing?: boolean } = {}): Promise<ItemDraft | null> {
    const carried = routing ? undefined : draftOfPass(documentId);
    if (carried) return carried;
    const rows: Array<Record<string, any>> = await strapi.db.query(ARTICLE).findMany({
      where: { documentId },
      populate: {
        cover: HASHED_FILES,
        gallery: HASHED_FILES,
        documents: HASHED_FILES,
        topics: routing
          ? { select: ['id', 'code'], populate: { department: { select: ['id'] }, parent: { populate: { department: { select: ['id'] } } } } }
          : { select: ['id'] },
        unit: routing ? { select: ['id', 'name', 'kind'], populate: { defaultDepartment: { select: ['id'] } } } : { select: ['id', 'name', 'kind'] },
        createdBy: { select: ['id'] },
      },
    });
    const row = rows.find((candidate) => candidate.publishedAt === null || candidate.publishedAt === undefined);
    if (!row) return null;
    const primary = Array.isArray(row.topics) ? row.topics[0] : undefined;
    // A department of the Sở that writes an item with no topic reviews it itself.
    const ownDepartment = row.unit?.kind === 'department' ? row.unit.id : null;
    const content = hashedContent(row);
    const routedDepartmentId = routing
      ? (primary?.department?.id ?? primary?.parent?.department?.id ?? row.unit?.defaultDepartment?.id ?? ownDepartment)
      : undefined;
    return {
      id: row.id,
      documentId,
      title: row.title,
      kind: row.kind,
      unitId: row.unit?.id ?? null,
      unitName: row.unit?.name ?? null,
      routedDepartmentId,
      createdById: row.createdBy?.id ?? null,
      files: { cover: row.cover ? [row.cover.id] : [], gallery: idsOf(row.gallery) },
      hash: hashOfContent(content),
      content,
      online: rows.some((candidate) => candidate.publishedAt !== null && candidate.publishedAt !== undefined),
    };
  },

  /**
   * The items whose cover or gallery holds one of `fileIds`, one entry per row (draft and published
   * version apart). One query on the files' link table joined to the items.
   */
  async usesOfFiles(fileIds: number[]): Promise<FileUse[]> {
    if (fileIds.length === 0) return [];
    const { links, items } = fileLinkTables(strapi);
    const rows: Array<Record<string, unknown>> = await strapi.db
      .connection(`${links.name} as l`)
      .join(`${items.name} as a`, 'a.id', `l.${links.related}`)
      .where(`l.${links.type}`, ARTICLE)
      .whereIn(`l.${links.file}`, fileIds)
      .select(`l.${links.file} as file_id`, 'a.document_id', 'a.title', 'a.published_at', `a.${items.scopeUnit} as unit_id`);
    return rows.map((row) => ({
      fileId: Number(row.file_id),
      documentId: String(row.document_id),
      title: String(row.title ?? ''),
      published: row.published_at !== null && row.published_at !== undefined,
      unitId: row.unit_id === null || row.unit_id === undefined ? null : Number(row.unit_id),
    }));
  },

  /** The files used by the items of `unitIds` or among `documentIds` (the media library's scope of a person). */
  async fileIdsOfItems({ unitIds, documentIds }: { unitIds: number[]; documentIds: string[] }): Promise<number[]> {
    if (unitIds.length === 0 && documentIds.length === 0) return [];
    const { links, items } = fileLinkTables(strapi);
    const rows: Array<{ file_id: number | string }> = await strapi.db
      .connection(`${links.name} as l`)
      .join(`${items.name} as a`, 'a.id', `l.${links.related}`)
      .where(`l.${links.type}`, ARTICLE)
      .where((inScope) => {
        if (unitIds.length > 0) inScope.orWhereIn(`a.${items.scopeUnit}`, unitIds);
        if (documentIds.length > 0) inScope.orWhereIn('a.document_id', documentIds);
      })
      .distinct(`l.${links.file} as file_id`);
    return rows.map((row) => Number(row.file_id));
  },

  /**
   * Approvals stored under an older version hold its hash: v2 (before the video links and documents
   * counted) or no prefix (before the files' content counted). An approved or published item whose
   * content still matches the hash of its version gets the current hash, so it publishes as approved
   * (a published one: a save that changes nothing starts no new round); one that changed since keeps
   * the old value, which no longer matches, and goes back to review as any changed item. What the
   * older version did not cover (the links and documents of a v2 approval) it cannot tell apart: those
   * are taken as approved, as they were approved under that version.
   * Runs at start-up; once upgraded, a record is not read again.
   */
  async upgradeApprovedHashes(): Promise<number> {
    const records: Array<{ id: number; itemDocumentId: string; approvedHash: string }> = await strapi.db.query(ITEM_STATE).findMany({
      where: { state: { $in: ['approved', 'published'] }, approvedHash: { $notNull: true }, $not: { approvedHash: { $startsWith: HASH_VERSION } } },
      select: ['id', 'itemDocumentId', 'approvedHash'],
    });
    let upgraded = 0;
    for (const record of records) {
      const row = await strapi.db.query(ARTICLE).findOne({
        where: { documentId: record.itemDocumentId, publishedAt: { $null: true } },
        populate: { cover: HASHED_FILES, gallery: HASHED_FILES, documents: HASHED_FILES, topics: { select: ['id'] }, unit: { select: ['id'] } },
      });
      if (!row) continue;
      const stored = record.approvedHash.startsWith(PREVIOUS_VERSION) ? previousContentHash(row) : legacyContentHash(row);
      if (stored !== record.approvedHash) continue;
      await strapi.db.query(ITEM_STATE).update({ where: { id: record.id, approvedHash: record.approvedHash }, data: { approvedHash: contentHash(row) } });
      upgraded += 1;
    }
    return upgraded;
  },
});

/** The files' link table (Strapi's morph table of `plugin::upload.file.related`) and the items' table. */
function fileLinkTables(strapi: Core.Strapi) {
  const related = strapi.db.metadata.get('plugin::upload.file').attributes.related as unknown as {
    joinTable: { name: string; joinColumn: { name: string }; morphColumn: { idColumn: { name: string }; typeColumn: { name: string } } };
  };
  const items = strapi.db.metadata.get(ARTICLE);
  const scopeUnit = (items.attributes.scopeUnitId as { columnName?: string }).columnName ?? 'scope_unit_id';
  const { joinTable } = related;
  return {
    links: { name: joinTable.name, file: joinTable.joinColumn.name, related: joinTable.morphColumn.idColumn.name, type: joinTable.morphColumn.typeColumn.name },
    items: { name: items.tableName, scopeUnit },
  };
}
