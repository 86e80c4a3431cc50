import type { ActingRole } from '../../../shared/state-machine';
import type { DelegableRole } from '../../../shared/contracts/delegation';
import type { ItemPlacement } from '../services/membership';

/** A role a person holds today by someone's delegation, not by a membership of their own. */
export interface DelegatedRole {
  delegationId: number;
  role: DelegableRole;
  unitId: number;
  delegatorId: number;
  delegatorName: string;
}

/**
 * The delegation behind an action taken in `role` on an item, if the person holds that role there
 * only by delegation: then the history records the action "on behalf of" the delegator. A role held
 * in one's own right is never "on behalf of" anyone (standing.delegations lists only added roles).
 */
export function delegationBehind(delegations: readonly DelegatedRole[] | undefined, role: ActingRole, item: ItemPlacement): DelegatedRole | undefined {
  if (!delegations || delegations.length === 0) return undefined;
  if (role === 'head') return delegations.find((delegation) => delegation.role === 'head' && delegation.unitId === item.departmentId);
  if (role === 'publisher') return delegations.find((delegation) => delegation.role === 'publisher');
  return undefined;
}
