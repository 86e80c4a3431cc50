import type { AssignmentStatus } from '../../../shared/contracts/plan';

/** The badge colour of a unit's status on the pages. */
export const STATUS_VARIANT: Record<AssignmentStatus, 'secondary' | 'success' | 'danger' | 'neutral'> = {
  pending: 'neutral',
  submitted: 'secondary',
  published: 'success',
  overdue: 'danger',
};
