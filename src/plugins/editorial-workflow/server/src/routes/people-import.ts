import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from './guarded';

/** The import of people from the network page (the CLI's `import:people`, over HTTP). */
export default {
  type: 'admin',
  routes: [{ method: 'POST', path: '/network/people-import', handler: 'people-import.run', config: guarded([PERMISSIONS.manageNetwork]) }],
};
