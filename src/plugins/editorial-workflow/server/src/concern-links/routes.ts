import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/**
 * Items linked to a concern, and the official response drafted from it (admin only). Whoever takes
 * part in the workflow reaches them; the concern's scope (404 outside) and who works on it are decided
 * in the service, as for the concerns themselves.
 */
const use = guarded([PERMISSIONS.useWorkflow]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/concern-link-candidates', handler: 'concern-links.candidates', config: use },
    { method: 'GET', path: '/concerns/:id/links', handler: 'concern-links.find', config: use },
    { method: 'POST', path: '/concerns/:id/links', handler: 'concern-links.create', config: use },
    { method: 'POST', path: '/concerns/:id/response', handler: 'concern-links.draftResponse', config: use },
  ],
};
