import { PERMISSIONS, PLUGIN_ID } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/**
 * The units' plans for the year (admin only; never a content-API route). A unit's author
 * files (the workflow's permission; which units, in the service); the Office (`plan.manage`) sees
 * every unit, exports, and sets each year's due date. Reading takes either right (the service
 * narrows it to one's own units). No delete route.
 */
const read = { policies: ['admin::isAuthenticatedAdmin', `plugin::${PLUGIN_ID}.plan-reader`] };
const file = guarded([PERMISSIONS.useWorkflow]);
const office = guarded([PERMISSIONS.managePlan]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/unit-plans', handler: 'unit-plans.find', config: read },
    { method: 'GET', path: '/unit-plans.xlsx', handler: 'unit-plans.workbook', config: office },
    { method: 'POST', path: '/unit-plans', handler: 'unit-plans.create', config: file },
    { method: 'GET', path: '/unit-plan-deadlines', handler: 'unit-plans.deadlines', config: read },
    { method: 'PUT', path: '/unit-plan-deadlines/:year', handler: 'unit-plans.setDeadline', config: office },
  ],
};
