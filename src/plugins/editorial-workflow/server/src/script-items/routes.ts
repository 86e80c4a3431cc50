import { PLUGIN_ID } from '../../../shared/permissions';

/**
 * Items linked to a communication script (admin only). Whoever sees the script (the Office, the
 * leadership, its owner department) lists them and links an item they see; the scopes are decided in
 * the services (404 outside).
 */
const read = { policies: ['admin::isAuthenticatedAdmin', `plugin::${PLUGIN_ID}.plan-reader`] };

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/comm-scripts/:id/items', handler: 'script-items.find', config: read },
    { method: 'POST', path: '/comm-scripts/:id/items', handler: 'script-items.create', config: read },
  ],
};
