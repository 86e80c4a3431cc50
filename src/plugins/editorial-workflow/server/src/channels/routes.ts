import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/** The channels page "Kênh đăng tải" (admin only): the publisher (channels.manage) follows, retries and cancels. */
const manage = guarded([PERMISSIONS.manageChannels]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/channels', handler: 'channels.overview', config: manage },
    { method: 'GET', path: '/channels/deliveries', handler: 'channels.deliveries', config: manage },
    { method: 'POST', path: '/channels/deliveries/:id/retry', handler: 'channels.retry', config: manage },
    { method: 'POST', path: '/channels/deliveries/:id/cancel', handler: 'channels.cancel', config: manage },
  ],
};
