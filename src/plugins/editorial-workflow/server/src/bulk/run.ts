import type { Core } from '@strapi/strapi';
import { BULK_OUTCOMES, type BulkItemResult, type BulkTotals, type BulkTransitionBody, type BulkTransitionResult } from '../../../shared/contracts/bulk';
import type { Actor } from '../services/item-state';
import { getService } from '../get-service';
import { UNEXPECTED_FAILURE, outcomeOfFailure } from './outcome';

/**
 * Takes one action on each selected item, one after the other, each through the workflow's own
 * `transition` (the single route's): its scope check, its role check, its compare-and-set on
 * (state, version) and its history row, in a transaction of its own. A failure rolls back that item
 * alone; the items before it stay done and the ones after it are still tried. Sequential on purpose:
 * the order is the person's, and two of the same person's steps never race each other.
 */
export async function runBulkTransition(strapi: Core.Strapi, body: BulkTransitionBody, actor: Actor): Promise<BulkTransitionResult> {
  const workflow = getService(strapi, 'workflow');
  const results: BulkItemResult[] = [];
  for (const ref of body.items) {
    try {
      const moved = await workflow.transition({ documentId: ref.documentId, action: body.action, expectedVersion: ref.version }, actor);
      results.push({ documentId: ref.documentId, outcome: 'done', title: moved.title, state: moved.state, version: moved.version });
    } catch (error) {
      const outcome = outcomeOfFailure(ref, error);
      if (!outcome) strapi.log.error(`[editorial-workflow] bulk ${body.action} of ${ref.documentId} failed: ${(error as Error)?.stack ?? error}`);
      results.push(outcome ?? { documentId: ref.documentId, outcome: 'refused', status: 500, message: UNEXPECTED_FAILURE });
    }
  }
  return { action: body.action, results, totals: totalsOf(results) };
}

export function totalsOf(results: readonly BulkItemResult[]): BulkTotals {
  const totals: BulkTotals = { total: results.length, done: 0, conflict: 0, refused: 0 };
  for (const outcome of BULK_OUTCOMES) totals[outcome] = results.filter((result) => result.outcome === outcome).length;
  return totals;
}
