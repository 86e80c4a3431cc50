import type { Core } from '@strapi/strapi';
import { dayNumber, vnDateOf, type Granularity } from '../../../shared/periods';
import { OVERVIEW_MONTHS, type ByMonth, type QuotaShare } from '../../../shared/contracts/overview';
import { METRICS, type ComplianceGrid, type Metric } from '../../../shared/contracts/stats';
import { getService } from '../get-service';
import { perMonth, type MonthWindow } from './months';

export type QuotaRow = { metric: Metric; period: Granularity; figures: ByMonth<QuotaShare> };

type Verdicts = Map<string, { units: number; met: number }>;

const keyOf = (metric: Metric, period: Granularity) => `${metric}:${period}`;

/**
 * Per quota (metric and period), the units that had it to meet in the month and those that met it,
 * from the statistics' own verdicts (stats/grid.ts), so the overview and the grid never disagree. A
 * cell with nothing to meet (no quota, a minimum of 0, a report not yet due) weighs nothing. A
 * week's quota: the weeks whose Monday is in the month and that are over (a week under way is not
 * failed yet); a unit meets it when it met it every such week it had it.
 */
function verdictsOf(monthGrid: ComplianceGrid, weekGrid: ComplianceGrid, window: MonthWindow, today: string): Verdicts {
  const verdicts: Verdicts = new Map();
  const tally = (metric: Metric, period: Granularity, met: boolean) => {
    const entry = verdicts.get(keyOf(metric, period)) ?? { units: 0, met: 0 };
    entry.units += 1;
    if (met) entry.met += 1;
    verdicts.set(keyOf(metric, period), entry);
  };
  for (const { periods } of monthGrid.units) {
    const cells = periods[window.key]?.metrics;
    if (!cells) continue;
    for (const metric of METRICS) if (cells[metric].met !== null) tally(metric, 'month', cells[metric].met === true);
  }
  const weeks = weekGrid.periods.filter((week) => week.start >= window.from && week.start <= window.to && dayNumber(week.end) < dayNumber(today)).map((week) => week.key);
  for (const { periods } of weekGrid.units) {
    for (const metric of METRICS) {
      const judged = weeks.map((week) => periods[week]?.metrics[metric].met ?? null).filter((met): met is boolean => met !== null);
      if (judged.length > 0) tally(metric, 'week', judged.every(Boolean));
    }
  }
  return verdicts;
}

/** The quotas' shares in the compared months: two statistics grids per month (its month and its weeks), a fixed number of queries. */
export async function quotaShares(strapi: Core.Strapi, months: ByMonth<MonthWindow>, unitIds: number[] | undefined, now: Date): Promise<QuotaRow[]> {
  const stats = getService(strapi, 'stats');
  const today = vnDateOf(now);
  const verdicts = await perMonth(months, async (window) => {
    const query = { from: window.from, to: window.to, unitIds, now };
    const [monthGrid, weekGrid] = await Promise.all([stats.compliance({ ...query, granularity: 'month' }), stats.compliance({ ...query, granularity: 'week' })]);
    return verdictsOf(monthGrid, weekGrid, window, today);
  });
  const rows: QuotaRow[] = [];
  for (const metric of METRICS) {
    for (const period of ['week', 'month'] as Granularity[]) {
      const key = keyOf(metric, period);
      if (!OVERVIEW_MONTHS.some((which) => verdicts[which].has(key))) continue;
      const figures = Object.fromEntries(
        OVERVIEW_MONTHS.map((which) => {
          const { units, met } = verdicts[which].get(key) ?? { units: 0, met: 0 };
          return [which, { units, met, share: units === 0 ? null : Math.round((met / units) * 1000) / 1000 }];
        })
      ) as ByMonth<QuotaShare>;
      rows.push({ metric, period, figures });
    }
  }
  return rows;
}
