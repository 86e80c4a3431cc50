import { useAuth } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../../../shared/permissions';

/**
 * What the person may do on the network page. The server decides every request; this only hides
 * what would be refused. (useRBAC names actions by their last word: `network.manage` and
 * `memberships.manage` would both be `canManage`.)
 */
export function useNetworkPermissions() {
  const permissions = useAuth('NetworkPage', (state) => state.permissions);
  const has = (action: string) => permissions.some((permission) => permission.action === action);
  return {
    manageNetwork: has(PERMISSIONS.manageNetwork),
    manageMemberships: has(PERMISSIONS.manageMemberships),
    readDirectory: has(PERMISSIONS.readDirectory),
  };
}
