import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/**
 * Guidance (admin only). Whoever takes part in the workflow reads the notes sent to their units (404
 * for any other); the Office (plan.manage) sends them, sees who has read and reminds.
 */
const use = guarded([PERMISSIONS.useWorkflow]);
const manage = guarded([PERMISSIONS.managePlan]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/guidance', handler: 'guidance.find', config: use },
    { method: 'POST', path: '/guidance', handler: 'guidance.create', config: manage },
    { method: 'GET', path: '/guidance/units', handler: 'guidance.units', config: manage },
    { method: 'GET', path: '/guidance/:id', handler: 'guidance.findOne', config: use },
    { method: 'POST', path: '/guidance/:id/read', handler: 'guidance.read', config: use },
    { method: 'GET', path: '/guidance/:id/receipts', handler: 'guidance.receipts', config: manage },
    { method: 'POST', path: '/guidance/:id/remind', handler: 'guidance.remind', config: manage },
  ],
};
