import { DELIVERY_ACTIONS, DELIVERY_CHANNELS, DELIVERY_STATUSES } from '../../../shared/contracts/channels';
import { hidden } from '../content-types/hidden';

/**
 * The outbox of the channels (issue 18 item 2): one row per channel and action, written in the
 * transaction that publishes, unpublishes or corrects the item, delivered after the commit by the
 * relay (channels/relay.ts) under a lease, retried with backoff, dead after the last attempt.
 */
export const channelDeliveryContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_channel_deliveries',
    info: { singularName: 'channel-delivery', pluralName: 'channel-deliveries', displayName: 'Hàng đợi đăng tải' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      itemDocumentId: { type: 'string', required: true },
      channel: { type: 'enumeration', enum: [...DELIVERY_CHANNELS], required: true },
      action: { type: 'enumeration', enum: [...DELIVERY_ACTIONS], required: true },
      status: { type: 'enumeration', enum: [...DELIVERY_STATUSES], required: true, default: 'pending' },
      attempts: { type: 'integer', required: true, default: 0 },
      /** Not before this time: the backoff, or the lease of the process delivering it now. */
      nextAttemptAt: { type: 'datetime' },
      /** The channel's last error, in Vietnamese. */
      lastError: { type: 'text' },
      remoteId: { type: 'string' },
      remoteUrl: { type: 'string' },
      doneAt: { type: 'datetime' },
      /** Who published (or unpublished, or corrected); null for a scheduled run. */
      actorId: { type: 'integer' },
      /** The correction a `correct` row carries. */
      correctionId: { type: 'integer' },
    },
  },
};

/**
 * Where an item is on a channel (issue 18 item 6): one row per item and channel, written when the
 * channel confirms a delivery. Read by the side panel and the public by-slug (public fields only).
 */
export const itemChannelContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_item_channels',
    info: { singularName: 'item-channel', pluralName: 'item-channels', displayName: 'Kênh đã đăng của tin bài' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      itemDocumentId: { type: 'string', required: true },
      channel: { type: 'enumeration', enum: [...DELIVERY_CHANNELS], required: true },
      /** `documentId:channel`, unique: one row per item and channel even under simultaneous deliveries. */
      itemChannelKey: { type: 'string', required: true, column: { unique: true } },
      lastAction: { type: 'enumeration', enum: [...DELIVERY_ACTIONS], required: true },
      remoteId: { type: 'string' },
      remoteUrl: { type: 'string' },
      deliveredAt: { type: 'datetime', required: true },
      actorId: { type: 'integer' },
    },
  },
};
