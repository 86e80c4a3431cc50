import type { Core } from '@strapi/strapi';
import { dateOfDay, dayNumber, monthKeyOf, periodsCovering, schoolYearRange, vnDateOf, vnStartOf } from '../../../shared/periods';
import {
  DEFAULT_GRID_SORT,
  METRICS,
  type ComplianceGrid,
  type ComplianceGridPage,
  type ComplianceSlice,
  type GridSort,
  type KindTrend,
  type ComplianceQuery,
  type Metric,
  type Ranking,
  type RankingQuery,
  type ReportStatusTable,
  type UnitRef,
} from '../../../shared/contracts/stats';
import { filedReports, mediaAssetCounts, type CountMap } from '../stats/counts';
import { counterTotals, readCounters, rebuildCounters, type CounterMetric } from '../stats/counters';
import { byKind, orderUnits, pageOfUnits } from '../stats/order';
import { loadQuotas } from '../stats/quotas';
import { monthShift, reportJudge, reportStatusTable, reportsOnTime, rowBuilder } from '../stats/grid';
import { rank, rankingRows } from '../stats/ranking';
import { UNIT } from '../../../shared/uids';
import { trendByKind } from '../../../shared/stats-trend';

/** The grid sorts that read a counter's total. */
const SORT_METRICS: Record<string, CounterMetric | undefined> = { itemsSubmitted: 'items_submitted', itemsPublished: 'items_published' };

/** Loads what the statistics count; the verdicts and the ranking are pure functions (stats/grid.ts, stats/ranking.ts). */

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The units counted, in a stable order (kind as the plan lists them, then code). */
  async function unitsOf(query: { unitKind?: string; unitIds?: number[] }): Promise<UnitRef[]> {
    const where: Record<string, unknown> = { active: true };
    if (query.unitKind) where.kind = query.unitKind;
    if (query.unitIds) where.id = { $in: query.unitIds };
    const rows: UnitRef[] = await strapi.db.query(UNIT).findMany({ where, select: ['id', 'code', 'name', 'kind'] });
    return rows.map(({ id, code, name, kind }) => ({ id, code, name, kind })).sort(byKind);
  }

  /**
   * The grid's rows of `units`, in that order. `restricted`: read the counts of these units only
   * (a page, a scope, a kind); otherwise of every unit, with no IN list, the aggregates reading the
   * time index alone.
   */
  async function gridOf(query: ComplianceQuery & { now?: Date }, units: UnitRef[], restricted: boolean): Promise<ComplianceGrid> {
    const { from, to, granularity } = query;
    const now = query.now ?? new Date();
    const periods = periodsCovering(from, to, granularity);
    const first = periods[0].start;
    const last = periods[periods.length - 1].end;
    const unitIds = restricted ? units.map((unit) => unit.id) : undefined;
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

  /** The whole grid, every unit of the query (the export, the ranking, the reminders). */
  async function compliance(query: ComplianceQuery & { now?: Date; sort?: GridSort }): Promise<ComplianceGrid> {
    const units = await unitsOf(query);
    const ordered = query.sort && query.sort !== DEFAULT_GRID_SORT ? orderUnits(units, query.sort, await totalsFor(query, query.sort, units)) : units;
    return gridOf(query, ordered, Boolean(query.unitIds || query.unitKind));
  }

  /** For a sort by a metric: each unit's total over the query's periods (one grouped SUM); else nothing to read. */
  async function totalsFor(query: ComplianceQuery, sort: GridSort, units: UnitRef[]): Promise<Map<number, number> | undefined> {
    const metric = SORT_METRICS[sort.replace(/^-/, '')];
    if (!metric) return undefined;
    const keys = periodsCovering(query.from, query.to, query.granularity).map((period) => period.key);
    return counterTotals(strapi, { metric, keys, unitIds: query.unitIds || query.unitKind ? units.map((unit) => unit.id) : undefined });
  }

  /**
   * One page of the grid. Over all units in scope only their references (a few hundred small rows)
   * and, for a sort by a metric, one grouped SUM over the counters table; the cells (counters, media,
   * reports, quotas) are computed for the page's units alone, so a page costs the same at 60 or 6,000 units.
   */
  async function compliancePage(query: ComplianceQuery & ComplianceSlice & { now?: Date }): Promise<ComplianceGridPage> {
    const sort = query.sort ?? DEFAULT_GRID_SORT;
    const units = await unitsOf(query);
    const ordered = sort === DEFAULT_GRID_SORT ? units : orderUnits(units, sort, await totalsFor(query, sort, units));
    const page = pageOfUnits(ordered, query.page, query.pageSize);
    const grid = await gridOf(query, page.items, true);
    return { ...grid, sort, pagination: page.pagination };
  }

  return {
    compliance,

    compliancePage,

    /** The trend by unit kind over the whole grid of the query: its lines only, not its cells. */
    async trend(query: ComplianceQuery & { now?: Date }): Promise<KindTrend> {
      const grid = await compliance(query);
      const shareMet = trendByKind(grid, 'shareMet');
      return {
        from: grid.from,
        to: grid.to,
        granularity: grid.granularity,
        periods: shareMet.periods,
        shareMet: shareMet.series,
        itemsSubmitted: trendByKind(grid, 'itemsSubmitted').series,
      };
    },

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
