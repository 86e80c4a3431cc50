import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/**
 * The events to cover (admin only). Whoever takes part in the workflow reaches them; the plan's scope
 * (404 outside) and who enters or edits (the Office, a department's editors and heads) are decided in
 * the service. Coverage from an event is the assignments' route `/plan-events/:id/assignments`.
 */
const use = guarded([PERMISSIONS.useWorkflow]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/plan-events', handler: 'plan-events.find', config: use },
    { method: 'GET', path: '/plan-events/:id', handler: 'plan-events.findOne', config: use },
    { method: 'POST', path: '/plan-events', handler: 'plan-events.create', config: use },
    { method: 'PUT', path: '/plan-events/:id', handler: 'plan-events.update', config: use },
  ],
};
