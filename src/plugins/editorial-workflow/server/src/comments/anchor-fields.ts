import type { Core } from '@strapi/strapi';
import { ARTICLE } from '../../../shared/uids';

/** Strapi's own bookkeeping on every document: nobody comments on when a row was saved. */
const SYSTEM_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

/**
 * The fields of an item a thread may be anchored to: the item's attributes as its schema declares
 * them now (a field added to the item can be commented on at once), less Strapi's bookkeeping and the
 * hidden ones the editor never sees (`scopeUnitId`).
 */
export function anchorFieldsOf(strapi: Core.Strapi): string[] {
  const attributes = strapi.contentType(ARTICLE).attributes as Record<string, { private?: boolean; visible?: boolean }>;
  return Object.entries(attributes)
    .filter(([name, attribute]) => !SYSTEM_FIELDS.has(name) && attribute.visible !== false && !attribute.private)
    .map(([name]) => name);
}

/** The Vietnamese names of the item's fields, as the edit view shows them (src/field-labels), for the e-mail. */
const FIELD_LABELS: Record<string, string> = {
  title: 'Tiêu đề',
  slug: 'Đường dẫn (slug)',
  summary: 'Sapo (tóm tắt)',
  body: 'Nội dung',
  kind: 'Thể loại',
  cover: 'Ảnh đại diện',
  gallery: 'Ảnh, video kèm theo',
  topics: 'Chủ đề',
  unit: 'Đơn vị',
  byline: 'Tác giả (bút danh)',
  channelWebsite: 'Đăng trên trang thông tin điện tử',
  channelFanpage: 'Đăng trên fanpage',
};

export const fieldLabelOf = (field: string): string => FIELD_LABELS[field] ?? field;
