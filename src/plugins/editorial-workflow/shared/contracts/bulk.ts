import type { WorkflowAction, WorkflowState } from '../state-machine';

/**
 * Bulk actions from the queue (`POST /items/bulk-transition`): an editor forwards, a head approves,
 * the publisher publishes several selected items at once. Each item is its own transition (its own
 * compare-and-set on state and version, in its own transaction); one failing leaves the others done.
 */

/** The steps that may be taken in bulk, each from the queue tab of its state (BULK_TAB). */
export const BULK_ACTIONS = ['forward', 'approve', 'publish'] as const satisfies readonly WorkflowAction[];
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** The queue tab (the state the items wait in) where each bulk action is offered. */
export const BULK_TAB: Record<BulkAction, WorkflowState> = {
  forward: 'in_review',
  approve: 'awaiting_approval',
  publish: 'approved',
};

/** The bulk action of a queue tab, if it has one. */
export const bulkActionOf = (state: WorkflowState | undefined): BulkAction | null =>
  BULK_ACTIONS.find((action) => BULK_TAB[action] === state) ?? null;

/** At most this many items in one request (a queue page holds fewer). */
export const BULK_MAX_ITEMS = 100;

/** One selected item, at the version the person saw in the queue. */
export interface BulkItemRef {
  documentId: string;
  version: number;
}

export interface BulkTransitionBody {
  action: BulkAction;
  items: BulkItemRef[];
}

export const BULK_OUTCOMES = ['done', 'conflict', 'refused'] as const;
export type BulkOutcome = (typeof BULK_OUTCOMES)[number];

/**
 * What became of one item, in the order asked:
 * - `done`: moved on, at its new state and version;
 * - `conflict`: someone acted on it first, or the version seen is no longer its version (the
 *   Vietnamese message of the single route's 409, with where it stands now);
 * - `refused`: the person may not take the step (403), the item is out of their sight or does not
 *   exist (404, one wording for both), or the step is not open from the state they saw (409 at the
 *   version they saw). The message is the single route's.
 */
export type BulkItemResult =
  | { documentId: string; outcome: 'done'; title: string; state: WorkflowState; version: number }
  | { documentId: string; outcome: 'conflict'; message: string; state: WorkflowState; version: number }
  | { documentId: string; outcome: 'refused'; status: number; message: string };

export interface BulkTotals {
  total: number;
  done: number;
  conflict: number;
  refused: number;
}

/** The answer (HTTP 200 even when some items failed: the list says which). */
export interface BulkTransitionResult {
  action: BulkAction;
  results: BulkItemResult[];
  totals: BulkTotals;
}
