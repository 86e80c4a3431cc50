/**
 * Channels beyond the website (issue 18): the shapes the item's channel choice, the outbox, the
 * relay, the adapters, the channels page and the public record of where an item went share.
 * Each feature's own request and response shapes live next to it (`contracts/channel-*.ts`).
 */

/** The channels an item is marked for. The website is always on; the others are chosen when drafting. */
export const ITEM_CHANNELS = ['website', 'fanpage', 'portal', 'press'] as const;
export type ItemChannel = (typeof ITEM_CHANNELS)[number];

/** The article's boolean field of each channel. */
export const ITEM_CHANNEL_FIELDS = {
  website: 'channelWebsite',
  fanpage: 'channelFanpage',
  portal: 'channelPortal',
  press: 'channelPress',
} as const satisfies Record<ItemChannel, string>;

/**
 * The channels the outbox delivers to: each has an adapter (channels/adapters/). `webhook` is the
 * generic signed webhook (another system of the province), on for every published item once
 * CHANNEL_WEBHOOK_URL is set; the others follow the item's own choice.
 */
export const DELIVERY_CHANNELS = ['fanpage', 'portal', 'press', 'webhook'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export const CHANNEL_LABELS: Record<ItemChannel | DeliveryChannel, string> = {
  website: 'Trang thông tin điện tử của Sở',
  fanpage: 'Fanpage Facebook ngành GDĐT',
  portal: 'Cổng thông tin điện tử tỉnh',
  press: 'Báo chí',
  webhook: 'Hệ thống khác (webhook)',
};

/** What a row of the outbox asks of a channel: the item went online, came offline, or was corrected. */
export const DELIVERY_ACTIONS = ['publish', 'retract', 'correct'] as const;
export type DeliveryAction = (typeof DELIVERY_ACTIONS)[number];

export const DELIVERY_ACTION_LABELS: Record<DeliveryAction, string> = {
  publish: 'Đăng',
  retract: 'Gỡ',
  correct: 'Đính chính',
};

/**
 * A row's status: `pending` (waiting or between attempts; a lease keeps other processes off it while
 * one delivers), `done` (the channel confirmed), `dead` (the last attempt failed; visible, can be
 * retried by hand), `cancelled` (the publisher gave it up).
 */
export const DELIVERY_STATUSES = ['pending', 'done', 'dead', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, string> = {
  pending: 'Đang chờ gửi',
  done: 'Đã gửi',
  dead: 'Gửi không được',
  cancelled: 'Đã huỷ',
};

/**
 * What an adapter is given of an item: its published version as the website shows it (public fields
 * only). `url` is the item's address on the website (PUBLIC_URL + the site's path of its slug).
 */
export interface ChannelItem {
  documentId: string;
  title: string;
  slug: string;
  summary: string | null;
  /** The body as plain paragraphs (blocks flattened), for an e-mail or a feed. */
  text: string;
  url: string;
  coverUrl: string | null;
  photoUrls: string[];
  unitName: string | null;
  /** ISO 8601, UTC. */
  publishedAt: string;
  /** The public note of the correction a `correct` row carries. */
  correctionNote?: string | null;
}

/** Where an item went on one channel (the side panel, the public by-slug): the record a delivery leaves. */
export interface ItemChannelRecord {
  channel: DeliveryChannel;
  /** The post's address (the fanpage); null for the portal and the press. */
  url: string | null;
  /** When the channel confirmed the last delivery, ISO 8601 UTC. */
  at: string | null;
  /** Who published it (the fanpage), by display name; internal views only. */
  by?: string | null;
  /** The last action delivered: after a `retract` the item is no longer on the channel. */
  action: DeliveryAction;
}
