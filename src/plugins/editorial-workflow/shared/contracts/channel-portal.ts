import type { ChannelItem, DeliveryAction } from './channels';

/**
 * The provincial portal's feed (issue 18 item 4): what one entry keeps of the item, public fields
 * only. Picked field by field from the ChannelItem (portal/payload.ts), never spread from it, so a
 * field added to ChannelItem later does not reach the public feed unless it is named here.
 */
export type PortalPayload = Pick<ChannelItem, 'documentId' | 'title' | 'slug' | 'summary' | 'text' | 'url' | 'coverUrl' | 'photoUrls' | 'unitName' | 'publishedAt' | 'correctionNote'>;

/** One entry of the feed as the renderers read it: the action delivered, when, and the item as it was then. */
export interface PortalFeedEntry {
  id: number;
  action: DeliveryAction;
  /** ISO 8601 UTC: when the relay delivered it to the portal. */
  at: string;
  payload: PortalPayload;
  /**
   * Whether the item is still on the portal (its last entry is not a removal). Entries of a removed
   * item carry no content any more: what was taken down is not kept public by the feed.
   */
  current: boolean;
}

/** The portal feeds' RSS category of each action (a machine word) and its Vietnamese label. */
export const PORTAL_ACTION_CATEGORY: Record<DeliveryAction, { term: string; label: string }> = {
  publish: { term: 'published', label: 'Đăng mới' },
  correct: { term: 'corrected', label: 'Đính chính' },
  retract: { term: 'removed', label: 'Đã gỡ' },
};

/** NINJS `pubstatus` of each action: a removal is `canceled`. */
export const PORTAL_PUBSTATUS: Record<DeliveryAction, 'usable' | 'canceled'> = {
  publish: 'usable',
  correct: 'usable',
  retract: 'canceled',
};
