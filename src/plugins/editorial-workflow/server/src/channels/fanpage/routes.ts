import { PERMISSIONS } from '../../../../shared/permissions';
import { guarded } from '../../routes/guarded';

/** The fanpage's settings: the administrator's (channels.settings) alone; the publishers get a 403. */
const settings = guarded([PERMISSIONS.channelSettings]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/channel-settings/fanpage', handler: 'fanpage-settings.find', config: settings },
    { method: 'PUT', path: '/channel-settings/fanpage', handler: 'fanpage-settings.update', config: settings },
    { method: 'POST', path: '/channel-settings/fanpage/check', handler: 'fanpage-settings.check', config: settings },
  ],
};
