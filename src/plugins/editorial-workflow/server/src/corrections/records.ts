import type { Core } from '@strapi/strapi';
import type { Actor } from '../services/item-state';
import { CORRECTION } from '../../../shared/uids';
import { writeDeliveries } from '../channels/writer';

/**
 * The corrections' two writes, both inside a transition's transaction: starting one (its note
 * waits, unpublished, for the end of the round) and making the waiting ones public with the
 * publication that ends the round (by hand or by the scheduler).
 */
export async function startCorrection(strapi: Core.Strapi, documentId: string, note: string, actor: Actor, now: Date): Promise<void> {
  await strapi.db.query(CORRECTION).create({ data: { itemDocumentId: documentId, note, requestedById: actor.id || null, requestedByName: actor.name, createdAt: now } });
}

export async function publishCorrections(strapi: Core.Strapi, documentId: string, now: Date): Promise<void> {
  const waiting: Array<{ id: number }> = await strapi.db.query(CORRECTION).findMany({ where: { itemDocumentId: documentId, madePublicAt: null }, select: ['id'], orderBy: [{ id: 'desc' }] });
  if (waiting.length === 0) return;
  await strapi.db.query(CORRECTION).updateMany({ where: { itemDocumentId: documentId, madePublicAt: null }, data: { madePublicAt: now } });
  // The channels the item is on carry the notes too (channels/writer.ts), in this transaction.
  await writeDeliveries(strapi, { event: 'correct', documentId, now, correctionId: waiting[0].id });
}
