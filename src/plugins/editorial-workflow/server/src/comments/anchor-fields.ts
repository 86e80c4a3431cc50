import type { Core } from '@strapi/strapi';
import { ARTICLE } from '../../../shared/uids';
import { ITEM_FIELD_LABELS } from '../../../shared/item-field-labels';

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

/** A field's Vietnamese name for the e-mail; a field added later shows its own name. */
export const fieldLabelOf = (field: string): string => ITEM_FIELD_LABELS[field] ?? field;
