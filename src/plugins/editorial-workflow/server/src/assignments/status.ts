import type { AssignmentStatus } from '../../../shared/contracts/plan';

/**
 * One unit's part of an assignment, as the contract derives it (never stored): published once its
 * item has been online, submitted once submitted, overdue past the due time without a submission,
 * else pending. A submission after the due time still counts as submitted (late, but done).
 */
export function statusOf(
  part: { dueAt: Date | string; submittedAt: Date | string | null },
  item: { firstPublishedAt: Date | string | null } | null,
  now: Date
): AssignmentStatus {
  if (item?.firstPublishedAt) return 'published';
  if (part.submittedAt) return 'submitted';
  return new Date(part.dueAt).getTime() < now.getTime() ? 'overdue' : 'pending';
}

export const isOpen = (status: AssignmentStatus): boolean => status === 'pending' || status === 'overdue';
