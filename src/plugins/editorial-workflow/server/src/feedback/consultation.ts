import type { Core } from '@strapi/strapi';
import { ARTICLE, CONSULTATION, ITEM_STATE, PLAN_LINE, UNIT } from '../../../shared/uids';
import type { FeedbackLine } from '../../../shared/contracts/feedback';


/** What the department's handling needs of a consultation. */
export interface Consultation {
  documentId: string;
  title: string;
  departmentId: number | null;
  departmentName: string | null;
  closesAt: Date | null;
  topicIds: number[];
  planLineIds: number[];
}

interface ItemRow {
  documentId: string;
  title: string;
  topics?: Array<{ id: number }>;
  planLines?: Array<{ id: number }>;
}

const ITEM_FIELDS = { select: ['documentId', 'title'], populate: { topics: { select: ['id'] }, planLines: { select: ['id'] } } };

async function placementOf(strapi: Core.Strapi, documentIds: string[]): Promise<Map<string, { departmentId: number | null; closesAt: Date | null }>> {
  if (documentIds.length === 0) return new Map();
  if (strapi.contentTypes[CONSULTATION as keyof typeof strapi.contentTypes]) {
    const rows: Array<{ itemDocumentId: string; departmentId: number | null; closesAt: Date | string | null }> = await strapi.db
      .query(CONSULTATION)
      .findMany({ where: { itemDocumentId: { $in: documentIds } }, select: ['itemDocumentId', 'departmentId', 'closesAt'] });
    return new Map(rows.map((row) => [row.itemDocumentId, { departmentId: row.departmentId ?? null, closesAt: row.closesAt ? new Date(row.closesAt) : null }]));
  }
  const states: Array<{ itemDocumentId: string; departmentId: number | null }> = await strapi.db
    .query(ITEM_STATE)
    .findMany({ where: { itemDocumentId: { $in: documentIds } }, select: ['itemDocumentId', 'departmentId'] });
  return new Map(states.map((row) => [row.itemDocumentId, { departmentId: row.departmentId ?? null, closesAt: null }]));
}

async function build(strapi: Core.Strapi, items: ItemRow[]): Promise<Consultation[]> {
  const placements = await placementOf(strapi, items.map((item) => item.documentId));
  const departmentIds = [...new Set([...placements.values()].map((p) => p.departmentId).filter((id): id is number => typeof id === 'number'))];
  const units: Array<{ id: number; name: string }> = departmentIds.length ? await strapi.db.query(UNIT).findMany({ where: { id: { $in: departmentIds } }, select: ['id', 'name'] }) : [];
  const names = new Map(units.map((unit) => [unit.id, unit.name]));
  return items.map((item) => {
    const placement = placements.get(item.documentId) ?? { departmentId: null, closesAt: null };
    return {
      documentId: item.documentId,
      title: item.title,
      departmentId: placement.departmentId,
      departmentName: placement.departmentId ? (names.get(placement.departmentId) ?? null) : null,
      closesAt: placement.closesAt,
      topicIds: (item.topics ?? []).map((topic) => topic.id),
      planLineIds: (item.planLines ?? []).map((line) => line.id),
    };
  });
}

/** The consultation (an item of kind `consultation`, read from its draft row, which every document has), or null. */
export async function consultationOf(strapi: Core.Strapi, documentId: string): Promise<Consultation | null> {
  const item: ItemRow | null = await strapi.db.query(ARTICLE).findOne({ where: { documentId, kind: 'consultation', publishedAt: null }, ...ITEM_FIELDS });
  return item ? (await build(strapi, [item]))[0] : null;
}

/** Every consultation, newest first (a province opens a few dozen a year). */
export async function allConsultations(strapi: Core.Strapi): Promise<Consultation[]> {
  const items: ItemRow[] = await strapi.db.query(ARTICLE).findMany({ where: { kind: 'consultation', publishedAt: null }, ...ITEM_FIELDS, orderBy: [{ id: 'desc' }] });
  return build(strapi, items);
}

/** The tags a comment may take: the lines of information of the consultation's topics, and those the item names itself. */
export async function linesOf(strapi: Core.Strapi, consultation: Consultation): Promise<FeedbackLine[]> {
  const or: Array<Record<string, unknown>> = [];
  if (consultation.topicIds.length) or.push({ topic: { id: { $in: consultation.topicIds } } });
  if (consultation.planLineIds.length) or.push({ id: { $in: consultation.planLineIds } });
  if (or.length === 0) return [];
  const lines: FeedbackLine[] = await strapi.db.query(PLAN_LINE).findMany({ where: { $or: or }, select: ['id', 'code', 'label'], orderBy: [{ order: 'asc' }, { code: 'asc' }] });
  return lines.map((line) => ({ id: line.id, code: line.code, label: line.label }));
}

/** Closed: its closing time has passed (unknown while the consultations' table is not installed). */
export const isClosed = (consultation: Consultation, now: Date): boolean => consultation.closesAt !== null && consultation.closesAt.getTime() <= now.getTime();
