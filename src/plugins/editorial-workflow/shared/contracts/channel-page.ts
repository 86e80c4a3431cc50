import type { DeliveryAction, DeliveryChannel, DeliveryStatus } from './channels';

/** The channels page "Kênh đăng tải" (issue 18 item 2): what its API answers. */

/** Statuses the page lists (cancelled rows are counted, not listed). */
export const LISTED_STATUSES = ['pending', 'done', 'dead'] as const;
export type ListedStatus = (typeof LISTED_STATUSES)[number];

export interface ChannelSummary {
  channel: DeliveryChannel;
  label: string;
  health: { ok: boolean; message: string | null; expiresAt: string | null };
  counts: Record<DeliveryStatus, number>;
}

export interface ChannelsOverviewResponse {
  data: ChannelSummary[];
}

export interface ChannelDeliveryView {
  id: number;
  channel: DeliveryChannel;
  action: DeliveryAction;
  status: DeliveryStatus;
  itemDocumentId: string;
  /** The item's title (its draft's), or null when the item was deleted. */
  itemTitle: string | null;
  attempts: number;
  /** ISO 8601 UTC; while pending, the next attempt (or the end of the lease under way). */
  nextAttemptAt: string | null;
  /** The channel's last error, in Vietnamese. */
  lastError: string | null;
  remoteUrl: string | null;
  createdAt: string;
  doneAt: string | null;
}

export interface ChannelDeliveriesQuery {
  channel?: DeliveryChannel;
  status?: ListedStatus;
  page?: number;
  pageSize?: number;
}

export interface ChannelDeliveriesResponse {
  data: ChannelDeliveryView[];
  meta: { pagination: { page: number; pageSize: number; total: number; pageCount: number } };
}

export interface ChannelDeliveryResponse {
  data: ChannelDeliveryView;
}
