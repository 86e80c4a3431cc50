import type { Core } from '@strapi/strapi';
import { PERMISSIONS } from '../../../shared/permissions';
import { UNIT } from '../../../shared/uids';
import { getService } from '../get-service';
import { officeUnitIdOf } from '../concerns/office';

const SUPER_ADMIN_CODE = 'strapi-super-admin';

/**
 * What a person is to the plan at work (shared/contracts/plan.ts, the scope rule): whether they see
 * all of it (the Office by `plan.manage`, the leadership by `items.take-down`), the units they belong
 * to, and the departments where they edit or head (who commission coverage and enter events).
 */
export interface PlanStanding {
  userId: number;
  seesAll: boolean;
  /** Holds `plan.manage`: commissions from any unit and enters events in the Office's name. */
  office: boolean;
  officeUnitId: number | null;
  unitIds: number[];
  /** Units of kind `department` where the person is an editor or head. */
  departmentIds: number[];
  /** Units where the person is an author: they write the unit's part. */
  authorUnitIds: number[];
}

export async function planStandingOf(strapi: Core.Strapi, userId: number): Promise<PlanStanding> {
  const [standing, planners, officeUnitId] = await Promise.all([
    getService(strapi, 'membership').standingOf(userId),
    // As the leadership's right is read (services/membership.ts): the super admin's role holds every action and does not count.
    strapi.db.query('admin::role').count({
      where: { users: { id: userId }, code: { $ne: SUPER_ADMIN_CODE }, permissions: { action: PERMISSIONS.managePlan } },
    }),
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
  const office = planners > 0;
  return {
    userId,
    seesAll: office || Boolean(standing.leadership),
    office,
    officeUnitId,
    unitIds,
    departmentIds: departments.map((unit) => unit.id),
    authorUnitIds: unitIds.filter((id) => standing.rolesByUnit.get(id)!.has('author')),
  };
}
