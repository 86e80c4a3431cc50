import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from './guarded';

/** The unit network page and the directory (admin only; none of it is in the public API). */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/network/units', handler: 'network.units', config: guarded([PERMISSIONS.readNetwork]) },
    { method: 'GET', path: '/network/units/:id', handler: 'network.unit', config: guarded([PERMISSIONS.readNetwork]) },
    { method: 'PUT', path: '/network/units/:id/contact', handler: 'network.updateContact', config: guarded([PERMISSIONS.manageNetwork]) },
    { method: 'GET', path: '/network/users', handler: 'network.users', config: guarded([PERMISSIONS.manageMemberships]) },
    { method: 'GET', path: '/directory', handler: 'directory.find', config: guarded([PERMISSIONS.readDirectory]) },
    { method: 'GET', path: '/directory/export', handler: 'directory.export', config: guarded([PERMISSIONS.readDirectory]) },
  ],
};
