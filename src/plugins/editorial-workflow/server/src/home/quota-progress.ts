import type { ComplianceGrid, UnitRef } from '../../../shared/contracts/stats';
import type { QuotaProgress } from '../../../shared/contracts/home';

/**
 * The quotas of the period under way, read off the statistics' own grids of this week and this
 * month (one period each), so the home page and the statistics page can never disagree. A metric
 * with no policy for the unit at that granularity is left out; a minimum of 0 (encouraged, not
 * required) stays, with its count.
 */
export function quotaProgress(grids: ComplianceGrid[]): Array<{ unit: UnitRef; progress: QuotaProgress[] }> {
  const byUnit = new Map<number, { unit: UnitRef; progress: QuotaProgress[] }>();
  for (const grid of grids) {
    const period = grid.periods[0]?.key;
    if (!period) continue;
    for (const { unit, periods } of grid.units) {
      let entry = byUnit.get(unit.id);
      if (!entry) byUnit.set(unit.id, (entry = { unit, progress: [] }));
      const metrics = periods[period]?.metrics;
      if (!metrics) continue;
      for (const metric of grid.metrics) {
        const cell = metrics[metric];
        if (!cell || cell.quota === null) continue;
        entry.progress.push({ metric, granularity: grid.granularity, period, count: cell.count, quota: cell.quota, met: cell.met });
      }
    }
  }
  return [...byUnit.values()];
}
