import type { Standing } from '../services/membership';

/** What a person may do with a consultation's feedback, from their standing (services/membership.ts). */
export interface FeedbackScope {
  userId: number;
  /** The Office (Văn phòng Sở) and the leadership read every consultation's feedback. */
  readsAll: boolean;
  /** The departments where the person edits or approves: they handle the feedback of their consultations. */
  departmentIds: number[];
}

export function feedbackScopeOf(standing: Standing, officeUnitId: number | null): FeedbackScope {
  const departmentIds = [...standing.rolesByUnit.entries()].filter(([, roles]) => roles.has('editor') || roles.has('head')).map(([unitId]) => unitId);
  const isOffice = officeUnitId !== null && standing.rolesByUnit.has(officeUnitId);
  return { userId: standing.userId, readsAll: isOffice || Boolean(standing.leadership), departmentIds };
}

/** The responsible department's editors and heads: they classify, merge, answer, write the summary and export the reply list. */
export const canWork = (scope: FeedbackScope, departmentId: number | null): boolean => departmentId !== null && scope.departmentIds.includes(departmentId);

export const canRead = (scope: FeedbackScope, departmentId: number | null): boolean => scope.readsAll || canWork(scope, departmentId);
