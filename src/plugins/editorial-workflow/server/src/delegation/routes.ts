import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/**
 * Delegations (admin only). The permission is the workflow's own: who may delegate which role is
 * decided by membership in the service (a head of that department, the publisher), and who may end
 * anyone's delegation by `memberships.manage`, checked in the controller.
 */
const use = guarded([PERMISSIONS.useWorkflow]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/delegations', handler: 'delegation.find', config: use },
    { method: 'GET', path: '/delegations/candidates', handler: 'delegation.candidates', config: use },
    { method: 'POST', path: '/delegations', handler: 'delegation.create', config: use },
    { method: 'POST', path: '/delegations/:id/end', handler: 'delegation.end', config: use },
  ],
};
