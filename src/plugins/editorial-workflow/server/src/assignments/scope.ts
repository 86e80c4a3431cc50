import type { PlanStanding } from '../plan-standing/standing';

/**
 * Who sees what of an assignment (the scope rule of shared/contracts/plan.ts): the Office and the
 * leadership see every part; the members of the commissioning unit see every part; the members of a
 * unit it is given to see their own unit's part only; anyone else does not know it exists (404).
 */
export function seesWholeAssignment(standing: PlanStanding, assignment: { commissionerUnitId: number }): boolean {
  return standing.seesAll || standing.unitIds.includes(assignment.commissionerUnitId);
}

/** The target units whose part the person sees (all of them when they see the whole assignment). */
export function visibleParts<T extends { unitId: number }>(standing: PlanStanding, assignment: { commissionerUnitId: number }, parts: T[]): T[] {
  if (seesWholeAssignment(standing, assignment)) return parts;
  return parts.filter((part) => standing.unitIds.includes(part.unitId));
}

/**
 * The unit in whose name the person commissions (or enters an event): the Office for `plan.manage`,
 * else the department they edit or head; `choose` when they edit in several and named none; null
 * when they may not.
 */
export function commissionerOf(standing: PlanStanding, wanted: number | undefined): number | 'choose' | null {
  const allowed = new Set<number>(standing.departmentIds);
  if (standing.managesPlan && standing.officeUnitId !== null) allowed.add(standing.officeUnitId);
  if (wanted !== undefined) return allowed.has(wanted) ? wanted : null;
  if (standing.managesPlan && standing.officeUnitId !== null) return standing.officeUnitId;
  return standing.departmentIds.length === 1 ? standing.departmentIds[0] : standing.departmentIds.length > 1 ? 'choose' : null;
}
