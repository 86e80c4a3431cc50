/**
 * The leadership's overview "Tổng quan" (`GET /editorial-workflow/overview?month=YYYY-MM`): a month
 * against the month before and the same month a year earlier, scoped as the statistics are
 * (stats/scope.ts). Every figure is a count the admin page links to the list behind it.
 */
import type { Granularity } from '../periods';
import type { Metric, UnitKind } from './stats';
import type { DurationFigure } from './turnaround';
import type { ConcernSeverity } from './concerns';

/** The first month the overview may be asked for: the system counts from the plan's year (2026), a year before it is the comparison. */
export const OVERVIEW_FIRST_MONTH = '2025-01';

/** The three months compared: the month asked, the month before it, the same month a year earlier. */
export const OVERVIEW_MONTHS = ['current', 'previous', 'lastYear'] as const;
export type OverviewMonth = (typeof OVERVIEW_MONTHS)[number];

/** A figure for each month compared. */
export type ByMonth<T> = Record<OverviewMonth, T>;

/** Items first submitted and first published in a month (the statistics' facts: a resubmission is not counted again). */
export type ItemCounts = { submitted: number; published: number };

/**
 * A quota for one month: the units that had it to meet and those that met it. A month's quota is
 * judged on the month; a week's quota on the weeks starting in the month that are over, and a unit
 * meets it when it met it every such week. `share` is met / units, null when no unit had it to meet.
 */
export type QuotaShare = { units: number; met: number; share: number | null };

/**
 * The monthly opinion reports of the units whose quota asks for one: on time (before the due day,
 * Vietnam time, `quota-policy.dueDay`, 20 by default as the plan says), late, missing. Before the
 * due day (`due` false) a missing report is not late yet.
 */
export type ReportFigures = { expected: number; onTime: number; late: number; missing: number; dueDay: number; due: boolean };

/**
 * The opinion desk (Dư luận & sự cố): the concerns entered in each compared month, by their severity
 * now; those still open now (new or in progress) by severity, and how many of those are past their
 * response time. Counted over the concerns the person's scope reaches.
 */
export interface OverviewConcerns {
  available: true;
  severities: ConcernSeverity[];
  entered: ByMonth<Record<ConcernSeverity, number>>;
  open: Record<ConcernSeverity, number>;
  overdue: number;
}

/** What does not exist yet in the system: shown as a note, never as a zero. */
export type NotAvailable = { available: false; reason: string };

export interface OverviewReport {
  /** The month asked, `YYYY-MM`. */
  month: string;
  months: ByMonth<string>;
  /** Whether every unit is counted (the leadership, QLCL) or the person's units only. */
  scope: 'all' | 'units';
  asOf: string;
  totals: ByMonth<ItemCounts>;
  byKind: Array<{ kind: UnitKind; counts: ByMonth<ItemCounts> }>;
  /**
   * By section of the plan (topics I to XII): an item counts once in each section one of its topics
   * belongs to (the section itself or one of its subsections); an item without a topic is in no section.
   */
  bySection: Array<{ code: string; title: string; counts: ByMonth<ItemCounts> }>;
  quotas: Array<{ metric: Metric; period: Granularity; figures: ByMonth<QuotaShare> }>;
  reports: ByMonth<ReportFigures>;
  /** Submission → approval and approval → publication, working days (turnaround/), of the departments in scope; null when the person has none. */
  turnaround: ByMonth<{ submissionToApproval: DurationFigure; approvalToPublication: DurationFigure }> | null;
  /** Concerns and incidents by severity (the opinion desk, concerns/). */
  concerns: OverviewConcerns;
  /** Plan lines left uncovered: the plan desk has not landed. */
  planCoverage: NotAvailable;
}
