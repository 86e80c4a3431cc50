import type { DeliveryChannel } from '../../../shared/contracts/channels';
import type { ChannelAdapter } from './adapter';
import { fanpageAdapter } from './adapters/fanpage';
import { portalAdapter } from './adapters/portal';
import { pressAdapter } from './adapters/press';
import { webhookAdapter } from './adapters/webhook';

/**
 * The outbox's adapters, one per delivery channel: the writer asks each whether an item goes to it,
 * the relay hands it the rows of its channel. A new platform (Zalo OA…) is one adapter here and one
 * name in DELIVERY_CHANNELS.
 */
export const ADAPTERS: Readonly<Record<DeliveryChannel, ChannelAdapter>> = {
  fanpage: fanpageAdapter,
  portal: portalAdapter,
  press: pressAdapter,
  webhook: webhookAdapter,
};

export const adapterOf = (channel: DeliveryChannel): ChannelAdapter => ADAPTERS[channel];
