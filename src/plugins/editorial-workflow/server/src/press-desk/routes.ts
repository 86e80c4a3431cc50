import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';
import { readsInquiries } from './reader';

const manage = guarded([PERMISSIONS.manageInquiries]);

/**
 * The press desk (admin only; never a content-API route): the Office keeps the spokesperson register
 * and the inquiries' log; the leadership reads; a registered spokesperson approves (the register
 * decides, in the service: 403 for anyone else). No delete route: a spokesperson's entry is ended.
 */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/spokespeople', handler: 'press-desk.spokespeople', config: readsInquiries },
    { method: 'GET', path: '/spokespeople/candidates', handler: 'press-desk.candidates', config: manage },
    { method: 'POST', path: '/spokespeople', handler: 'press-desk.addSpokesperson', config: manage },
    { method: 'PUT', path: '/spokespeople/:id', handler: 'press-desk.updateSpokesperson', config: manage },
    { method: 'GET', path: '/press-inquiries', handler: 'press-desk.find', config: readsInquiries },
    { method: 'POST', path: '/press-inquiries', handler: 'press-desk.create', config: manage },
    { method: 'GET', path: '/press-inquiries/:id', handler: 'press-desk.findOne', config: readsInquiries },
    { method: 'PUT', path: '/press-inquiries/:id', handler: 'press-desk.update', config: manage },
    { method: 'POST', path: '/press-inquiries/:id/approve', handler: 'press-desk.approve', config: readsInquiries },
    { method: 'POST', path: '/press-inquiries/:id/send', handler: 'press-desk.send', config: manage },
    { method: 'POST', path: '/press-inquiries/:id/response', handler: 'press-desk.toResponse', config: manage },
  ],
};
