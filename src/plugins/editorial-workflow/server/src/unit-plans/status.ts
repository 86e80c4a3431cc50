import type { UnitPlanStatus } from '../../../shared/contracts/unit-plans';
import { dateOfDay, dayNumber, vnStartOf } from '../../../shared/periods';

/** The instant the day after `dueOn` begins in Vietnam: a first filing before it is on time. */
export const dueEndOf = (dueOn: string): Date => vnStartOf(dateOfDay(dayNumber(dueOn) + 1));

/**
 * A unit's plan of a year, judged as the monthly report is: by its first filing (a refiling keeps
 * it), against the end of the due day in Vietnam time. A year without a due date has nothing to be
 * late for: what is filed is on time, and nothing is overdue. Pure: the clock is a parameter.
 */
export function judgeUnitPlan(firstFiledAt: Date | null, dueOn: string | null, now: Date): { status: UnitPlanStatus; overdue: boolean } {
  const end = dueOn === null ? null : dueEndOf(dueOn);
  if (firstFiledAt === null) return { status: 'missing', overdue: end !== null && now.getTime() >= end.getTime() };
  return { status: end === null || firstFiledAt.getTime() < end.getTime() ? 'on-time' : 'late', overdue: false };
}
