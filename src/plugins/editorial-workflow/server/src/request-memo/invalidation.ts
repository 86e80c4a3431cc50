import type { Core } from '@strapi/strapi';
import { ARTICLE, ITEM_STATE, MEMBERSHIP } from '../../../shared/uids';
import { forgetRequestMemo } from '.';

/** Row writes after which a request's scope lookups (./index.ts) may be stale. */
const WRITES = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'] as const;

/**
 * A request that adds or ends a membership, moves an item (its state row names the department whose
 * queue holds it), changes an item's unit, or changes an admin role (the leadership's right) forgets
 * what it had looked up about scope. The people import and the network page write memberships
 * through the query engine, and the workflow writes state rows through it, so these lifecycles see
 * every such write.
 */
export function forgetScopeOnWrites(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [MEMBERSHIP, ITEM_STATE, ARTICLE, 'admin::role'],
    ...Object.fromEntries(WRITES.map((name) => [name, () => forgetRequestMemo()])),
  });
}
