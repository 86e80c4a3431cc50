import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { draftOfPass } from '../utils/publication-pass';
import { ARTICLE } from '../../../shared/uids';

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
  /** Whether a published version is online. */
  online: boolean;
}

type Related = { id: number } | null | undefined;

const idsOf = (list: unknown): number[] => (Array.isArray(list) ? list.map((entry: { id: number }) => entry.id) : []);

/** The fields whose change voids an approval: everything a reader sees, and where it is filed. */
function contentHash(row: Record<string, unknown>): string {
  const content = {
    title: row.title,
    slug: row.slug,
    summary: row.summary ?? null,
    body: row.body ?? null,
    kind: row.kind,
    byline: row.byline ?? null,
    channelWebsite: row.channelWebsite ?? null,
    channelFanpage: row.channelFanpage ?? null,
    cover: (row.cover as Related)?.id ?? null,
    gallery: idsOf(row.gallery),
    topics: idsOf(row.topics),
    unit: (row.unit as Related)?.id ?? null,
  };
  return crypto.createHash('sha256').update(JSON.stringify(content)).digest('hex');
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
        cover: { select: ['id'] },
        gallery: { select: ['id'] },
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
      hash: contentHash(row),
      online: rows.some((candidate) => candidate.publishedAt !== null && candidate.publishedAt !== undefined),
    };
  },
});
