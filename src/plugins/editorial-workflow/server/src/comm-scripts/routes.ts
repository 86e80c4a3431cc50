import { PERMISSIONS, PLUGIN_ID } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/**
 * Communication scripts (admin only; never a content-API route). The Office writes them
 * (`plan.manage`); reading takes the workflow's permission or `plan.manage`, and the service narrows
 * it to the owner department's members (404 outside). No delete route: a script is rewritten.
 */
const read = { policies: ['admin::isAuthenticatedAdmin', `plugin::${PLUGIN_ID}.plan-reader`] };
const write = guarded([PERMISSIONS.managePlan]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/comm-scripts', handler: 'comm-scripts.find', config: read },
    { method: 'POST', path: '/comm-scripts', handler: 'comm-scripts.create', config: write },
    { method: 'GET', path: '/comm-scripts/choices', handler: 'comm-scripts.choices', config: write },
    { method: 'GET', path: '/comm-scripts/:id', handler: 'comm-scripts.findOne', config: read },
    { method: 'PUT', path: '/comm-scripts/:id', handler: 'comm-scripts.update', config: write },
  ],
};
