import type { Core } from '@strapi/strapi';
import { PERMISSIONS, PLUGIN_ID } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

type Ctx = Parameters<Core.MiddlewareHandler>[0];
type Ability = { can(action: string): boolean };

/** Whether the person holds `reports.receive` (the Office), by their admin rights as Strapi built them for the request. */
export const receivesReports = (ctx: Ctx): boolean => Boolean((ctx.state.userAbility as Ability | undefined)?.can(PERMISSIONS.receiveReports));

/**
 * Reading takes either right: a unit's people read their units' reports through the workflow's
 * permission, the Office (whose admin role may hold only `reports.receive`) reads them all. Strapi's
 * `admin::hasPermissions` asks for every action listed, hence this policy of the plugin's own
 * (registered in the plugin's index as `reports-reader`).
 */
export const reportsReader = (ctx: Ctx): boolean => {
  const ability = ctx.state.userAbility as Ability | undefined;
  return Boolean(ability && (ability.can(PERMISSIONS.useWorkflow) || ability.can(PERMISSIONS.receiveReports)));
};
const workflowOrOffice = { policies: ['admin::isAuthenticatedAdmin', `plugin::${PLUGIN_ID}.reports-reader`] };
const file = guarded([PERMISSIONS.useWorkflow]);
const receive = guarded([PERMISSIONS.receiveReports]);

/**
 * The structured monthly opinion report (admin only; never a content-API route). Units file and
 * refile (their membership decides which units, in the service); the Office acknowledges or returns.
 * No delete route.
 */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/opinion-reports', handler: 'opinion-reports.find', config: workflowOrOffice },
    { method: 'POST', path: '/opinion-reports', handler: 'opinion-reports.create', config: file },
    { method: 'GET', path: '/opinion-reports/:documentId', handler: 'opinion-reports.findOne', config: workflowOrOffice },
    { method: 'PUT', path: '/opinion-reports/:documentId', handler: 'opinion-reports.update', config: file },
    { method: 'POST', path: '/opinion-reports/:documentId/acknowledge', handler: 'opinion-reports.acknowledge', config: receive },
    { method: 'POST', path: '/opinion-reports/:documentId/return', handler: 'opinion-reports.returnReport', config: receive },
  ],
};
