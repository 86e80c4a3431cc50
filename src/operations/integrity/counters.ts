import type { Core } from '@strapi/strapi';
import { COUNTERS_TABLE, recount } from '../../plugins/editorial-workflow/server/src/stats/counters';
import { LISTED_VIOLATIONS, type IntegrityCheck } from './types';

const METRICS = ['items_submitted', 'features_submitted', 'items_published'] as const;
const METRIC_LABELS: Record<(typeof METRICS)[number], string> = {
  items_submitted: 'tin bài gửi',
  features_submitted: 'chuyên đề gửi',
  items_published: 'tin bài đăng',
};

/**
 * The counters table (ew_unit_period_counts, bumped in each transition's transaction) equals a
 * recount of the facts stamped on the state rows (the plugin's own `recount`, the one
 * `rebuildCounters` writes). On PostgreSQL both are read in one REPEATABLE READ snapshot, so a
 * transition committing meanwhile cannot make them differ.
 */
export async function checkCounters(strapi: Core.Strapi): Promise<IntegrityCheck> {
  type Row = { unit_id: number; period_key: string } & Record<(typeof METRICS)[number], number>;
  const read = async (knex: Core.Strapi['db']['connection']) => {
    const stored: Row[] = await knex(COUNTERS_TABLE).select('unit_id', 'period_key', ...METRICS);
    const recounted = (await recount(strapi, knex)) as Row[];
    return { stored, recounted };
  };
  let snapshot: { stored: Row[]; recounted: Row[] };
  if (strapi.db.dialect.client === 'postgres') {
    const trx = await strapi.db.connection.transaction({ isolationLevel: 'repeatable read' });
    try {
      snapshot = await read(trx as unknown as Core.Strapi['db']['connection']);
    } finally {
      await trx.rollback();
    }
  } else {
    snapshot = await read(strapi.db.connection);
  }
  const key = (row: Row) => `${Number(row.unit_id)}:${row.period_key}`;
  const stored = new Map(snapshot.stored.map((row) => [key(row), row]));
  const recounted = new Map(snapshot.recounted.map((row) => [key(row), row]));
  const listed: string[] = [];
  let violations = 0;
  for (const id of new Set([...stored.keys(), ...recounted.keys()])) {
    for (const metric of METRICS) {
      const have = Number(stored.get(id)?.[metric] ?? 0);
      const want = Number(recounted.get(id)?.[metric] ?? 0);
      if (have === want) continue;
      violations += 1;
      const [unitId, period] = id.split(':');
      if (listed.length < LISTED_VIOLATIONS) listed.push(`bộ đếm ${METRIC_LABELS[metric]} của đơn vị #${unitId}, kỳ ${period}: ghi ${have}, đếm lại được ${want}`);
    }
  }
  return { name: 'counters', label: 'Bộ đếm chỉ tiêu bằng kết quả đếm lại', checked: stored.size, violations, listed };
}
