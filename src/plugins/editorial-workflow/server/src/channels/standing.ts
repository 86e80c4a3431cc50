import type { Core } from '@strapi/strapi';
import type { DeliveryAction, DeliveryChannel } from '../../../shared/contracts/channels';
import { CHANNEL_DELIVERY, ITEM_CHANNEL } from '../../../shared/uids';

/**
 * Whether an item is on each channel, as far as the outbox knows: the newest row still waiting or
 * confirmed decides (a pending publish counts as on, a pending retract as off); with none, the
 * item-channel record left by the last confirmed delivery. Dead and cancelled rows changed nothing
 * on the channel, so they do not count.
 */
export async function channelsOn(strapi: Core.Strapi, documentId: string): Promise<Set<DeliveryChannel>> {
  const rows: Array<{ channel: DeliveryChannel; action: DeliveryAction }> = await strapi.db.query(CHANNEL_DELIVERY).findMany({
    where: { itemDocumentId: documentId, status: { $in: ['pending', 'done'] } },
    select: ['channel', 'action'],
    orderBy: [{ id: 'desc' }],
  });
  const decided = new Map<DeliveryChannel, boolean>();
  for (const row of rows) if (!decided.has(row.channel)) decided.set(row.channel, row.action !== 'retract');
  const records: Array<{ channel: DeliveryChannel; lastAction: DeliveryAction }> = await strapi.db.query(ITEM_CHANNEL).findMany({
    where: { itemDocumentId: documentId },
    select: ['channel', 'lastAction'],
  });
  for (const record of records) if (!decided.has(record.channel)) decided.set(record.channel, record.lastAction !== 'retract');
  return new Set([...decided].filter(([, on]) => on).map(([channel]) => channel));
}
