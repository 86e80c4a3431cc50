import type { Core } from '@strapi/strapi';
import type { ConsultationStatus, PublicConsultation } from '../plugins/editorial-workflow/shared/contracts/consultations';
import { CONSULTATION, UNIT, UPLOAD_FILE } from '../plugins/editorial-workflow/shared/uids';
import { publishedConsultationWhere } from '../plugins/editorial-workflow/server/src/consultations/published';
import { consultationStatus, statusLabelOf } from '../plugins/editorial-workflow/server/src/consultations/status';
import { publicFeedbackSummary } from '../plugins/editorial-workflow/server/src/feedback/public-summary';
import { ARTICLE } from './tables';
import { storedUploadPath } from '../media/file-access/upload-path';

/** At most this many consultations in one list: a department runs a few a year. */
const LIST_LIMIT = 200;

type Row = { id: number; documentId: string; title: string; slug: string; summary: string | null; publishedAt: Date | string; topics?: Array<{ code: string; title: string }> };

/**
 * The published consultations as the website shows them: the item's public fields, the dates, the
 * department's name, the draft's URL and the published summary of feedback. Only named columns are
 * read (as article-reader.ts does): no comment, contact detail or classification can be shown, the
 * summary being the feedback work's public shape (PublicFeedbackSummary) and nothing else.
 */
async function consultationsOf(strapi: Core.Strapi, where: Record<string, unknown>, limit: number, now: Date): Promise<PublicConsultation[]> {
  const items: Row[] = await strapi.db.query(ARTICLE).findMany({
    select: ['id', 'documentId', 'title', 'slug', 'summary', 'publishedAt'],
    where: { ...publishedConsultationWhere, ...where },
    populate: { topics: { select: ['code', 'title'] } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    limit,
  });
  if (items.length === 0) return [];
  const settings: Array<{ itemDocumentId: string; opensAt: string; closesAt: string; draftFileId: number | null; departmentId: number }> = await strapi.db
    .query(CONSULTATION)
    .findMany({ where: { itemDocumentId: { $in: items.map((item) => item.documentId) } }, select: ['itemDocumentId', 'opensAt', 'closesAt', 'draftFileId', 'departmentId'] });
  const byItem = new Map(settings.map((row) => [row.itemDocumentId, row]));
  const [units, files] = await Promise.all([
    strapi.db.query(UNIT).findMany({ where: { id: { $in: settings.map((row) => row.departmentId) } }, select: ['id', 'code', 'name'] }),
    strapi.db.query(UPLOAD_FILE).findMany({ where: { id: { $in: settings.map((row) => row.draftFileId).filter((id): id is number => id !== null) } }, select: ['id', 'name', 'url', 'mime'] }),
  ]);
  const unitById = new Map(units.map((unit: { id: number; code: string; name: string }) => [unit.id, unit]));
  const fileById = new Map(files.map((file: { id: number; name: string; url: string; mime: string | null }) => [file.id, file]));
  const out: PublicConsultation[] = [];
  for (const item of items) {
    const row = byItem.get(item.documentId);
    // Without dates a consultation is not yet the public's: it is left out.
    if (!row) continue;
    const status = consultationStatus(row.opensAt, row.closesAt, now);
    const unit = unitById.get(row.departmentId);
    const file = row.draftFileId === null ? undefined : fileById.get(row.draftFileId);
    out.push({
      title: item.title,
      slug: item.slug,
      lead: item.summary ?? null,
      publishedAt: new Date(item.publishedAt).toISOString(),
      topics: (item.topics ?? []).map(({ code, title }) => ({ code, title })),
      opensAt: new Date(row.opensAt).toISOString(),
      closesAt: new Date(row.closesAt).toISOString(),
      status,
      statusLabel: statusLabelOf(status),
      department: unit ? { code: unit.code, name: unit.name } : null,
      draftDocument: file ? { url: storedUploadPath(file.url) ?? file.url, mime: file.mime ?? null, name: file.name } : null,
      summary: await publicFeedbackSummary(strapi, item.documentId),
    });
  }
  return out;
}

export async function listPublishedConsultations(strapi: Core.Strapi, status: ConsultationStatus | undefined, now = new Date()): Promise<PublicConsultation[]> {
  const all = await consultationsOf(strapi, {}, LIST_LIMIT, now);
  return status ? all.filter((consultation) => consultation.status === status) : all;
}

export async function findPublishedConsultation(strapi: Core.Strapi, slug: string, now = new Date()): Promise<PublicConsultation | null> {
  return (await consultationsOf(strapi, { slug }, 1, now))[0] ?? null;
}
