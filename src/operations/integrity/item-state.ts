import type { Core } from '@strapi/strapi';
import { ARTICLE, ITEM_STATE } from '../../plugins/editorial-workflow/shared/uids';
import { columnOf, tableOf } from './sql';
import { LISTED_VIOLATIONS, type IntegrityCheck } from './types';

const LISTED = LISTED_VIOLATIONS;

/**
 * Every item's workflow state agrees with whether a published version of it exists:
 * - `published` ⇒ a published row exists;
 * - a published row ⇒ a state row that is `published`, or a new round (draft … approved, returned)
 *   of an item published before (`lastPublishedAt`), whose last version stays online meanwhile;
 *   never `unpublished`, never no state row (the workflow is the only way to publish).
 * A round's state without a published row is fine (never published, or taken down in the round).
 */
export async function checkItemStates(strapi: Core.Strapi): Promise<IntegrityCheck> {
  const knex = strapi.db.connection;
  const articles = tableOf(strapi, ARTICLE);
  const states = tableOf(strapi, ITEM_STATE);
  const docId = columnOf(strapi, ITEM_STATE, 'itemDocumentId');
  const lastPublished = columnOf(strapi, ITEM_STATE, 'lastPublishedAt');
  const published = knex(articles).distinct('document_id').whereNotNull('published_at').as('p');

  const [{ n: checkedRaw }] = await knex(states).count({ n: '*' });
  const stateWithoutVersion: Array<{ id: string; state: string }> = await knex(`${states} as s`)
    .select({ id: `s.${docId}`, state: 's.state' })
    .where('s.state', 'published')
    .whereNotExists(knex(articles).select(knex.raw('1')).whereRaw(`?? = ??`, [`${articles}.document_id`, `s.${docId}`]).whereNotNull(`${articles}.published_at`))
    .limit(LISTED + 1);
  const [{ n: stateWithoutVersionCount }] = await knex(`${states} as s`)
    .count({ n: '*' })
    .where('s.state', 'published')
    .whereNotExists(knex(articles).select(knex.raw('1')).whereRaw(`?? = ??`, [`${articles}.document_id`, `s.${docId}`]).whereNotNull(`${articles}.published_at`));

  const versionWithoutState = () =>
    knex.from(published)
      .leftJoin(`${states} as s`, `s.${docId}`, 'p.document_id')
      .where((q) => q.whereNull(`s.${docId}`).orWhere('s.state', 'unpublished').orWhere((r) => r.whereNot('s.state', 'published').whereNull(`s.${lastPublished}`)));
  const badVersions: Array<{ id: string; state: string | null }> = await versionWithoutState().select({ id: 'p.document_id', state: 's.state' }).limit(LISTED + 1);
  const [{ n: badVersionCount }] = await versionWithoutState().count({ n: '*' });

  const violations = [
    ...stateWithoutVersion.map((row) => `tin bài ${row.id}: trạng thái "published" nhưng không có bản đã đăng`),
    ...badVersions.map((row) =>
      row.state === null
        ? `tin bài ${row.id}: có bản đã đăng nhưng không có dòng trạng thái quy trình`
        : `tin bài ${row.id}: có bản đã đăng nhưng trạng thái là "${row.state}"${row.state === 'unpublished' ? '' : ' và chưa từng được đăng qua quy trình'}`
    ),
  ];
  return {
    name: 'item-state',
    label: 'Trạng thái tin bài khớp với bản đã đăng',
    checked: Number(checkedRaw),
    violations: Number(stateWithoutVersionCount) + Number(badVersionCount),
    listed: violations.slice(0, LISTED_VIOLATIONS),
  };
}
