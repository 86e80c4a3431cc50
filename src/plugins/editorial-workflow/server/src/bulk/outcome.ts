import { errors } from '@strapi/utils';
import type { BulkItemRef, BulkItemResult } from '../../../shared/contracts/bulk';
import type { WorkflowState } from '../../../shared/state-machine';
import { WorkflowConflict } from '../utils/errors';

/** The answer to an item that failed for a reason no person caused (its transaction rolled back). */
export const UNEXPECTED_FAILURE = 'Lỗi hệ thống khi xử lý tin bài này; tin bài chưa thay đổi, hãy thử lại.';

/** The single route's HTTP status for a refusal, as Strapi maps its error classes (core/services/errors). */
function statusOf(error: InstanceType<typeof errors.ApplicationError>): number {
  if (error instanceof errors.ForbiddenError) return 403; // PolicyError too: the workflow's 403s with a message
  if (error instanceof errors.NotFoundError) return 404;
  if (error instanceof errors.UnauthorizedError) return 401;
  return 400;
}

/**
 * How one item's failed transition reads in the bulk answer. A 409 of the workflow is a
 * `conflict` when the item is no longer at the version the person saw (someone acted first, or
 * the compare-and-set lost a race); at the very version they saw, the step was never open from its
 * state, which is a refusal like a 403 or a 404. The messages are the single route's, word for word:
 * "not found" does not tell an item out of sight from one that does not exist.
 * Null for an error that is no refusal (a bug, the database gone): the caller logs it.
 */
export function outcomeOfFailure(ref: BulkItemRef, error: unknown): BulkItemResult | null {
  const { documentId } = ref;
  if (error instanceof WorkflowConflict) {
    const now = error.details as { state: WorkflowState; version: number };
    if (now.version !== ref.version) return { documentId, outcome: 'conflict', message: error.message, state: now.state, version: now.version };
    return { documentId, outcome: 'refused', status: 409, message: error.message };
  }
  if (error instanceof errors.ApplicationError) return { documentId, outcome: 'refused', status: statusOf(error), message: error.message };
  return null;
}
