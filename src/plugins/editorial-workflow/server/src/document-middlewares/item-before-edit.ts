import type { Core } from '@strapi/strapi';
import type { ItemDraft } from '../services/item-content';
import type { ItemStateRow } from '../services/item-state';
import { getService } from '../get-service';
import { documentIdOf, type DocumentContext } from './context';

export interface ItemBeforeEdit {
  documentId: string;
  before: ItemDraft;
  record: ItemStateRow;
}

const loaded = new WeakMap<DocumentContext, Promise<ItemBeforeEdit | null>>();

/**
 * The item an update is about to change, with its state row, read once per Document Service call:
 * the scope check and the edit-voids-approval rule both need it, and share the one `ctx` of the call.
 * Null when the call names no existing item.
 */
export function itemBeforeEdit(strapi: Core.Strapi, ctx: DocumentContext): Promise<ItemBeforeEdit | null> {
  let found = loaded.get(ctx);
  if (!found) {
    found = (async () => {
      const documentId = documentIdOf(ctx);
      const before = documentId ? await getService(strapi, 'item-content').loadDraft(documentId) : null;
      if (!documentId || !before) return null;
      return { documentId, before, record: await getService(strapi, 'item-state').recordOf(documentId) };
    })();
    loaded.set(ctx, found);
  }
  return found;
}
