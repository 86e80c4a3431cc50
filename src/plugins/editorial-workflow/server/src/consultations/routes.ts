import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/**
 * A consultation's settings (admin only): whoever takes part in the workflow; the service decides
 * scope (404 outside it) and that only the item's author or editor writes.
 */
const use = guarded([PERMISSIONS.useWorkflow]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/consultations/:documentId', handler: 'consultations.findOne', config: use },
    { method: 'PUT', path: '/consultations/:documentId', handler: 'consultations.update', config: use },
  ],
};
