import type { PermissionName } from '../../../shared/permissions';

/** Every admin route needs an admin session and a permission named once in shared/permissions.ts. */
export const guarded = (actions: PermissionName[]) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions } }],
});
