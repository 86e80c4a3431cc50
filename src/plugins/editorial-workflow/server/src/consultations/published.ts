import type { Core } from '@strapi/strapi';
import { ARTICLE, CONSULTATION } from '../../../shared/uids';
import { consultationStatus } from './status';
import type { ConsultationStatus } from '../../../shared/contracts/consultations';

export interface PublishedConsultation {
  /** The published version's row id and its document. */
  id: number;
  documentId: string;
  opensAt: Date;
  closesAt: Date;
  draftFileId: number | null;
  departmentId: number;
  status: ConsultationStatus;
}

/** The published rows of consultations meant for the website (as the public API reads items). */
export const publishedConsultationWhere = {
  kind: 'consultation',
  publishedAt: { $notNull: true },
  $or: [{ channelWebsite: true }, { channelWebsite: { $null: true } }],
};

/**
 * The published consultation of `slug` with its settings, or null: not published, not a
 * consultation, or without dates yet (nothing the public may see or comment on).
 */
export async function publishedConsultation(strapi: Core.Strapi, slug: string, now = new Date()): Promise<PublishedConsultation | null> {
  const item = await strapi.db.query(ARTICLE).findOne({ where: { slug, ...publishedConsultationWhere }, select: ['id', 'documentId'] });
  if (!item) return null;
  const row = await strapi.db.query(CONSULTATION).findOne({ where: { itemDocumentId: item.documentId } });
  if (!row) return null;
  return {
    id: item.id,
    documentId: item.documentId,
    opensAt: new Date(row.opensAt),
    closesAt: new Date(row.closesAt),
    draftFileId: row.draftFileId ?? null,
    departmentId: row.departmentId,
    status: consultationStatus(row.opensAt, row.closesAt, now),
  };
}
