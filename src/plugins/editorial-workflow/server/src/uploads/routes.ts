import { UPLOAD_CREATE_ACTION } from '../../../shared/contracts/resumable-uploads';

/**
 * Resumable uploads (tus), admin only, for whoever may upload to the media library: Strapi's own
 * upload permission, not one of the plugin's. Strapi routes have no HEAD method: `ALL` on the
 * upload's address takes HEAD, PATCH and DELETE, and the controller refuses the rest.
 */
const upload = { policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [UPLOAD_CREATE_ACTION] } }] };

export default {
  type: 'admin',
  routes: [
    { method: 'POST', path: '/uploads/tus', handler: 'resumable-uploads.create', config: upload },
    { method: 'GET', path: '/uploads/tus/:uploadId/file', handler: 'resumable-uploads.file', config: upload },
    { method: 'ALL', path: '/uploads/tus/:uploadId', handler: 'resumable-uploads.resume', config: upload },
  ],
};
