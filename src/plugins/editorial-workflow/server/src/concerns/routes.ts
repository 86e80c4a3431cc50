import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/**
 * The public-opinion and incident desk (admin only). The permission is the workflow's own: whoever
 * takes part in it may file a concern; which concerns they see and work on is decided by membership
 * in the service (404 outside their scope). No delete route, and no edit of a timeline entry.
 */
const use = guarded([PERMISSIONS.useWorkflow]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/concerns', handler: 'concerns.find', config: use },
    { method: 'POST', path: '/concerns', handler: 'concerns.create', config: use },
    // The form's choices: the units a concern may name, and (for those who work on it) who may handle it.
    { method: 'GET', path: '/concerns/units', handler: 'concerns.units', config: use },
    { method: 'GET', path: '/concerns/:id/handlers', handler: 'concerns.handlers', config: use },
    { method: 'GET', path: '/concerns/:id', handler: 'concerns.findOne', config: use },
    { method: 'PUT', path: '/concerns/:id', handler: 'concerns.update', config: use },
    { method: 'POST', path: '/concerns/:id/timeline', handler: 'concerns.addEntry', config: use },
  ],
};
