import type { Core } from '@strapi/strapi';
import { ARTICLE, ITEM_STATE, TRANSITION } from '../../../shared/uids';

const column = (strapi: Core.Strapi, uid: string, name: string): string =>
  (strapi.db.metadata.get(uid).attributes[name] as { columnName?: string }).columnName ?? name;

/**
 * Fills the counters' facts of items that moved before those facts were recorded: the kind at first
 * submission (from the item's draft: the best we know), and the first publication with the unit the
 * item had then (from the append-only history). Two UPDATEs that touch only rows still missing them,
 * so a second run, or a second process, does nothing.
 */
export async function backfillCounterFacts(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  const states = strapi.db.metadata.get(ITEM_STATE).tableName;
  const articles = strapi.db.metadata.get(ARTICLE).tableName;
  const history = strapi.db.metadata.get(TRANSITION).tableName;
  const s = (name: string) => column(strapi, ITEM_STATE, name);
  const t = (name: string) => column(strapi, TRANSITION, name);

  await knex.raw(
    `UPDATE ?? SET ?? = (SELECT a.kind FROM ?? a WHERE a.document_id = ??.?? AND a.published_at IS NULL LIMIT 1)
     WHERE ?? IS NOT NULL AND ?? IS NULL`,
    [states, s('firstSubmittedKind'), articles, states, s('itemDocumentId'), s('firstSubmittedAt'), s('firstSubmittedKind')]
  );
  const firstPublication = (select: string) =>
    `(SELECT ${select} FROM ${knex.ref(history).toQuery()} h WHERE h.${t('itemDocumentId')} = ${knex.ref(states).toQuery()}.${s('itemDocumentId')}
      AND h.${t('toState')} = 'published' AND h.${t('fromState')} <> 'published' ORDER BY h.id LIMIT 1)`;
  await knex.raw(
    `UPDATE ?? SET ?? = ${firstPublication(`h.${t('createdAt')}`)}, ?? = ${firstPublication(`h.${t('unitId')}`)}
     WHERE ?? IS NOT NULL AND ?? IS NULL`,
    [states, s('firstPublishedAt'), s('firstPublishedUnitId'), s('lastPublishedAt'), s('firstPublishedAt')]
  );
}
