import type { ChannelAdapter } from '../adapter';
import { DeliveryFailure } from '../adapter';
import type { DeliveryChannel } from '../../../../shared/contracts/channels';

/**
 * A channel whose adapter is not written yet: it selects no item, so no row is written for it, and
 * a row that reaches it anyway is dead at once with a reason the publisher can read.
 */
export function notYet(channel: DeliveryChannel): ChannelAdapter {
  const refuse = async (): Promise<never> => {
    throw new DeliveryFailure('Kênh này chưa được cài đặt trên hệ thống.', 'fatal');
  };
  return {
    channel,
    selects: () => false,
    deliver: refuse,
    retract: refuse,
    correct: refuse,
    health: async () => ({ ok: false, message: 'Kênh này chưa được cài đặt trên hệ thống.' }),
  };
}
