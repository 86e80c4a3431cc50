import type { Core } from '@strapi/strapi';
import type { Granularity } from '../../../shared/periods';
import type { Metric } from '../../../shared/contracts/stats';
import { QUOTA_POLICY } from '../../../shared/uids';

/** The report is late from this day of the month on, unless a policy says otherwise (the plan: before the 20th). */
export const DEFAULT_DUE_DAY = 20;

export interface Policy {
  minimum: number;
  dueDay: number | null;
}

/** A quota, for one unit, looked up by metric and period. */
export type QuotaLookup = (unit: { id: number; kind: string }, metric: Metric, granularity: Granularity) => Policy | null;

interface PolicyRow {
  unitKind: string;
  metric: Metric;
  period: Granularity;
  minimum: number;
  dueDay: number | null;
  unit: { id: number } | null;
}

/**
 * Reads the quota policies (a few dozen rows an administrator edits in the content-manager) and
 * resolves them: a policy naming a unit overrides its kind's policy for the same metric and period.
 */
export async function loadQuotas(strapi: Core.Strapi): Promise<QuotaLookup> {
  const rows: PolicyRow[] = await strapi.db.query(QUOTA_POLICY).findMany({
    select: ['unitKind', 'metric', 'period', 'minimum', 'dueDay'],
    populate: { unit: { select: ['id'] } },
  });
  const byKind = new Map<string, Policy>();
  const byUnit = new Map<string, Policy>();
  for (const row of rows) {
    const policy = { minimum: Number(row.minimum ?? 0), dueDay: row.dueDay ?? null };
    if (row.unit) byUnit.set(`${row.unit.id}:${row.metric}:${row.period}`, policy);
    else byKind.set(`${row.unitKind}:${row.metric}:${row.period}`, policy);
  }
  return (unit, metric, granularity) => byUnit.get(`${unit.id}:${metric}:${granularity}`) ?? byKind.get(`${unit.kind}:${metric}:${granularity}`) ?? null;
}
