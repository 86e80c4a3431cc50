import type { Core } from '@strapi/strapi';
import { CORRECTION } from '../plugins/editorial-workflow/shared/uids';

/** A correction as the public sees it: its note and when it was published, nothing of who wrote it. */
export interface PublicCorrection {
  note: string;
  publishedAt: string;
}

/**
 * The published corrections (đính chính) of these items, oldest first, in one query. A correction
 * still under way (its round not published yet) has no `madePublicAt` and is never read.
 */
export async function publishedCorrections(strapi: Core.Strapi, documentIds: string[]): Promise<Map<string, PublicCorrection[]>> {
  const byItem = new Map<string, PublicCorrection[]>();
  if (documentIds.length === 0) return byItem;
  const rows: Array<{ itemDocumentId: string; note: string; madePublicAt: Date | string }> = await strapi.db.query(CORRECTION).findMany({
    where: { itemDocumentId: { $in: [...new Set(documentIds)] }, madePublicAt: { $notNull: true } },
    select: ['itemDocumentId', 'note', 'madePublicAt'],
    orderBy: [{ madePublicAt: 'asc' }, { id: 'asc' }],
  });
  for (const row of rows) {
    const list = byItem.get(row.itemDocumentId) ?? [];
    list.push({ note: row.note, publishedAt: new Date(row.madePublicAt).toISOString() });
    byItem.set(row.itemDocumentId, list);
  }
  return byItem;
}
