import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/** The reason categories (whoever takes part in the workflow chooses one), and the returns by category (the statistics' readers, narrowed to their units). */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/reason-categories', handler: 'reason-categories.find', config: guarded([PERMISSIONS.useWorkflow]) },
    { method: 'GET', path: '/stats/returns', handler: 'reason-categories.returns', config: guarded([PERMISSIONS.readStats]) },
  ],
};
