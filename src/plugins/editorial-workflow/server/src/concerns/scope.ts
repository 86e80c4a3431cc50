import type { Standing } from '../services/membership';

/** The Office of the Sở (Văn phòng Sở): it receives every concern and works on all of them. */
export const OFFICE_UNIT_CODE = 'SGD-VP';

/** What a person may do with concerns, from their standing (services/membership.ts). */
export interface ConcernScope {
  userId: number;
  /** The Office's members, the publisher (Phòng QLCL) and the leadership see every concern. */
  seesAll: boolean;
  /** The Office's members work on every concern. */
  isOffice: boolean;
  /** The units the person belongs to (any role): they see those units' concerns, and file for them. */
  unitIds: number[];
  /** The departments where the person edits or approves: they see and work on the concerns routed there. */
  departmentIds: number[];
}

export function concernScopeOf(standing: Standing, officeUnitId: number | null): ConcernScope {
  const unitIds = [...standing.rolesByUnit.keys()];
  const departmentIds = unitIds.filter((unitId) => {
    const roles = standing.rolesByUnit.get(unitId)!;
    return roles.has('editor') || roles.has('head');
  });
  const isOffice = officeUnitId !== null && standing.rolesByUnit.has(officeUnitId);
  return { userId: standing.userId, seesAll: isOffice || standing.isPublisher || Boolean(standing.leadership), isOffice, unitIds, departmentIds };
}

/** The facts of a concern that scope depends on. */
export interface ConcernPlacement {
  filingUnitId: number;
  unitIds: number[];
  departmentId: number | null;
}

/** Whether the person may know the concern exists (outside: 404). */
export function canSeeConcern(scope: ConcernScope, concern: ConcernPlacement): boolean {
  if (scope.seesAll) return true;
  if (scope.unitIds.includes(concern.filingUnitId) || concern.unitIds.some((id) => scope.unitIds.includes(id))) return true;
  return concern.departmentId !== null && scope.departmentIds.includes(concern.departmentId);
}

/** Whether the person works on it: the Office, and the responsible department's editors and heads. */
export function canWorkOn(scope: ConcernScope, concern: Pick<ConcernPlacement, 'departmentId'>): boolean {
  return scope.isOffice || (concern.departmentId !== null && scope.departmentIds.includes(concern.departmentId));
}

/** The query engine's filter of the concerns a person sees (undefined: all of them). */
export function scopeWhere(scope: ConcernScope): Record<string, unknown> | undefined {
  if (scope.seesAll) return undefined;
  const or: Array<Record<string, unknown>> = [];
  if (scope.unitIds.length > 0) {
    or.push({ filingUnitId: { $in: scope.unitIds } });
    or.push({ units: { id: { $in: scope.unitIds } } });
  }
  if (scope.departmentIds.length > 0) or.push({ departmentId: { $in: scope.departmentIds } });
  // No unit at all: nothing (an impossible id keeps the query a query).
  return or.length > 0 ? { $or: or } : { id: -1 };
}
