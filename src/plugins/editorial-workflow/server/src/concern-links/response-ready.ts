import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ItemDraft } from '../services/item-content';
import { CONCERN_LINK } from '../../../shared/uids';
import { officeUnitIdOf } from '../concerns/office';

/**
 * What an official response needs before it goes to the leadership, checked inside the submission
 * itself (not only by the form): it is the Office's, and it answers a concern of the register. A unit
 * that set the kind on its own item would otherwise skip its department.
 */
export async function assertResponseReady(strapi: Core.Strapi, item: ItemDraft): Promise<void> {
  const office = await officeUnitIdOf(strapi);
  if (office === null || item.unitId !== office) {
    throw new errors.ValidationError('Phản hồi chính thức / thông cáo chỉ do Văn phòng Sở soạn và gửi: tin bài của đơn vị khác hãy chọn loại tin khác.');
  }
  const linked = await strapi.db.query(CONCERN_LINK).count({ where: { itemDocumentId: item.documentId, purpose: 'response' } });
  if (linked === 0) {
    throw new errors.ValidationError('Phản hồi chính thức phải gắn với một vấn đề dư luận: hãy soạn nó từ trang "Dư luận & sự cố" (nút "Soạn phản hồi chính thức").');
  }
}
