import type { Period } from '../../../shared/periods';
import { METRICS, type ComplianceGrid, type Metric, type Ranking } from '../../../shared/contracts/stats';

/** The ranking over a school year, as pure functions of its month and week grids (services/stats.ts builds them). */

export type RankedUnit = Ranking['units'][number];
export type RankingRow = Omit<RankedUnit, 'rank'>;

/**
 * Each unit's year. Totals are the year's months added up. The share of periods met weighs the
 * months and the weeks starting in the school year, only those already over on `today` (a week under
 * way is not yet failed), in which the unit had a quota to meet; null when there was none.
 */
export function rankingRows(months: ComplianceGrid, weeks: ComplianceGrid, schoolYearStart: string, today: string): RankingRow[] {
  const over = (period: Period) => period.end < today;
  const judged = [
    ...months.periods.filter(over).map((period) => ({ grid: months, period })),
    ...weeks.periods.filter((period) => over(period) && period.start >= schoolYearStart).map((period) => ({ grid: weeks, period })),
  ];
  const weekRows = new Map(weeks.units.map((row) => [row.unit.id, row]));

  return months.units.map((row) => {
    const totals = Object.fromEntries(METRICS.map((metric) => [metric, 0])) as Record<Metric, number>;
    for (const period of months.periods) for (const metric of METRICS) totals[metric] += row.periods[period.key].metrics[metric].count;
    let periodsWithQuota = 0;
    let periodsMet = 0;
    for (const { grid, period } of judged) {
      const met = (grid === months ? row : weekRows.get(row.unit.id)!).periods[period.key].met;
      if (met === null) continue;
      periodsWithQuota += 1;
      if (met) periodsMet += 1;
    }
    return { unit: row.unit, totals, periodsWithQuota, periodsMet, shareMet: periodsWithQuota ? periodsMet / periodsWithQuota : null };
  });
}

const share = (value: number | null) => (value === null ? -1 : value);

/** Same share met, same items submitted, same items published: the same rank. */
const tied = (a: RankingRow, b: RankingRow) =>
  a.shareMet === b.shareMet && a.totals.items_submitted === b.totals.items_submitted && a.totals.items_published === b.totals.items_published;

/**
 * Ranked by share of periods met (none at all: last), then items submitted, then items published,
 * then unit code for a stable order; tied rows share the rank of the first of them (1, 1, 3).
 */
export function rank(rows: RankingRow[]): RankedUnit[] {
  const sorted = [...rows].sort(
    (a, b) =>
      share(b.shareMet) - share(a.shareMet) ||
      b.totals.items_submitted - a.totals.items_submitted ||
      b.totals.items_published - a.totals.items_published ||
      a.unit.code.localeCompare(b.unit.code)
  );
  const ranked = sorted.map((row, index) => ({ rank: index + 1, ...row }));
  for (let i = 1; i < ranked.length; i += 1) if (tied(ranked[i - 1], ranked[i])) ranked[i].rank = ranked[i - 1].rank;
  return ranked;
}
