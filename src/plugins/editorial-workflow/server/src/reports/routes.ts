import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/** The periodic reports: the statistics' readers (`stats.read`), narrowed to their units by the controller. */
const config = guarded([PERMISSIONS.readStats]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/reports/figures', handler: 'reports.figures', config },
    { method: 'GET', path: '/reports/file', handler: 'reports.file', config },
  ],
};
