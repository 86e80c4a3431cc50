import type { DeliveryChannel, ItemChannel } from './channels';

/**
 * Where an item goes and went (issue 18 items 1 and 6): the channels chosen on top of the website,
 * as the queue shows and filters them, the side panel's record of each delivery, the public
 * by-slug's list, and the statistics by channel.
 */

/** The channels chosen per item on top of the website (always on): the queue's badges and its `channel` filter. */
export const CHOSEN_CHANNELS = ['fanpage', 'portal', 'press'] as const satisfies readonly ItemChannel[];
export type ChosenChannel = (typeof CHOSEN_CHANNELS)[number];

/** Short names for a badge. */
export const CHANNEL_BADGES: Record<ChosenChannel, string> = {
  fanpage: 'Fanpage',
  portal: 'Cổng tỉnh',
  press: 'Báo chí',
};

/**
 * An item on one channel, as the side panel shows it:
 * - `delivered`: the channel confirmed the last publication or correction;
 * - `retracted`: it was on the channel and has been taken down (the last delivery was a `retract`);
 * - `not_sent`: marked, nothing confirmed yet ("chưa gửi").
 */
export const ITEM_CHANNEL_STATUSES = ['delivered', 'retracted', 'not_sent'] as const;
export type ItemChannelStatus = (typeof ITEM_CHANNEL_STATUSES)[number];

export const ITEM_CHANNEL_STATUS_LABELS: Record<ItemChannelStatus, string> = {
  delivered: 'Đã đăng',
  retracted: 'Đã gỡ',
  not_sent: 'Chưa gửi',
};

/** One channel of the side panel (`GET /items/:documentId`, `channels`). */
export interface ItemChannelLine {
  channel: DeliveryChannel;
  label: string;
  /** The item is marked for it now (the item's own choice; the webhook: never, it follows the settings). */
  marked: boolean;
  status: ItemChannelStatus;
  statusLabel: string;
  /** The post's address: the fanpage only. */
  url: string | null;
  /** When the channel confirmed the last delivery (or retraction), ISO 8601 UTC. */
  at: string | null;
  /** Who published (the fanpage), by name; an internal view. */
  by: string | null;
}

/** One channel in the public by-slug (`channels`): public fields only, channels the item is on now. */
export interface PublicItemChannel {
  channel: ChosenChannel;
  /** The post's address on the fanpage; null for the portal and the press. */
  url: string | null;
  /** ISO 8601 UTC. */
  at: string;
}

/**
 * The statistics by channel for the period and the unit scope (`GET /stats/channels`): the items
 * published in the period, by channel. `marked`: published and marked for the channel (the website:
 * every one); `delivered`: of those, the channel confirmed (the website: every one, it is published).
 */
export interface ChannelCount {
  channel: ItemChannel;
  label: string;
  marked: number;
  delivered: number;
}

export interface ChannelStats {
  from: string;
  to: string;
  rows: ChannelCount[];
}
