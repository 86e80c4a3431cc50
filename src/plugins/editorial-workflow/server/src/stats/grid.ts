import { vnDateOf, vnStartOf, weekKeyOf, type Granularity, type Period } from '../../../shared/periods';
import { METRICS, type Cell, type ComplianceGrid, type Metric, type ReportStatusTable, type UnitRef } from '../../../shared/contracts/stats';
import type { CountMap, FiledReport } from './counts';
import { DEFAULT_DUE_DAY, type QuotaLookup } from './quotas';

/**
 * The compliance grid's verdicts, as pure functions of what services/stats.ts loads: whether a count
 * meets its quota, when a month's opinion report becomes late, and each unit's row of cells.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant a month's report becomes late: 00:00 of the due day in Vietnam. */
export const reportDeadline = (month: string, dueDay: number): Date => vnStartOf(`${month}-${pad(dueDay)}`);

/** The month `by` months after `month` (before it when negative), both `YYYY-MM`. */
export const monthShift = (month: string, by: number): string => {
  const [y, m] = month.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
};

/**
 * Whether a count meets its quota. No policy, or a minimum of 0 (schools: "encouraged, counted all
 * the same"), leaves nothing to meet: null, so such a cell neither greens nor reddens the period
 * and does not weigh in the ranking; its count is still shown.
 */
export const meets = (count: number, quota: number | null): boolean | null => (quota === null || quota === 0 ? null : count >= quota);

/** Per unit: its report about a month, and whether it came before its due day. */
export interface ReportJudge {
  dueDayOf(unit: UnitRef): number;
  find(unit: UnitRef, month: string): FiledReport | null;
  onTime(unit: UnitRef, report: FiledReport): boolean;
}

export function reportJudge(quotas: QuotaLookup, reports: FiledReport[]): ReportJudge {
  const byUnitMonth = new Map(reports.map((report) => [`${report.unitId}:${report.period}`, report]));
  const dueDayOf = (unit: UnitRef) => quotas(unit, 'opinion_report_on_time', 'month')?.dueDay ?? DEFAULT_DUE_DAY;
  return {
    dueDayOf,
    find: (unit, month) => byUnitMonth.get(`${unit.id}:${month}`) ?? null,
    onTime: (unit, report) => report.submittedAt.getTime() < reportDeadline(report.period, dueDayOf(unit)).getTime(),
  };
}

/**
 * The reports filed on time, per unit and period: a month counts the report about it; a week counts
 * the reports filed in it, whatever month they are about. Reports of units not in `units` are left out.
 */
export function reportsOnTime(units: UnitRef[], reports: FiledReport[], judge: ReportJudge, granularity: Granularity): CountMap {
  const counts: CountMap = new Map();
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  for (const report of reports) {
    const unit = unitById.get(report.unitId);
    if (!unit || !judge.onTime(unit, report)) continue;
    const key = granularity === 'month' ? report.period : weekKeyOf(vnDateOf(report.submittedAt));
    let byKey = counts.get(unit.id);
    if (!byKey) counts.set(unit.id, (byKey = new Map()));
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Cells by value: one frozen object per (count, quota, verdict). 600 units × 53 weeks × 5 metrics is
 * 160,000 cells, most of them 0 of the same quota; sharing them spares the allocations and their
 * garbage collection.
 */
export function cellCache(): (count: number, quota: number | null, met: boolean | null) => Cell {
  const cells = new Map<number | null, Cell[][]>(); // quota → verdict (null, true, false) → count
  return (count, quota, met) => {
    let byVerdict = cells.get(quota);
    if (!byVerdict) cells.set(quota, (byVerdict = [[], [], []]));
    const byCount = byVerdict[met === null ? 0 : met ? 1 : 2];
    return byCount[count] ?? (byCount[count] = Object.freeze({ count, quota, met }));
  };
}

/** A unit's row of the grid: per period key, a cell per metric and the period's verdict. */
export type GridRow = ComplianceGrid['units'][number]['periods'];

/** What the rows are made of. */
export interface GridFacts {
  periods: Period[];
  granularity: Granularity;
  /** Before a month's due day, its report not filed yet is not missing yet. */
  now: Date;
  quotas: QuotaLookup;
  counted: Record<Metric, CountMap>;
  judge: ReportJudge;
}

/**
 * Builds units' rows; the rows of one builder share their equal cells. Policies are resolved once per
 * unit. The period is met when every metric with something to meet is met; null when none has.
 */
export function rowBuilder({ periods, granularity, now, quotas, counted, judge }: GridFacts): (unit: UnitRef) => GridRow {
  const cellOf = cellCache();
  const reportMetric = METRICS.indexOf('opinion_report_on_time');
  return (unit) => {
    const policies = METRICS.map((metric) => quotas(unit, metric, granularity));
    const byMetric = METRICS.map((metric) => counted[metric].get(unit.id));
    const reportDueDay = policies[reportMetric]?.dueDay ?? DEFAULT_DUE_DAY;
    const row: GridRow = {};
    for (const period of periods) {
      const metrics = {} as Record<Metric, Cell>;
      let periodMet: boolean | null = null;
      for (let i = 0; i < METRICS.length; i += 1) {
        const count = byMetric[i]?.get(period.key) ?? 0;
        const quota = policies[i] ? policies[i]!.minimum : null;
        let met = meets(count, quota);
        // A month's report not filed yet, before its due day, is not missing yet: nothing to judge.
        if (met === false && i === reportMetric && granularity === 'month' && !judge.find(unit, period.key)) {
          if (now.getTime() < reportDeadline(period.key, reportDueDay).getTime()) met = null;
        }
        metrics[METRICS[i]] = cellOf(count, quota, met);
        if (met !== null) periodMet = periodMet !== false && met;
      }
      row[period.key] = { metrics, met: periodMet };
    }
    return row;
  };
}

/**
 * The month's report of each unit: on time (before the due day, Vietnam time), late, or missing
 * (none filed; also before the due day, as "not yet"). The due day shown is the units' one when they
 * share it, else the default.
 */
export function reportStatusTable(month: string, units: UnitRef[], judge: ReportJudge): ReportStatusTable {
  const dueDays = new Set(units.map(judge.dueDayOf));
  return {
    month,
    dueDay: dueDays.size === 1 ? [...dueDays][0] : DEFAULT_DUE_DAY,
    units: units.map((unit) => {
      const report = judge.find(unit, month);
      return {
        unit,
        status: !report ? 'missing' : judge.onTime(unit, report) ? 'on_time' : 'late',
        submittedAt: report ? report.submittedAt.toISOString() : null,
      };
    }),
  };
}
