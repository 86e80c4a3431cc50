import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ConsultationPanel, ConsultationSettings, ConsultationSettingsInput } from '../../../shared/contracts/consultations';
import { CONSULTATION, UNIT, UPLOAD_FILE } from '../../../shared/uids';
import { getService } from '../get-service';
import { rolesForItem, placementOf } from '../services/membership';
import { forbidden } from '../utils/errors';
import { announcePublicChange } from '../../../../../public-api';
import { closingDayOf, consultationStatus, consultationWindow, statusLabelOf, vietnamDayOf } from './status';

/** The item's writers set its consultation: its author, or its editor (the Office's or the department's). */
const mayWrite = (roles: Set<string>) => roles.has('author') || roles.has('editor');

/** The draft is a document: the media rules checked the file's signature on upload, its type is read from there. */
const DRAFT_MIMES = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

interface ConsultationRow {
  id: number;
  itemDocumentId: string;
  opensAt: Date | string;
  closesAt: Date | string;
  draftFileId: number | null;
  departmentId: number;
  contactsDeletedAt: Date | string | null;
}

/**
 * A consultation's settings beside its item: read by anyone who sees the item, written by who
 * writes it (its author or editor, the Office's included). Saving drops the public API's cached
 * answers, since the public consultation shows these dates and this draft.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function settingsOf(row: ConsultationRow): Promise<ConsultationSettings> {
    const [department, file] = await Promise.all([
      strapi.db.query(UNIT).findOne({ where: { id: row.departmentId }, select: ['code', 'name'] }),
      row.draftFileId ? strapi.db.query(UPLOAD_FILE).findOne({ where: { id: row.draftFileId }, select: ['id', 'name', 'url', 'mime'] }) : null,
    ]);
    const status = consultationStatus(row.opensAt, row.closesAt);
    return {
      itemDocumentId: row.itemDocumentId,
      opensOn: vietnamDayOf(row.opensAt),
      closesOn: closingDayOf(row.closesAt),
      draftFileId: row.draftFileId ?? null,
      departmentCode: department?.code ?? '',
      status,
      statusLabel: statusLabelOf(status),
      draftFile: file ? { id: file.id, name: file.name, url: file.url, mime: file.mime } : null,
      department: { code: department?.code ?? '', name: department?.name ?? '' },
      contactsDeletedAt: row.contactsDeletedAt ? new Date(row.contactsDeletedAt).toISOString() : null,
    };
  }

  /** The item, as `userId` may see it, and which must be a consultation. */
  async function consultationItem(documentId: string, userId: number) {
    const scoped = await getService(strapi, 'item-view').loadInScope(documentId, userId);
    if (scoped.item.kind !== 'consultation') throw new errors.ValidationError('Tin bài này không phải một đợt lấy ý kiến (thể loại "Lấy ý kiến dự thảo").');
    return scoped;
  }

  return {
    /** The row of an item's consultation, or null (no settings yet). */
    async rowOf(itemDocumentId: string): Promise<ConsultationRow | null> {
      return strapi.db.query(CONSULTATION).findOne({ where: { itemDocumentId } });
    },

    async get(documentId: string, userId: number): Promise<ConsultationPanel> {
      const { item, record, standing } = await consultationItem(documentId, userId);
      const row = await this.rowOf(documentId);
      const departments = await strapi.db.query(UNIT).findMany({ where: { kind: 'department', active: true }, select: ['code', 'name'], orderBy: [{ name: 'asc' }] });
      return { settings: row ? await settingsOf(row) : null, departments, canEdit: mayWrite(rolesForItem(standing, placementOf(item, record))) };
    },

    async save(documentId: string, userId: number, input: ConsultationSettingsInput): Promise<ConsultationSettings> {
      const { item, record, standing } = await consultationItem(documentId, userId);
      if (!mayWrite(rolesForItem(standing, placementOf(item, record)))) {
        throw forbidden('Chỉ người viết hoặc biên tập tin bài này (Văn phòng Sở, phòng chuyên môn) được đặt thời gian và dự thảo lấy ý kiến.');
      }
      const department = await strapi.db.query(UNIT).findOne({ where: { code: input.departmentCode, kind: 'department', active: true }, select: ['id'] });
      if (!department) throw new errors.ValidationError(`Phòng phụ trách "${input.departmentCode}" không phải một phòng chuyên môn của Sở.`);
      if (input.draftFileId !== null) {
        const file = await strapi.db.query(UPLOAD_FILE).findOne({ where: { id: input.draftFileId }, select: ['id', 'mime'] });
        if (!file) throw new errors.ValidationError('Không tìm thấy tệp dự thảo trong thư viện.');
        if (!DRAFT_MIMES.includes(file.mime)) throw new errors.ValidationError('Tệp dự thảo phải là PDF hoặc DOCX.');
      }
      const { opensAt, closesAt } = consultationWindow(input.opensOn, input.closesOn);
      const data = { opensAt, closesAt, draftFileId: input.draftFileId, departmentId: department.id };
      const existing = await this.rowOf(documentId);
      const row = existing
        ? await strapi.db.query(CONSULTATION).update({ where: { id: existing.id }, data })
        : await strapi.db.query(CONSULTATION).create({ data: { itemDocumentId: documentId, ...data } });
      await announcePublicChange(strapi);
      return settingsOf(row);
    },
  };
};
