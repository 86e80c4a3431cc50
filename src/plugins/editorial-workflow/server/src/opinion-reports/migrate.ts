import type { Core } from '@strapi/strapi';
import { OPINION_REPORT as REPORT } from '../../../shared/uids';

type OldRow = {
  id: number;
  documentId: string;
  concerns: string | null;
  handling: string | null;
  noIssues: boolean | null;
  submittedAt: Date | string | null;
  entries: Array<{ id: number }> | null;
};

const BATCH = 200;

/**
 * The reports of the old free-text shape (before issue 15 item 4) take the new one, at boot, once:
 * each becomes one entry (summary = its `concerns` text, actions = its `handling`), and `filed` with
 * the Office, its latest filing its filing. Its filing time is not touched, so its on-time, late or
 * missing status in the statistics is what it was. The old text stays in its (private) columns.
 * Idempotent: a report with a receipt status is done, and a report gets its entry only when it has
 * none. The entry is written through the Document Service (components are its business), the
 * receipt straight to the row.
 */
export async function migrateFreeTextReports(strapi: Core.Strapi): Promise<number> {
  let migrated = 0;
  for (;;) {
    const rows: OldRow[] = await strapi.db.query(REPORT).findMany({
      where: { receiptStatus: { $null: true } },
      select: ['id', 'documentId', 'concerns', 'handling', 'noIssues', 'submittedAt'],
      populate: { entries: { select: ['id'] } },
      orderBy: [{ id: 'asc' }],
      limit: BATCH,
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      await strapi.db.transaction(async () => {
        const text = (row.concerns ?? '').trim();
        if (text && (row.entries ?? []).length === 0 && row.noIssues !== true) {
          await strapi.documents(REPORT).update({
            documentId: row.documentId,
            data: { entries: [{ summary: text, actions: row.handling?.trim() || null, channel: 'other' }] } as never,
          });
        }
        await strapi.db.query(REPORT).update({
          where: { id: row.id },
          data: { receiptStatus: 'filed', lastFiledAt: row.submittedAt ?? null },
        });
      });
      migrated += 1;
    }
  }
  if (migrated > 0) strapi.log.info(`opinion reports: ${migrated} report(s) of the old free-text shape took the structured shape`);
  return migrated;
}
