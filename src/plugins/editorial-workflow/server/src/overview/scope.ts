import type { Core } from '@strapi/strapi';
import { statsScopeOf, type StatsScope } from '../stats/scope';
import { isSuperAdmin, type AdminRequestUser } from '../utils/request-user';
import { PERMISSIONS } from '../../../shared/permissions';
import { getService } from '../get-service';

/** What a person's overview counts: units (as the statistics), and departments (as the turnaround), or none of those. */
export interface OverviewScope {
  units: StatsScope;
  /** Every department (undefined), these, or null: no department to measure, the turnaround is left out. */
  departmentIds: number[] | undefined | null;
}

interface Ability {
  can(action: string, subject?: unknown): boolean;
}

/**
 * The route lets in whoever holds `overview.read` (the leadership and the Office, Phòng QLCL, a unit
 * head). What they see follows the statistics' scope (stats/scope.ts): `stats.read-all` sees every
 * unit and department; anyone else their own units (a unit head: their unit), and the turnaround of
 * the departments where they edit or approve, none otherwise.
 */
export async function overviewScopeOf(strapi: Core.Strapi, user: AdminRequestUser, ability: Ability | undefined): Promise<OverviewScope> {
  const units = await statsScopeOf(strapi, user, ability);
  if (units.all || isSuperAdmin(user) || ability?.can(PERMISSIONS.readAllStats)) return { units, departmentIds: undefined };
  const departments: number[] = await getService(strapi, 'membership').unitIdsOf(user.id, ['editor', 'head']);
  return { units, departmentIds: departments.length > 0 ? departments : null };
}
