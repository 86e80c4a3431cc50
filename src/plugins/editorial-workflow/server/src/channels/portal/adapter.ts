import type { ChannelAdapter, DeliveryJob, DeliveryReceipt } from '../adapter';
import { DeliveryFailure } from '../adapter';
import { lastPayloadOf, recordPortalEntry } from './entries';
import { portalPayloadOf, removalPayloadOf } from './payload';

/**
 * The provincial portal (issue 18 item 4). The portal pulls: it reads our feeds
 * (/api/portal/feed.rss, /api/portal/feed.json). Delivering a row is therefore writing the feed's
 * entry, which the portal reads on its next poll; the receipt names the entry. Nothing is pushed,
 * so the channel is always reachable (health ok).
 */
async function record(job: DeliveryJob): Promise<DeliveryReceipt> {
  const { strapi, action, itemDocumentId } = job;
  let payload;
  if (action === 'retract') {
    payload = removalPayloadOf(itemDocumentId, await lastPayloadOf(strapi, itemDocumentId), job.item);
  } else {
    if (!job.item) throw new DeliveryFailure('Tin bài không còn được đăng trên trang của Sở: không đưa được vào nguồn tin của Cổng thông tin tỉnh.', 'fatal');
    payload = portalPayloadOf(job.item);
  }
  const { id } = await recordPortalEntry(strapi, { itemDocumentId, action, payload, deliveryId: job.deliveryId });
  return { remoteId: String(id), remoteUrl: null };
}

export const portalAdapter: ChannelAdapter = {
  channel: 'portal',
  selects: (item) => item.channelPortal === true,
  deliver: record,
  correct: record,
  retract: record,
  health: async () => ({ ok: true }),
};
