import { documentsFiledUnder } from './search-entries';
import type { Sql } from './search-index';
import { TOPIC, UNIT, type PublicTables } from './tables';

/**
 * Which index entries a write to a topic or a unit makes stale. The index keeps ids only, so a
 * rename touches nothing; what does: a topic moved to another section (its items are filed under
 * the section), and a topic or unit deleted (Strapi drops the items' links to it).
 */
export interface ReferenceWrite {
  /** The documents to index again once the write is done. */
  affectedDocuments(): Promise<string[]>;
}

async function parentMap(sql: Sql, tables: PublicTables): Promise<Map<number, number>> {
  const link = tables.topicParent;
  const rows: Array<Record<string, number>> = await sql(link.name).select(link.owner, link.related);
  return new Map(rows.map((row) => [row[link.owner], row[link.related]]));
}

/** Call before the write (`uid` a topic or unit); ask the answer for the affected documents after it. */
export async function beforeReferenceWrite(
  sql: Sql,
  tables: PublicTables,
  uid: string,
  action: string,
  documentId: string | undefined
): Promise<ReferenceWrite> {
  const table = uid === TOPIC ? tables.topics : uid === UNIT ? tables.units : undefined;
  const deletedIds: number[] =
    table && action === 'delete' && documentId
      ? (await sql(table).select('id').where('document_id', documentId)).map((row: { id: number }) => row.id)
      : [];
  const parentsBefore = uid === TOPIC ? await parentMap(sql, tables) : undefined;

  return {
    async affectedDocuments() {
      const topicIds = uid === TOPIC ? [...deletedIds] : [];
      if (parentsBefore) {
        const parentsAfter = await parentMap(sql, tables);
        for (const id of new Set([...parentsBefore.keys(), ...parentsAfter.keys()])) {
          if (parentsBefore.get(id) !== parentsAfter.get(id)) topicIds.push(id);
        }
      }
      return documentsFiledUnder(sql, tables, { topicIds, unitIds: uid === UNIT ? deletedIds : [] });
    },
  };
}
