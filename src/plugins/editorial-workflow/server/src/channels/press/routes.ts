import { PERMISSIONS } from '../../../../shared/permissions';
import { guarded } from '../../routes/guarded';

/** The press contacts and the record of the e-mails sent to them: the publisher only (channels.manage). Internal, admin API only. */
const manage = guarded([PERMISSIONS.manageChannels]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/press-contacts', handler: 'press-contacts.find', config: manage },
    { method: 'POST', path: '/press-contacts', handler: 'press-contacts.create', config: manage },
    { method: 'PUT', path: '/press-contacts/:id', handler: 'press-contacts.update', config: manage },
    { method: 'GET', path: '/press-sendings', handler: 'press-contacts.sendings', config: manage },
  ],
};
