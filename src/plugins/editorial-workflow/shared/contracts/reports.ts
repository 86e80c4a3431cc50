import type { ReportStatus, UnitRef } from './stats';

/**
 * The periodic reports (issue 19, item 3): a month, a quarter, a semester of the school year or the
 * school year, as a Word document and a PDF in the Vietnamese administrative layout.
 */

export const REPORT_PERIOD_KINDS = ['month', 'quarter', 'semester', 'school-year'] as const;
export type ReportPeriodKind = (typeof REPORT_PERIOD_KINDS)[number];

export const REPORT_FORMATS = ['docx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The day of the month the last month's report is e-mailed to the leadership, when no setting says otherwise. */
export const DEFAULT_REPORT_SEND_DAY = 3;
/**
 * The time of that e-mail (Vietnam time), 07:30: after the daily digest (07:00), before the 08:00
 * reminders, so that no two calendar jobs share a minute (tests/jobs-once.test.ts counts its runs).
 */
export const REPORT_SEND_TIME = { hour: 7, minute: 30 } as const;

/**
 * A period, by its key: `2026-11` (a month), `2026-Q4` (a calendar quarter), `2025-2026-HK1` (first
 * semester, 1 September to 31 January) or `2025-2026-HK2` (1 February to 31 August), `2025-2026` (the
 * school year, 1 September to 31 August).
 */
export interface ReportPeriod {
  kind: ReportPeriodKind;
  key: string;
  /** First Vietnam date. */
  from: string;
  /** Last Vietnam date of the period. */
  to: string;
  /** Last Vietnam date counted: `to`, or today for a period under way. */
  until: string;
  /** `tháng 11 năm 2026`, `quý IV năm 2026`, `học kỳ I năm học 2025 - 2026`, `năm học 2025 - 2026`. */
  label: string;
}

/** Totals of one kind of unit over the period. */
export interface KindTotals {
  kind: string;
  label: string;
  units: number;
  itemsSubmitted: number;
  featuresSubmitted: number;
  itemsPublished: number;
  mediaAssets: number;
  reportsOnTime: number;
}

/** A unit's quotas over the period's months: met when every month it had something to meet was met. */
export interface UnitQuotaVerdict {
  unit: UnitRef;
  /** Months with a quota to meet (a verdict). */
  monthsJudged: number;
  monthsMet: number;
  /** The metrics short in some month, in words (`Tin bài đã gửi 1/2 (2026-11)`). */
  shortfalls: string[];
}

export interface SectionCount {
  /** The plan's section code (`I` … `XII`), or null for items without a topic. */
  code: string | null;
  title: string;
  items: number;
}

export interface OpinionReportMonth {
  month: string;
  dueDay: number;
  onTime: number;
  late: number;
  missing: number;
  /** The units late or missing, by name. */
  lateUnits: string[];
  missingUnits: string[];
}

export interface Takedown {
  /** Vietnam time, `YYYY-MM-DD HH:mm`. */
  at: string;
  title: string;
  unit: string | null;
  category: string;
  reason: string;
}

/** An incident or a crisis of the opinion desk (concerns/) entered in the period. */
export interface ReportIncident {
  /** `YYYY-MM-DD HH:mm`, Vietnam time: when it was entered in the register. */
  at: string;
  title: string;
  /** The unit that filed it. */
  unit: string;
  department: string | null;
  severity: string;
  /** Its status today. */
  status: string;
}

/** The opinion desk in a report: the concerns entered in the period, by severity, and its incidents and crises. */
export interface ReportConcerns {
  entered: number;
  bySeverity: Array<{ severity: string; count: number }>;
  incidents: ReportIncident[];
}

export interface ReportFigures {
  period: ReportPeriod;
  /** Whether the figures cover every unit (the leadership) or the reader's units only. */
  wholeProvince: boolean;
  /** Vietnam date the figures were read. */
  generatedOn: string;
  kinds: KindTotals[];
  total: Omit<KindTotals, 'kind' | 'label'>;
  quotas: { met: UnitQuotaVerdict[]; missed: UnitQuotaVerdict[]; notJudged: number };
  sections: SectionCount[];
  opinionReports: OpinionReportMonth[];
  takedowns: Takedown[];
  concerns: ReportConcerns;
}

export type { ReportStatus };
