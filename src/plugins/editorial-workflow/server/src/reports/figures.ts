import type { Core } from '@strapi/strapi';
import { dateOfDay, dayNumber, periodsCovering, vnDateOf, vnStartOf } from '../../../shared/periods';
import { METRIC_LABELS, METRICS, UNIT_KIND_LABELS, UNIT_KINDS, type ComplianceGrid, type UnitKind } from '../../../shared/contracts/stats';
import type { KindTotals, OpinionReportMonth, ReportFigures, ReportPeriod, SectionCount, Takedown, UnitQuotaVerdict } from '../../../shared/contracts/reports';
import { ARTICLE, ITEM_STATE, TOPIC, TRANSITION, UNIT } from '../../../shared/uids';
import { getService } from '../get-service';
import { reasonLabels } from '../reason-categories/catalogue';
import type { StatsScope } from '../stats/scope';
import { vietnamMinute } from './instants';
import { reportConcerns } from './incidents';

/**
 * What a periodic report says, read through the statistics' own services (the compliance grid by
 * month, the opinion reports' status table) so that the report and the statistics page never
 * disagree; the two figures the statistics do not have yet (published items by the plan's section,
 * takedowns with their reasons) are read here, with the same scope and the same Vietnam-time window.
 */

/** Rows read per `IN (…)` list: well under SQLite's bound on parameters. */
const CHUNK = 500;
const NO_SECTION = 'Chưa gắn chủ đề';

const emptyTotals = () => ({ units: 0, itemsSubmitted: 0, featuresSubmitted: 0, itemsPublished: 0, mediaAssets: 0, reportsOnTime: 0 });


function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/** Totals by kind of unit: the month cells added up, per kind in the plan's order, and over all. */
export function kindTotals(grid: ComplianceGrid): { kinds: KindTotals[]; total: ReportFigures['total'] } {
  const byKind = new Map<string, KindTotals>();
  const total = emptyTotals();
  for (const { unit, periods } of grid.units) {
    let entry = byKind.get(unit.kind);
    if (!entry) byKind.set(unit.kind, (entry = { kind: unit.kind, label: UNIT_KIND_LABELS[unit.kind as UnitKind] ?? unit.kind, ...emptyTotals() }));
    entry.units += 1;
    total.units += 1;
    for (const period of grid.periods) {
      const cells = periods[period.key].metrics;
      const add = {
        itemsSubmitted: cells.items_submitted.count,
        featuresSubmitted: cells.features_submitted.count,
        itemsPublished: cells.items_published.count,
        mediaAssets: cells.media_assets.count,
        reportsOnTime: cells.opinion_report_on_time.count,
      };
      for (const [key, value] of Object.entries(add) as Array<[keyof typeof add, number]>) {
        entry[key] += value;
        total[key] += value;
      }
    }
  }
  const order = (kind: string) => (UNIT_KINDS as readonly string[]).indexOf(kind);
  return { kinds: [...byKind.values()].sort((a, b) => order(a.kind) - order(b.kind)), total };
}

/** Each unit's months with a verdict: met when every one was met; the shortfalls named. */
export function quotaVerdicts(grid: ComplianceGrid): ReportFigures['quotas'] {
  const met: UnitQuotaVerdict[] = [];
  const missed: UnitQuotaVerdict[] = [];
  let notJudged = 0;
  for (const { unit, periods } of grid.units) {
    const verdict: UnitQuotaVerdict = { unit, monthsJudged: 0, monthsMet: 0, shortfalls: [] };
    for (const period of grid.periods) {
      const row = periods[period.key];
      if (row.met === null) continue;
      verdict.monthsJudged += 1;
      if (row.met) verdict.monthsMet += 1;
      for (const metric of METRICS) {
        const cell = row.metrics[metric];
        if (cell.met === false) verdict.shortfalls.push(`${METRIC_LABELS[metric]} ${cell.count}/${cell.quota} (${period.key})`);
      }
    }
    if (verdict.monthsJudged === 0) notJudged += 1;
    else (verdict.monthsMet === verdict.monthsJudged ? met : missed).push(verdict);
  }
  return { met, missed, notJudged };
}

/**
 * Items first published in the window, by the plan's section (a subsection counts for its section):
 * an item filed under two sections counts in each, an item without a topic under "Chưa gắn chủ đề".
 * The item's unit is the one it had when first published, as the statistics count it.
 */
async function sectionCounts(strapi: Core.Strapi, window: { start: Date; end: Date }, unitIds?: number[]): Promise<SectionCount[]> {
  const where: Record<string, unknown> = { firstPublishedAt: { $gte: window.start, $lt: window.end } };
  if (unitIds) where.firstPublishedUnitId = { $in: unitIds.length > 0 ? unitIds : [-1] };
  const states: Array<{ itemDocumentId: string }> = await strapi.db.query(ITEM_STATE).findMany({ where, select: ['itemDocumentId'] });
  const sections: Array<{ code: string; title: string; order: number }> = await strapi.db.query(TOPIC).findMany({
    where: { parent: { id: { $null: true } } },
    select: ['code', 'title', 'order'],
  });
  const counts = new Map<string | null, number>();
  for (const ids of chunks(states.map((state) => state.itemDocumentId))) {
    const items: Array<{ topics?: Array<{ code: string; parent?: { code: string } | null }> }> = await strapi.db.query(ARTICLE).findMany({
      where: { documentId: { $in: ids }, publishedAt: null },
      select: ['id'],
      populate: { topics: { select: ['code'], populate: { parent: { select: ['code'] } } } },
    });
    for (const item of items) {
      const codes = new Set((item.topics ?? []).map((topic) => topic.parent?.code ?? topic.code));
      if (codes.size === 0) codes.add(null as unknown as string);
      for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  const rows: SectionCount[] = sections
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || romanValue(a.code) - romanValue(b.code))
    .map((section) => ({ code: section.code, title: section.title, items: counts.get(section.code) ?? 0 }));
  if (counts.get(null)) rows.push({ code: null, title: NO_SECTION, items: counts.get(null)! });
  return rows;
}

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
function romanValue(code: string): number {
  let value = 0;
  for (let i = 0; i < code.length; i += 1) {
    const digit = ROMAN_DIGITS[code[i]] ?? 0;
    value += digit < (ROMAN_DIGITS[code[i + 1]] ?? 0) ? -digit : digit;
  }
  return value;
}

/** Every takedown in the window (the history's `unpublish` rows, by hand, by schedule or for consent), with its category and reason, oldest first. */
async function takedowns(strapi: Core.Strapi, window: { start: Date; end: Date }, unitIds?: number[]): Promise<Takedown[]> {
  const where: Record<string, unknown> = { action: 'unpublish', createdAt: { $gte: window.start, $lt: window.end } };
  if (unitIds) where.unitId = { $in: unitIds.length > 0 ? unitIds : [-1] };
  const rows: Array<{ itemDocumentId: string; createdAt: unknown; reasonCategory: string | null; comment: string | null; unitId: number | null }> = await strapi.db
    .query(TRANSITION)
    .findMany({ where, select: ['itemDocumentId', 'createdAt', 'reasonCategory', 'comment', 'unitId'], orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  if (rows.length === 0) return [];
  const labels = await reasonLabels(strapi);
  const titles = new Map<string, string>();
  for (const ids of chunks([...new Set(rows.map((row) => row.itemDocumentId))])) {
    const items: Array<{ documentId: string; title: string | null }> = await strapi.db.query(ARTICLE).findMany({ where: { documentId: { $in: ids }, publishedAt: null }, select: ['documentId', 'title'] });
    for (const item of items) titles.set(item.documentId, item.title ?? '');
  }
  const unitIdsSeen = [...new Set(rows.map((row) => row.unitId).filter((id): id is number => id !== null))];
  const units: Array<{ id: number; name: string }> = unitIdsSeen.length === 0 ? [] : await strapi.db.query(UNIT).findMany({ where: { id: { $in: unitIdsSeen } }, select: ['id', 'name'] });
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
  return rows.map((row) => ({
    at: vietnamMinute(row.createdAt),
    title: titles.get(row.itemDocumentId) ?? '(tin bài đã xóa)',
    unit: row.unitId === null ? null : unitName.get(row.unitId) ?? null,
    category: row.reasonCategory ? labels.get(row.reasonCategory) ?? row.reasonCategory : 'Chưa phân loại',
    reason: (row.comment ?? '').trim(),
  }));
}

/** The opinion reports of each month of the period begun by `until`: the statistics' status table, counted. */
async function opinionReports(strapi: Core.Strapi, period: ReportPeriod, unitIds: number[] | undefined, now: Date): Promise<OpinionReportMonth[]> {
  const months = periodsCovering(period.from, period.until, 'month').map((month) => month.key);
  const stats = getService(strapi, 'stats');
  return Promise.all(
    months.map(async (month) => {
      const table = await stats.reportStatus({ month, unitIds, now });
      const named = (status: string) => table.units.filter((row) => row.status === status).map((row) => row.unit.name);
      return {
        month,
        dueDay: table.dueDay,
        onTime: named('on_time').length,
        late: named('late').length,
        missing: named('missing').length,
        lateUnits: named('late'),
        missingUnits: named('missing'),
      };
    })
  );
}

/** Every figure of a report, for a scope (the leadership: every unit). */
export async function gatherReportFigures(strapi: Core.Strapi, scope: StatsScope, period: ReportPeriod, now = new Date()): Promise<ReportFigures> {
  const unitIds = scope.all ? undefined : scope.unitIds;
  const window = { start: vnStartOf(period.from), end: vnStartOf(dateOfDay(dayNumber(period.until) + 1)) };
  const [grid, sections, reports, downs, concerns] = await Promise.all([
    getService(strapi, 'stats').compliance({ from: period.from, to: period.until, granularity: 'month', unitIds, now }),
    sectionCounts(strapi, window, unitIds),
    opinionReports(strapi, period, unitIds, now),
    takedowns(strapi, window, unitIds),
    reportConcerns(strapi, window, unitIds),
  ]);
  return {
    period,
    wholeProvince: scope.all,
    generatedOn: vnDateOf(now),
    ...kindTotals(grid),
    quotas: quotaVerdicts(grid),
    sections,
    opinionReports: reports,
    takedowns: downs,
    concerns,
  };
}
