import { PERMISSIONS } from '../../../shared/permissions';

/** The statistics (admin): an admin session and `stats.read`; the controller narrows to the caller's units. */
const config = {
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [PERMISSIONS.readStats] } }],
};

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/stats/compliance', handler: 'stats.compliance', config },
    { method: 'GET', path: '/stats/ranking', handler: 'stats.ranking', config },
    { method: 'GET', path: '/stats/report-status', handler: 'stats.reportStatus', config },
    { method: 'GET', path: '/stats/export', handler: 'stats.export', config },
  ],
};
