import type { Core } from '@strapi/strapi';
import type { ChangeAnnouncer } from './invalidation';
import { indexDocuments } from './search-entries';
import type { Sql } from './search-index';
import { ARTICLE, type PublicTables } from './tables';

type Where = Record<string, unknown>;
type Event = { params: { where?: Where }; result?: unknown; state: Record<string, unknown> };

/**
 * A backstop under the Document Service middleware: code that updates a published row with the
 * Query Engine (a data fix, a script, a test setting a publication date) re-indexes that item in
 * the same transaction. The Document Service itself writes published rows by create and delete
 * only, so its publishes and drafts' saves do not come through here.
 */
export function watchPublishedRowUpdates(strapi: Core.Strapi, announcer: ChangeAnnouncer, tables: () => PublicTables | undefined): void {
  const reindex = async (documentIds: string[]) => {
    const ready = tables();
    if (!ready || documentIds.length === 0) return;
    await strapi.db.transaction(({ trx }) => indexDocuments(trx as unknown as Sql, ready, documentIds));
    await announcer.announce();
  };
  const publishedDocuments = async (where: Where | undefined): Promise<string[]> => {
    const rows: Array<{ documentId: string }> = await strapi.db.query(ARTICLE).findMany({
      select: ['documentId'],
      where: { $and: [where ?? {}, { publishedAt: { $notNull: true } }] },
    });
    return rows.map((row) => row.documentId);
  };

  strapi.db.lifecycles.subscribe({
    models: [ARTICLE],
    async afterUpdate(event: Event) {
      const row = event.result as { documentId?: string; publishedAt?: unknown } | undefined;
      if (row?.documentId && row.publishedAt) await reindex([row.documentId]);
    },
    async beforeUpdateMany(event: Event) {
      event.state.documentIds = await publishedDocuments(event.params.where);
    },
    async afterUpdateMany(event: Event) {
      const before = (event.state.documentIds as string[] | undefined) ?? [];
      await reindex([...new Set([...before, ...(await publishedDocuments(event.params.where))])]);
    },
  } as never);
}
