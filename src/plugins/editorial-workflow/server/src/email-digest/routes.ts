import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/** The caller's e-mail preference (admin only): whoever takes part in the workflow gets its notifications. */
const use = guarded([PERMISSIONS.useWorkflow]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/notifications/preference', handler: 'email-digest.find', config: use },
    { method: 'PUT', path: '/notifications/preference', handler: 'email-digest.update', config: use },
  ],
};
