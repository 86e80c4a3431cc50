import type { Core } from '@strapi/strapi';
import { dateOfDay, dayNumber, monthKeyOf, periodsCovering, schoolYearRange, vnDateOf, vnStartOf } from '../../../shared/periods';
import {
  METRICS,
  UNIT_KINDS,
  type ComplianceGrid,
  type ComplianceQuery,
  type Metric,
  type Ranking,
  type RankingQuery,
  type ReportStatusTable,
  type UnitRef,
} from '../../../shared/contracts/stats';
import { filedReports, mediaAssetCounts, type CountMap } from '../stats/counts';
import { readCounters, rebuildCounters } from '../stats/counters';
import { loadQuotas } from '../stats/quotas';
import { monthShift, reportJudge, reportStatusTable, reportsOnTime, rowBuilder } from '../stats/grid';
import { rank, rankingRows } from '../stats/ranking';
import { UNIT } from '../../../shared/uids';

/** Loads what the statistics count; the verdicts and the ranking are pure functions (stats/grid.ts, stats/ranking.ts). */

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
    const counted: Record<Metric, CountMap> = {
      ...items,
      media_assets: media,
      opinion_report_on_time: reportsOnTime(units, reports, judge, granularity),
    };
    const rowOf = rowBuilder({ periods, granularity, now, quotas, counted, judge });

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
      const scope = { unitKind: query.unitKind, unitIds: query.unitIds, now };
      const [months, weeks] = await Promise.all([
        compliance({ ...scope, ...range, granularity: 'month' }),
        compliance({ ...scope, ...range, granularity: 'week' }),
      ]);
      return { schoolYear: query.schoolYear, ...range, units: rank(rankingRows(months, weeks, range.from, vnDateOf(now))) };
    },

    /**
     * This month's opinion reports of the units whose quota asks for one: on time (before the due
     * day, Vietnam time), late, or missing (none filed; also shown before the due day, as "not yet").
     */
    async reportStatus(query: { month: string; unitIds?: number[]; now?: Date }): Promise<ReportStatusTable> {
      const quotas = await loadQuotas(strapi);
      const units = (await unitsOf({ unitIds: query.unitIds })).filter((unit) => (quotas(unit, 'opinion_report_on_time', 'month')?.minimum ?? 0) > 0);
      const reports = await filedReports(strapi, { fromMonth: query.month, toMonth: query.month, unitIds: units.map((unit) => unit.id) });
      return reportStatusTable(query.month, units, reportJudge(quotas, reports));
    },

    /** The active units counted (by kind, by ids), in the grid's order. */
    unitsOf,

    /** Recomputes the counters table from the facts on the item states (after a bulk load, or to repair). */
    rebuildCounters: () => rebuildCounters(strapi),
  };
};
