import type { Core } from '@strapi/strapi';
import { PLAN_LINES, type PlanLineSeed } from './data/plan-lines';
import { unitIdsByCode, type SeedTally } from './reference';
import { PLAN_LINE, TOPIC } from '../plugins/editorial-workflow/shared/uids';

/**
 * The plan's lines of information as records (issue 17 item 1), by code: a line that is there is
 * kept as it is (an administrator may have reworded it or changed its department), a missing one is
 * created under its subsection. Runs with the reference data and on every start (src/index.ts), so
 * a database seeded before the lines existed gets them; once they are all there it costs one query.
 * Lines of a subsection the database does not have (topics not seeded yet) wait for a later run.
 */
export async function ensurePlanLines(strapi: Core.Strapi, lines: PlanLineSeed[] = PLAN_LINES): Promise<SeedTally> {
  const tally: SeedTally = { created: 0, kept: 0 };
  const existing: Array<{ code: string }> = await strapi.db.query(PLAN_LINE).findMany({ select: ['code'] });
  const present = new Set(existing.map((row) => row.code));
  const missing = lines.filter((line) => !present.has(line.code));
  tally.kept = lines.length - missing.length;
  if (missing.length === 0) return tally;

  const topics: Array<{ code: string; documentId: string }> = await strapi.db
    .query(TOPIC)
    .findMany({ select: ['code', 'documentId'], where: { code: { $in: [...new Set(missing.map((line) => line.topic))] } } });
  const topicIds = new Map(topics.map((row) => [row.code, row.documentId]));
  const departments = await unitIdsByCode(strapi, [...new Set(missing.flatMap((line) => (line.department ? [line.department] : [])))]);
  for (const line of missing) {
    const topic = topicIds.get(line.topic);
    if (!topic) continue;
    await strapi.documents(PLAN_LINE).create({
      data: {
        code: line.code,
        text: line.text,
        label: line.label,
        form: line.form,
        order: line.order,
        topic,
        department: line.department ? departments.get(line.department) : undefined,
      },
    });
    tally.created += 1;
  }
  return tally;
}
