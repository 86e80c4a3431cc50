import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/**
 * The phone app's API ("Gửi tin", shared/contracts/send-app.ts). The workflow's permission, like the
 * item routes: which items a person sees and writes is decided by membership and by their
 * content-manager rights in the service, and below it by the Document Service's middlewares.
 */
const use = guarded([PERMISSIONS.useWorkflow]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/send/options', handler: 'send-app.options', config: use },
    { method: 'GET', path: '/send/items', handler: 'send-app.find', config: use },
    { method: 'POST', path: '/send/items', handler: 'send-app.create', config: use },
    { method: 'GET', path: '/send/items/:documentId', handler: 'send-app.findOne', config: use },
    { method: 'PUT', path: '/send/items/:documentId', handler: 'send-app.update', config: use },
    { method: 'POST', path: '/send/items/:documentId/submit', handler: 'send-app.submit', config: use },
  ],
};
