import type { Core } from '@strapi/strapi';
import {
  dateOfDay,
  dayNumber,
  monthKeyOf,
  periodsCovering,
  schoolYearRange,
  vnDateOf,
  vnStartOf,
  weekKeyOf,
  type Period,
} from '../../../shared/periods';
import {
  METRICS,
  UNIT_KINDS,
  type Cell,
  type ComplianceGrid,
  type ComplianceQuery,
  type Metric,
  type Ranking,
  type RankingQuery,
  type ReportStatusTable,
  type UnitRef,
} from '../../../shared/contracts/stats';
import { filedReports, mediaAssetCounts, type CountMap, type FiledReport } from '../stats/counts';
import { readCounters, rebuildCounters } from '../stats/counters';
import { DEFAULT_DUE_DAY, loadQuotas, type QuotaLookup } from '../stats/quotas';
import { UNIT } from '../../../shared/uids';

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant a month's report becomes late: 00:00 of the due day in Vietnam. */
export const reportDeadline = (month: string, dueDay: number): Date => vnStartOf(`${month}-${pad(dueDay)}`);

const monthShift = (month: string, by: number): string => {
  const [y, m] = month.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
};

/**
 * Whether a count meets its quota. No policy, or a minimum of 0 (schools: "encouraged, counted all
 * the same"), leaves nothing to meet: null, so such a cell neither greens nor reddens the period
 * and does not weigh in the ranking; its count is still shown.
 */
const meets = (count: number, quota: number | null): boolean | null => (quota === null || quota === 0 ? null : count >= quota);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The units counted, in a stable order (kind as the plan lists them, then code). */
  async function unitsOf(query: { unitKind?: string; unitIds?: number[] }): Promise<UnitRef[]> {
    const where: Record<string, unknown> = { active: true };
    if (query.unitKind) where.kind = query.unitKind;
    if (query.unitIds) where.id = { $in: query.unitIds };
    const rows: UnitRef[] = await strapi.db.query(UNIT).findMany({ where, select: ['id', 'code', 'name', 'kind'] });
    const order = (kind: string) => UNIT_KINDS.indexOf(kind as (typeof UNIT_KINDS)[number]);
    return rows
      .map(({ id, code, name, kind }) => ({ id, code, name, kind }))
      .sort((a, b) => order(a.kind) - order(b.kind) || a.code.localeCompare(b.code));
  }

  /** Per unit: whether its report about `month` came before its due day, and when. */
  function reportJudge(quotas: QuotaLookup, reports: FiledReport[]) {
    const byUnitMonth = new Map(reports.map((report) => [`${report.unitId}:${report.period}`, report]));
    const dueDayOf = (unit: UnitRef) => quotas(unit, 'opinion_report_on_time', 'month')?.dueDay ?? DEFAULT_DUE_DAY;
    return {
      dueDayOf,
      find: (unit: UnitRef, month: string) => byUnitMonth.get(`${unit.id}:${month}`) ?? null,
      onTime: (unit: UnitRef, report: FiledReport) => report.submittedAt.getTime() < reportDeadline(report.period, dueDayOf(unit)).getTime(),
    };
  }

  async function compliance(query: ComplianceQuery & { now?: Date }): Promise<ComplianceGrid> {
    const { from, to, granularity } = query;
    const now = query.now ?? new Date();
    const periods = periodsCovering(from, to, granularity);
    const first = periods[0].start;
    const last = periods[periods.length - 1].end;
    const units = await unitsOf(query);
    // Filtered: count only these units. Unfiltered: no IN list, the aggregates read the time index alone.
    const unitIds = query.unitIds || query.unitKind ? units.map((unit) => unit.id) : undefined;
    const window = { start: vnStartOf(first), end: vnStartOf(dateOfDay(dayNumber(last) + 1)), granularity, unitIds };
    const months = { from: monthKeyOf(first), to: monthKeyOf(last) };

    const [quotas, items, media, reports] = await Promise.all([
      loadQuotas(strapi),
      // Items submitted and published: the counters table, one row per unit and period (stats/counters.ts).
      readCounters(strapi, { keys: periods.map((period) => period.key), unitIds }),
      mediaAssetCounts(strapi, window, months),
      // A week may hold a report about the month before or after it (filed early or late).
      filedReports(strapi, { fromMonth: monthShift(months.from, -1), toMonth: monthShift(months.to, 1), unitIds }),
    ]);
    const judge = reportJudge(quotas, reports);
    const reportsOnTime: CountMap = new Map();
    const unitById = new Map(units.map((unit) => [unit.id, unit]));
    for (const report of reports) {
      const unit = unitById.get(report.unitId);
      if (!unit || !judge.onTime(unit, report)) continue;
      const key = granularity === 'month' ? report.period : weekKeyOf(vnDateOf(report.submittedAt));
      let byKey = reportsOnTime.get(unit.id);
      if (!byKey) reportsOnTime.set(unit.id, (byKey = new Map()));
      byKey.set(key, (byKey.get(key) ?? 0) + 1);
    }

    const counted: Record<Metric, CountMap> = {
      ...items,
      media_assets: media,
      opinion_report_on_time: reportsOnTime,
    };

    // 600 units × 53 weeks × 5 metrics is 160,000 cells: policies are resolved once per unit, and
    // equal cells are one frozen object (a cell is its count, quota and verdict; most are 0 of the
    // same quota), which spares the allocations and their garbage collection.
    const cells = new Map<number | null, Cell[][]>(); // quota → verdict (null, true, false) → count
    const cellOf = (count: number, quota: number | null, met: boolean | null): Cell => {
      let byVerdict = cells.get(quota);
      if (!byVerdict) cells.set(quota, (byVerdict = [[], [], []]));
      const byCount = byVerdict[met === null ? 0 : met ? 1 : 2];
      return byCount[count] ?? (byCount[count] = Object.freeze({ count, quota, met }));
    };
    const rowOf = (unit: UnitRef) => {
      const policies = METRICS.map((metric) => quotas(unit, metric, granularity));
      const byMetric = METRICS.map((metric) => counted[metric].get(unit.id));
      const reportPolicy = policies[METRICS.indexOf('opinion_report_on_time')];
      const row: Record<string, { metrics: Record<Metric, Cell>; met: boolean | null }> = {};
      for (const period of periods) {
        const metrics = {} as Record<Metric, Cell>;
        // The period is met when every metric with something to meet is met; null when none has.
        let periodMet: boolean | null = null;
        for (let i = 0; i < METRICS.length; i += 1) {
          const metric = METRICS[i];
          const count = byMetric[i]?.get(period.key) ?? 0;
          const quota = policies[i] ? policies[i]!.minimum : null;
          let met = meets(count, quota);
          // A month's report not filed yet, before its due day, is not missing yet: nothing to judge.
          if (met === false && metric === 'opinion_report_on_time' && granularity === 'month' && !judge.find(unit, period.key)) {
            if (now.getTime() < reportDeadline(period.key, reportPolicy?.dueDay ?? DEFAULT_DUE_DAY).getTime()) met = null;
          }
          metrics[metric] = cellOf(count, quota, met);
          if (met !== null) periodMet = periodMet !== false && met;
        }
        row[period.key] = { metrics, met: periodMet };
      }
      return row;
    };

    return {
      from,
      to,
      granularity,
      metrics: [...METRICS],
      periods,
      units: units.map((unit) => ({ unit, periods: rowOf(unit) })),
    };
  }

  return {
    compliance,

    /**
     * The units ranked over a school year. Totals are the year's months added up. The share of
     * periods met weighs the weeks starting in the school year and its months, only those already
     * over (a week under way is not yet failed), in which the unit had a quota to meet. Ties
     * (same share, same items submitted, same items published) share a rank.
     */
    async ranking(query: RankingQuery & { now?: Date }): Promise<Ranking> {
      const range = schoolYearRange(query.schoolYear);
      if (!range) throw new Error(`bad school year ${query.schoolYear}`);
      const now = query.now ?? new Date();
      const today = vnDateOf(now);
      const scope = { unitKind: query.unitKind, unitIds: query.unitIds, now };
      const [months, weeks] = await Promise.all([
        compliance({ ...scope, ...range, granularity: 'month' }),
        compliance({ ...scope, ...range, granularity: 'week' }),
      ]);
      const over = (period: Period) => period.end < today;
      const judged = [
        ...months.periods.filter(over).map((period) => ({ grid: months, period })),
        ...weeks.periods.filter((period) => over(period) && period.start >= range.from).map((period) => ({ grid: weeks, period })),
      ];
      const weekRows = new Map(weeks.units.map((row) => [row.unit.id, row]));

      const rows = months.units.map((row) => {
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
      const share = (value: number | null) => (value === null ? -1 : value);
      rows.sort(
        (a, b) =>
          share(b.shareMet) - share(a.shareMet) ||
          b.totals.items_submitted - a.totals.items_submitted ||
          b.totals.items_published - a.totals.items_published ||
          a.unit.code.localeCompare(b.unit.code)
      );
      const ranked = rows.map((row, index) => ({ rank: index + 1, ...row }));
      for (let i = 1; i < ranked.length; i += 1) {
        const [before, current] = [ranked[i - 1], ranked[i]];
        const tie =
          before.shareMet === current.shareMet &&
          before.totals.items_submitted === current.totals.items_submitted &&
          before.totals.items_published === current.totals.items_published;
        if (tie) current.rank = before.rank;
      }
      return { schoolYear: query.schoolYear, ...range, units: ranked };
    },

    /**
     * This month's opinion reports of the units whose quota asks for one: on time (before the due
     * day, Vietnam time), late, or missing (none filed; also shown before the due day, as "not yet").
     */
    async reportStatus(query: { month: string; unitIds?: number[]; now?: Date }): Promise<ReportStatusTable> {
      const quotas = await loadQuotas(strapi);
      const units = (await unitsOf({ unitIds: query.unitIds })).filter((unit) => (quotas(unit, 'opinion_report_on_time', 'month')?.minimum ?? 0) > 0);
      const reports = await filedReports(strapi, { fromMonth: query.month, toMonth: query.month, unitIds: units.map((unit) => unit.id) });
      const judge = reportJudge(quotas, reports);
      const dueDays = new Set(units.map(judge.dueDayOf));
      return {
        month: query.month,
        dueDay: dueDays.size === 1 ? [...dueDays][0] : DEFAULT_DUE_DAY,
        units: units.map((unit) => {
          const report = judge.find(unit, query.month);
          return {
            unit,
            status: !report ? 'missing' : judge.onTime(unit, report) ? 'on_time' : 'late',
            submittedAt: report ? report.submittedAt.toISOString() : null,
          };
        }),
      };
    },

    /** The active units counted (by kind, by ids), in the grid's order. */
    unitsOf,

    /** Recomputes the counters table from the facts on the item states (after a bulk load, or to repair). */
    rebuildCounters: () => rebuildCounters(strapi),
  };
};
