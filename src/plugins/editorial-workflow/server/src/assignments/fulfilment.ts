import type { Core } from '@strapi/strapi';
import { ASSIGNMENT_TARGET } from '../../../shared/uids';

/**
 * An item submitted against an assignment fulfils it for its unit: called by the submission itself
 * (workflow/action-handlers.ts), in its transaction, so the part is submitted exactly when the item
 * is. Only the first submission counts: an item returned and sent again keeps its first time.
 */
export async function fulfilAssignments(strapi: Core.Strapi, itemDocumentId: string, now: Date): Promise<void> {
  await strapi.db.query(ASSIGNMENT_TARGET).updateMany({ where: { itemDocumentId, submittedAt: null }, data: { submittedAt: now } });
}
