import type { Core } from '@strapi/strapi';
import { STATES, type WorkflowState } from '../../../shared/state-machine';
import type { StateCounts } from '../../../shared/contracts/home';
import { ARTICLE, ITEM_STATE } from '../../../shared/uids';

type JoinTable = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };

/**
 * The items of some units by workflow state, in one grouped query: each item counted once (its
 * draft row, which every document keeps), at its state, or `draft` when the workflow has not yet
 * written a row for it (an item saved and never opened in the side panel). One aggregate over
 * the unit link's index, whatever the number of items, where listing document ids for an IN
 * would grow with the unit's history.
 */
export async function itemsByState(strapi: Core.Strapi, unitIds: number[]): Promise<StateCounts> {
  const counts: StateCounts = { total: 0, byState: {} };
  if (unitIds.length === 0) return counts;
  const article = strapi.db.metadata.get(ARTICLE);
  const states = strapi.db.metadata.get(ITEM_STATE);
  const column = (meta: typeof article, name: string) => (meta.attributes[name] as { columnName?: string }).columnName ?? name;
  const link = (article.attributes.unit as unknown as { joinTable: JoinTable }).joinTable;
  const knex = strapi.db.connection;

  const rows: Array<{ state: string; n: number | string }> = await knex
    .from(`${link.name} as l`)
    .join(`${article.tableName} as a`, 'a.id', `l.${link.joinColumn.name}`)
    .leftJoin(`${states.tableName} as s`, `s.${column(states, 'itemDocumentId')}`, `a.${column(article, 'documentId')}`)
    .whereIn(`l.${link.inverseJoinColumn.name}`, unitIds)
    .whereNull(`a.${column(article, 'publishedAt')}`)
    .select(knex.raw("coalesce(??, 'draft') as state", [`s.${column(states, 'state')}`]), knex.raw('count(*) as n'))
    .groupByRaw('1');
  for (const row of rows) {
    const n = Number(row.n);
    if (!n || !(STATES as readonly string[]).includes(row.state)) continue;
    counts.byState[row.state as WorkflowState] = n;
    counts.total += n;
  }
  return counts;
}
