import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/**
 * An item's snapshots and the changes between two of them, or between one and the draft (admin
 * only). Whoever may read the item's workflow may read its versions: which items is the item's
 * scope, decided in the controller as for `GET /items/:documentId` (404 outside it). No write route:
 * snapshots are written by the transitions and are append-only.
 */
const use = guarded([PERMISSIONS.useWorkflow]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/items/:documentId/snapshots', handler: 'snapshots.find', config: use },
    { method: 'GET', path: '/items/:documentId/snapshots/diff', handler: 'snapshots.diff', config: use },
  ],
};
