import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { syncItemLines } from '../plugins/editorial-workflow/server/src/plan-coverage/line-counts';
import { ARTICLE, ITEM_STATE, PLAN_LINE } from '../plugins/editorial-workflow/shared/uids';

/**
 * The demo's published items tagged with lines of the plan, so that the coverage grid ("Độ phủ kế
 * hoạch") is not empty on first start: each item gets one line of its own topic's subsection,
 * picked by its position so that several lines are covered and most stay uncovered, as in real
 * life. Written on both rows of the item (draft and published), below the Document Service: a
 * tag is no edit of the item's content and must not start a new round of the demo's published
 * items. Then each item's counts are brought in step (plan-coverage/line-counts.ts). Idempotent: an
 * item that has lines is kept.
 */
export async function ensureDemoPlanLines(strapi: Core.Strapi): Promise<SeedTally> {
  const tally: SeedTally = { created: 0, kept: 0 };
  const published: Array<{ itemDocumentId: string }> = await strapi.db
    .query(ITEM_STATE)
    .findMany({ where: { firstPublishedAt: { $notNull: true } }, select: ['itemDocumentId'], orderBy: [{ id: 'asc' }] });
  const lines: Array<{ id: number; topic: { id: number } | null }> = await strapi.db
    .query(PLAN_LINE)
    .findMany({ select: ['id'], populate: { topic: { select: ['id'] } }, orderBy: [{ code: 'asc' }] });
  const linesOfTopic = new Map<number, number[]>();
  for (const line of lines) if (line.topic) linesOfTopic.set(line.topic.id, [...(linesOfTopic.get(line.topic.id) ?? []), line.id]);

  for (const [index, { itemDocumentId }] of published.entries()) {
    const rows: Array<{ id: number; topics: Array<{ id: number }>; planLines: unknown[] }> = await strapi.db.query(ARTICLE).findMany({
      where: { documentId: itemDocumentId },
      select: ['id'],
      populate: { topics: { select: ['id'] }, planLines: { select: ['id'] } },
    });
    if (rows.length === 0) continue;
    if (rows.some((row) => row.planLines.length > 0)) {
      tally.kept += 1;
      continue;
    }
    const candidates = linesOfTopic.get(rows[0].topics[0]?.id ?? -1);
    if (!candidates?.length) continue;
    const lineId = candidates[index % candidates.length];
    for (const row of rows) await strapi.db.query(ARTICLE).update({ where: { id: row.id }, data: { planLines: [lineId] } });
    await syncItemLines(strapi, itemDocumentId);
    tally.created += 1;
  }
  return tally;
}
