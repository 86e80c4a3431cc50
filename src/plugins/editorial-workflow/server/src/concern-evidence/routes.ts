import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/**
 * A concern's screenshots (admin only). Whoever takes part in the workflow reaches them; the
 * concern's scope (404 outside) and who may attach (403) are decided in the service. No delete route:
 * evidence is append-only.
 */
const use = guarded([PERMISSIONS.useWorkflow]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/concerns/:id/screenshots', handler: 'concern-evidence.find', config: use },
    { method: 'POST', path: '/concerns/:id/screenshots', handler: 'concern-evidence.create', config: use },
  ],
};
