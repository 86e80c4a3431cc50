import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/**
 * A preview link of an item (admin only): whoever may read the item's workflow may ask for one;
 * which items is the item's scope, decided in the controller as for `GET /items/:documentId`. The
 * page the link opens is public and lives outside the admin API (public-page.ts).
 */
export default {
  type: 'admin',
  routes: [{ method: 'POST', path: '/items/:documentId/preview-link', handler: 'preview.createLink', config: guarded([PERMISSIONS.useWorkflow]) }],
};
