import type { Core } from '@strapi/strapi';
import { ITEM_STATE, TRANSITION } from '../../plugins/editorial-workflow/shared/uids';
import { columnOf, tableOf } from './sql';
import { LISTED_VIOLATIONS, type IntegrityCheck } from './types';

/**
 * The history has one row per version: an item's state row starts at version 1 with no history,
 * and every move (a person's transition, the scheduler's publish, an edit that voids an approval or
 * starts a new round) bumps the version by one in the compare-and-set and writes one history row
 * carrying the new version, in the same transaction. So an item at version v has exactly the
 * history rows 2…v, each once; a history row of an item without a state row is an orphan.
 */
export async function checkHistory(strapi: Core.Strapi): Promise<IntegrityCheck> {
  const knex = strapi.db.connection;
  const states = tableOf(strapi, ITEM_STATE);
  const history = tableOf(strapi, TRANSITION);
  const sDoc = columnOf(strapi, ITEM_STATE, 'itemDocumentId');
  const hDoc = columnOf(strapi, TRANSITION, 'itemDocumentId');

  const perItem = knex(`${history} as h`)
    .select({ doc: `h.${hDoc}` })
    .count({ n: '*' })
    .countDistinct({ d: 'h.version' })
    .min({ lo: 'h.version' })
    .max({ hi: 'h.version' })
    .groupBy(`h.${hDoc}`)
    .as('h');
  const mismatched = () =>
    knex(`${states} as s`)
      .leftJoin(perItem, 'h.doc', `s.${sDoc}`)
      .whereRaw('coalesce(h.n, 0) <> s.version - 1')
      .orWhereRaw('coalesce(h.d, 0) <> s.version - 1')
      .orWhereRaw('h.lo is not null and (h.lo <> 2 or h.hi <> s.version)');
  const rows: Array<{ doc: string; version: number; n: number | null; d: number | null }> = await mismatched()
    .select({ doc: `s.${sDoc}`, version: 's.version', n: 'h.n', d: 'h.d' })
    .limit(LISTED_VIOLATIONS);
  const [{ c: mismatchCount }] = await mismatched().count({ c: '*' });
  const orphans = () => knex(`${history} as h`).whereNotExists(knex(`${states} as s`).select(knex.raw('1')).whereRaw('?? = ??', [`s.${sDoc}`, `h.${hDoc}`]));
  const orphanRows: Array<{ doc: string }> = await orphans().distinct({ doc: `h.${hDoc}` }).limit(LISTED_VIOLATIONS);
  const [{ c: orphanCount }] = await orphans().countDistinct({ c: `h.${hDoc}` });
  const [{ c: checked }] = await knex(history).count({ c: '*' });

  const listed = [
    ...rows.map((row) => {
      const n = Number(row.n ?? 0);
      const d = Number(row.d ?? 0);
      const expected = Number(row.version) - 1;
      return n !== d
        ? `tin bài ${row.doc}: phiên bản ${row.version}, lịch sử có ${n} dòng cho ${d} phiên bản (một phiên bản có nhiều dòng)`
        : `tin bài ${row.doc}: phiên bản ${row.version}, lịch sử có ${n} dòng, cần đúng ${expected} dòng (các phiên bản 2…${row.version})`;
    }),
    ...orphanRows.map((row) => `tin bài ${row.doc}: có lịch sử nhưng không có dòng trạng thái quy trình`),
  ];
  return {
    name: 'history',
    label: 'Lịch sử quy trình: mỗi phiên bản đúng một dòng',
    checked: Number(checked),
    violations: Number(mismatchCount) + Number(orphanCount),
    listed: listed.slice(0, LISTED_VIOLATIONS),
  };
}
