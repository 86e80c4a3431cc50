import type { PlanStanding } from '../plan-standing/standing';

/** The facts of an event that scope depends on. */
export interface EventPlacement {
  ownerUnitId: number;
  /** The responsible department of its topic, if any. */
  topicDepartmentId: number | null;
  /** The units given an assignment made from it. */
  assignedUnitIds: number[];
}

/**
 * Who sees an event (shared/contracts/plan.ts): the Office and the leadership; the members of its
 * owner unit, of the responsible department of its topic, and of the units with an assignment made
 * from it. Outside that, 404.
 */
export function canSeeEvent(standing: PlanStanding, event: EventPlacement): boolean {
  if (standing.seesAll) return true;
  const mine = (unitId: number | null) => unitId !== null && standing.unitIds.includes(unitId);
  return mine(event.ownerUnitId) || mine(event.topicDepartmentId) || event.assignedUnitIds.some(mine);
}

/** Who edits it and commissions coverage from it: the Office, and the owner's editors and heads. */
export function canEditEvent(standing: PlanStanding, event: Pick<EventPlacement, 'ownerUnitId'>): boolean {
  return standing.managesPlan || standing.departmentIds.includes(event.ownerUnitId);
}
