import { METRICS, type Cell, type ComplianceGrid, type Metric, type UnitRef } from '../../../../shared/contracts/stats';
import type { Period } from '../../../../shared/periods';
import type { CountMap, FiledReport } from '../counts';
import type { Policy, QuotaLookup } from '../quotas';

/** Small hand-made inputs for the pure statistics modules (grid.ts, ranking.ts). */

export const unitOf = (id: number, code: string, kind = 'commune-culture'): UnitRef => ({ id, code, name: `Đơn vị ${code}`, kind });

/**
 * Quotas by `kind:metric:granularity`, or `#id:metric:granularity` for one unit (which wins), as
 * loadQuotas resolves them. A number is a minimum with no due day.
 */
export function quotaLookup(policies: Record<string, number | Partial<Policy>>): QuotaLookup {
  const policyOf = (key: string): Policy | null => {
    const value = policies[key];
    if (value === undefined) return null;
    return typeof value === 'number' ? { minimum: value, dueDay: null } : { minimum: 0, dueDay: null, ...value };
  };
  return (unit, metric, granularity) => policyOf(`#${unit.id}:${metric}:${granularity}`) ?? policyOf(`${unit.kind}:${metric}:${granularity}`);
}

/** Counts per unit id and period key. */
export function countMap(counts: Record<number, Record<string, number>>): CountMap {
  return new Map(Object.entries(counts).map(([unitId, byKey]) => [Number(unitId), new Map(Object.entries(byKey))]));
}

/** Every metric counted, from `counts` or empty. */
export const countedOf = (counts: Partial<Record<Metric, CountMap>> = {}): Record<Metric, CountMap> =>
  Object.fromEntries(METRICS.map((metric) => [metric, counts[metric] ?? new Map()])) as Record<Metric, CountMap>;

export const reportOf = (unitId: number, period: string, submittedAt: string): FiledReport => ({ unitId, period, submittedAt: new Date(submittedAt) });

/** A grid row's period: each metric's count (0 unless given), and the period's verdict. */
export interface PeriodFacts {
  met: boolean | null;
  counts?: Partial<Record<Metric, number>>;
}

/** A grid as stats.compliance returns it, with only what the ranking reads filled in. */
export function gridOf(periods: Period[], rows: Array<{ unit: UnitRef; periods: Record<string, PeriodFacts> }>): ComplianceGrid {
  const cell = (count: number): Cell => ({ count, quota: null, met: null });
  return {
    from: periods[0].start,
    to: periods[periods.length - 1].end,
    granularity: periods[0].key.includes('W') ? 'week' : 'month',
    metrics: [...METRICS],
    periods,
    units: rows.map(({ unit, periods: facts }) => ({
      unit,
      periods: Object.fromEntries(
        periods.map((period) => {
          const { met, counts = {} } = facts[period.key] ?? { met: null };
          const metrics = Object.fromEntries(METRICS.map((metric) => [metric, cell(counts[metric] ?? 0)])) as Record<Metric, Cell>;
          return [period.key, { metrics, met }];
        })
      ),
    })),
  };
}
