import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/**
 * Editorial comments on an item (admin only). The permission is the workflow's own: whoever takes
 * part in it may comment; which items they may comment on is the item's scope, decided in the
 * controller as for `GET /items/:documentId` (404 outside it). No edit or delete route: comments are
 * append-only in content.
 */
const use = guarded([PERMISSIONS.useWorkflow]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/items/:documentId/comments', handler: 'comments.find', config: use },
    { method: 'POST', path: '/items/:documentId/comments', handler: 'comments.create', config: use },
    { method: 'GET', path: '/items/:documentId/comments/mentionable', handler: 'comments.mentionable', config: use },
    { method: 'POST', path: '/items/:documentId/comments/:commentId/resolve', handler: 'comments.resolve', config: use },
    { method: 'POST', path: '/items/:documentId/comments/:commentId/reopen', handler: 'comments.reopen', config: use },
  ],
};
