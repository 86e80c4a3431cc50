import type { Core } from '@strapi/strapi';
import { PERMISSIONS } from '../../../shared/permissions';
import { isSuperAdmin, type AdminRequestUser } from '../utils/request-user';
import { forbidden } from '../utils/errors';
import { getService } from '../get-service';

/** The departments whose turnaround and backlog a person reads: every one, or these ids. */
export type TurnaroundScope = { all: true } | { all: false; departmentIds: number[] };

interface Ability {
  can(action: string, subject?: unknown): boolean;
}

/**
 * As the statistics page (stats/scope.ts): whoever holds `stats.read-all` (the Sở's leadership,
 * Phòng QLCL, the super admin) reads every department; an editor or a head reads the departments
 * they edit or approve for. Anyone else (an author, a unit head) has no department to measure: 403.
 */
export async function turnaroundScopeOf(strapi: Core.Strapi, user: AdminRequestUser, ability: Ability | undefined): Promise<TurnaroundScope> {
  if (isSuperAdmin(user) || ability?.can(PERMISSIONS.readAllStats)) return { all: true };
  const departmentIds: number[] = await getService(strapi, 'membership').unitIdsOf(user.id, ['editor', 'head']);
  if (departmentIds.length === 0) {
    throw forbidden('Thời gian xử lý và tồn đọng chỉ dành cho Lãnh đạo Sở, Phòng Quản lý Chất lượng và biên tập viên, Trưởng phòng của các phòng chuyên môn.');
  }
  return { all: false, departmentIds };
}
