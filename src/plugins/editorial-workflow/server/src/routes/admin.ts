import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from './guarded';

const use = guarded([PERMISSIONS.useWorkflow]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/items/:documentId', handler: 'items.findOne', config: use },
    { method: 'POST', path: '/items/:documentId/transitions', handler: 'items.transition', config: use },
    // Bulk actions from the queue: each item its own transition, with the single route's scope and rights (server/src/bulk).
    { method: 'POST', path: '/items/bulk-transition', handler: 'bulk.transition', config: use },
    { method: 'GET', path: '/queue', handler: 'queue.find', config: use },
    { method: 'GET', path: '/queue/counts', handler: 'queue.counts', config: use },
    { method: 'GET', path: '/queue/filters', handler: 'queue.filters', config: use },
    { method: 'GET', path: '/queue/unit-items', handler: 'queue.unitItems', config: use },
    { method: 'GET', path: '/notifications', handler: 'notifications.find', config: use },
    { method: 'POST', path: '/notifications/read', handler: 'notifications.markRead', config: use },
    { method: 'GET', path: '/me/memberships', handler: 'memberships.me', config: use },
    { method: 'GET', path: '/home', handler: 'home.summary', config: use },
    { method: 'GET', path: '/memberships', handler: 'memberships.find', config: guarded([PERMISSIONS.readMemberships]) },
    { method: 'POST', path: '/memberships', handler: 'memberships.create', config: guarded([PERMISSIONS.manageMemberships]) },
    { method: 'DELETE', path: '/memberships/:id', handler: 'memberships.delete', config: guarded([PERMISSIONS.manageMemberships]) },
    { method: 'GET', path: '/audit', handler: 'audit.find', config: guarded([PERMISSIONS.readAudit]) },
  ],
};
