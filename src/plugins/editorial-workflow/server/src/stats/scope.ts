import type { Core } from '@strapi/strapi';
import { PERMISSIONS } from '../../../shared/permissions';
import { MEMBER_ROLES } from '../../../shared/member-roles';
import { isSuperAdmin, type AdminRequestUser } from '../utils/request-user';
import { UNIT } from '../../../shared/uids';
import { getService } from '../get-service';

/** The units whose statistics a person may read: every unit, or these ids. */
export type StatsScope = { all: true } | { all: false; unitIds: number[] };

interface Ability {
  can(action: string, subject?: unknown): boolean;
}

/**
 * Whoever holds `stats.read-all` (Phòng QLCL, the Sở's leadership; the super admin) reads every
 * unit. Anyone else reads the units they belong to in any membership role (an author's units, a
 * unit head's unit) and, for an editor or a head, their departments and the units whose items go
 * to those departments by default.
 */
export async function statsScopeOf(strapi: Core.Strapi, user: AdminRequestUser, ability: Ability | undefined): Promise<StatsScope> {
  if (isSuperAdmin(user) || ability?.can(PERMISSIONS.readAllStats)) return { all: true };
  const membership = getService(strapi, 'membership');
  const own: number[] = await membership.unitIdsOf(user.id, MEMBER_ROLES);
  const departments: number[] = await membership.unitIdsOf(user.id, ['editor', 'head']);
  const routedHere: Array<{ id: number }> =
    departments.length === 0
      ? []
      : await strapi.db.query(UNIT).findMany({ where: { defaultDepartment: { id: { $in: departments } } }, select: ['id'] });
  return { all: false, unitIds: [...new Set([...own, ...routedHere.map((unit) => unit.id)])] };
}
