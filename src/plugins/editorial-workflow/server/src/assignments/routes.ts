import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/**
 * Assignments (admin only). Whoever takes part in the workflow reaches them; the plan's scope (404
 * outside, a unit sees its own part) and who commissions (the Office, a department's editors and
 * heads) or writes (the unit's authors) are decided in the service.
 */
const use = guarded([PERMISSIONS.useWorkflow]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/assignments', handler: 'assignments.find', config: use },
    { method: 'GET', path: '/assignment-choices', handler: 'assignments.choices', config: use },
    { method: 'GET', path: '/assignments/:id', handler: 'assignments.findOne', config: use },
    { method: 'POST', path: '/assignments', handler: 'assignments.create', config: use },
    { method: 'POST', path: '/plan-events/:id/assignments', handler: 'assignments.fromEvent', config: use },
    { method: 'POST', path: '/assignments/:id/draft', handler: 'assignments.draft', config: use },
  ],
};
