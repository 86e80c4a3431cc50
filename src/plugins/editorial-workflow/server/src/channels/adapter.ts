import type { Core } from '@strapi/strapi';
import type { ChannelItem, DeliveryAction, DeliveryChannel } from '../../../shared/contracts/channels';

/**
 * One channel of the outbox (issue 18 item 7): the relay hands it a row and it delivers, retracts or
 * corrects on its channel, and reports the channel's health. Zalo OA or another platform is one new
 * adapter registered in channels/registry.ts; nothing else changes.
 */
export interface ChannelAdapter {
  channel: DeliveryChannel;
  /** Whether an item with these choices goes to this channel when it is published (read in the publish transaction). */
  selects(item: ItemChannelChoice): boolean;
  /** Puts the item on the channel; resolves once the channel has confirmed, with what identifies it there. */
  deliver(job: DeliveryJob): Promise<DeliveryReceipt>;
  /** Takes the item off the channel (`job.previous` holds what `deliver` returned). */
  retract(job: DeliveryJob): Promise<DeliveryReceipt>;
  /** Carries a correction to what is on the channel. */
  correct(job: DeliveryJob): Promise<DeliveryReceipt>;
  /** Whether the channel can be delivered to now (configured, token valid…), in Vietnamese when not. */
  health(strapi: Core.Strapi): Promise<ChannelHealth>;
}

/** The item's channel fields, as the draft being published holds them. */
export interface ItemChannelChoice {
  channelFanpage?: boolean | null;
  channelPortal?: boolean | null;
  channelPress?: boolean | null;
  /** The item's unit's kind (the associations' monthly works go to the press by default). */
  unitKind?: string | null;
}

export interface DeliveryJob {
  strapi: Core.Strapi;
  /** The outbox row's id: an adapter that must not act twice keys its remote call on it. */
  deliveryId: number;
  action: DeliveryAction;
  /** 1 on the first attempt. */
  attempt: number;
  /** The item's published version; null when the item is no longer online (a retraction). */
  item: ChannelItem | null;
  itemDocumentId: string;
  /** What the last confirmed delivery of this item on this channel returned (for retract and correct). */
  previous: DeliveryReceipt | null;
  /** The person whose publish wrote the row, by admin user id (null for a scheduled publish). */
  actorId: number | null;
}

/** What the channel returned: the remote post's id and address, where it has them. */
export interface DeliveryReceipt {
  remoteId?: string | null;
  remoteUrl?: string | null;
}

export interface ChannelHealth {
  ok: boolean;
  /** Why not, in Vietnamese (shown on the channels page). */
  message?: string;
  /** When a credential runs out (the fanpage's token), ISO 8601 UTC. */
  expiresAt?: string | null;
}

/**
 * A delivery that did not happen, as the adapter judges it. The relay retries `retry` and
 * `rate-limited` rows with exponential backoff (not before `retryAfterMs`), checks `ambiguous` ones
 * (the request may have reached the channel) through the adapter before sending again, and makes
 * `fatal` rows dead at once. The message is the channel's error in Vietnamese, shown to the publisher.
 */
export type DeliveryFailureKind = 'retry' | 'rate-limited' | 'ambiguous' | 'fatal';

export class DeliveryFailure extends Error {
  constructor(
    message: string,
    readonly kind: DeliveryFailureKind,
    readonly retryAfterMs?: number
  ) {
    super(message);
    this.name = 'DeliveryFailure';
  }
}
