import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/** The overview "Tổng quan" (admin): `overview.read`; the controller narrows the figures to the caller's scope. */
export default {
  type: 'admin',
  routes: [{ method: 'GET', path: '/overview', handler: 'overview.show', config: guarded([PERMISSIONS.readOverview]) }],
};
