import type { Core } from '@strapi/strapi';
import { PERMISSIONS } from '../../../shared/permissions';
import { getService } from '../get-service';
import { memoInRequest } from '../request-memo';

const SUPER_ADMIN_CODE = 'strapi-super-admin';

/**
 * What of the plan a person sees (the scope rule of shared/contracts/plan.ts), from their admin
 * roles and memberships. Guidance and the calendar (and its feed, outside any request) read it.
 */
export interface PlanStanding {
  userId: number;
  /** Holds `plan.manage` (the Office): sends guidance, sees its receipts. */
  managesPlan: boolean;
  /** The Office and the leadership (`items.take-down`) see everything of the plan. */
  seesAll: boolean;
  /** The units the person belongs to, in any role (a department is a unit of kind `department`). */
  unitIds: number[];
  /** Of those, the departments where they edit or head: the items routed there are theirs to see. */
  itemDepartmentIds: number[];
  /** The leadership and the publisher see every submitted item (the item scope, services/membership.ts canSee). */
  seesAllItems: boolean;
}

/**
 * Whether one of the person's admin roles grants `action`. Not the super admin's role, whose rights
 * rows Strapi fills with every action (as services/membership.ts decides the leadership): the
 * administrator runs the system, not the plan.
 */
async function holds(strapi: Core.Strapi, userId: number, action: string): Promise<boolean> {
  const count = await strapi.db.query('admin::role').count({ where: { users: { id: userId }, code: { $ne: SUPER_ADMIN_CODE }, permissions: { action } } });
  return count > 0;
}

export function planStandingOf(strapi: Core.Strapi, userId: number): Promise<PlanStanding> {
  return memoInRequest(`plan-standing:${userId}`, async () => {
    const [standing, managesPlan] = await Promise.all([getService(strapi, 'membership').standingOf(userId), holds(strapi, userId, PERMISSIONS.managePlan)]);
    const unitIds = [...standing.rolesByUnit.keys()];
    const itemDepartmentIds = unitIds.filter((id) => {
      const roles = standing.rolesByUnit.get(id)!;
      return roles.has('editor') || roles.has('head');
    });
    return { userId, managesPlan, seesAll: managesPlan || Boolean(standing.leadership), unitIds, itemDepartmentIds, seesAllItems: standing.isPublisher || Boolean(standing.leadership) };
  });
}
