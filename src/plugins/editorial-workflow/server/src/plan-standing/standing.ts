import type { Core } from '@strapi/strapi';
import { PERMISSIONS } from '../../../shared/permissions';
import { UNIT } from '../../../shared/uids';
import { getService } from '../get-service';
import { officeUnitIdOf } from '../concerns/office';
import { memoInRequest } from '../request-memo';

const SUPER_ADMIN_CODE = 'strapi-super-admin';

/**
 * What a person is to the plan at work (the scope rule of shared/contracts/plan.ts), from their admin
 * roles and memberships: the one reading that assignments, events, guidance and the calendar (and its
 * feed, outside any request) apply.
 */
export interface PlanStanding {
  userId: number;
  /** Holds `plan.manage` (the Office): commissions from any unit, enters events in the Office's name, sends guidance. */
  managesPlan: boolean;
  officeUnitId: number | null;
  /** The Office and the leadership (`items.take-down`) see everything of the plan. */
  seesAll: boolean;
  /** The units the person belongs to, in any role (a department is a unit of kind `department`). */
  unitIds: number[];
  /** Departments where the person edits or heads: they commission coverage, enter events, and see the items routed there. */
  departmentIds: number[];
  /** Units where the person is an author: they write the unit's part of an assignment. */
  authorUnitIds: number[];
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
    const [standing, managesPlan, officeUnitId] = await Promise.all([
      getService(strapi, 'membership').standingOf(userId),
      holds(strapi, userId, PERMISSIONS.managePlan),
      officeUnitIdOf(strapi),
    ]);
    const unitIds = [...standing.rolesByUnit.keys()];
    const editing = unitIds.filter((id) => {
      const roles = standing.rolesByUnit.get(id)!;
      return roles.has('editor') || roles.has('head');
    });
    // Editor and head are department roles only (shared/member-roles.ts); checked again for safety.
    const departments: Array<{ id: number }> = editing.length
      ? await strapi.db.query(UNIT).findMany({ where: { id: { $in: editing }, kind: 'department' }, select: ['id'] })
      : [];
    return {
      userId,
      managesPlan,
      officeUnitId,
      seesAll: managesPlan || Boolean(standing.leadership),
      unitIds,
      departmentIds: departments.map((unit) => unit.id),
      authorUnitIds: unitIds.filter((id) => standing.rolesByUnit.get(id)!.has('author')),
      seesAllItems: standing.isPublisher || Boolean(standing.leadership),
    };
  });
}
