/**
 * The Office's consolidated month view of the monthly opinion reports (issue 15 item 4): for one
 * month, what the units reported (entries counted by topic, unit, severity and channel), the open
 * concerns of that month, the units that filed nothing, and how the reports stand (on time, late,
 * acknowledged, returned). Internal: never in the public API. The shapes of
 * `GET /editorial-workflow/opinion-reports-month?period=YYYY-MM` and of its xlsx twin
 * `GET /editorial-workflow/opinion-reports-month.xlsx?period=YYYY-MM` (one sheet per table).
 */
import type { ConcernChannel, ConcernSeverity, ConcernStatus } from './concerns';
import type { ReceiptStatus } from './opinion-reports';

export const OPINION_MONTH_PATH = '/editorial-workflow/opinion-reports-month';

export interface MonthUnit {
  id: number;
  code: string;
  name: string;
  kind: string;
}

/** How the month's reports stand. `filed` = onTime + late = awaiting + acknowledged + returned. */
export interface MonthReportCounts {
  /** Units whose quota asks for a report (the quota policies' `opinion_report_on_time` rules). */
  required: number;
  filed: number;
  onTime: number;
  late: number;
  /** Filed and not yet acknowledged or returned by the Office. */
  awaiting: number;
  acknowledged: number;
  returned: number;
  /** Reports saying "không có vấn đề phát sinh". */
  noIssues: number;
  /**
   * Units required to report that filed nothing for the month. A returned report is not "nothing":
   * it is counted in `returned` (the statistics count it as not filed until it comes again).
   */
  missing: number;
}

export interface MonthTopicRow {
  topicId: number | null;
  /** The plan's section code (`III.2`), null for entries without a topic. */
  code: string | null;
  title: string;
  count: number;
}

/** One filed report of the month: the unit, its entries and where it stands. */
export interface MonthUnitRow {
  unit: MonthUnit;
  documentId: string;
  entries: number;
  noIssues: boolean;
  onTime: boolean;
  receiptStatus: ReceiptStatus;
  submittedAt: string;
}

export interface MonthSeverityRow {
  severity: ConcernSeverity;
  label: string;
  count: number;
}

export interface MonthChannelRow {
  channel: ConcernChannel;
  label: string;
  count: number;
}

/** A concern not settled (shared/contracts/concerns.ts SETTLED_STATUSES), filed, first seen or reported that month. */
export interface MonthOpenConcern {
  id: number;
  title: string;
  severity: ConcernSeverity;
  status: ConcernStatus;
  topic: { id: number; code: string; title: string } | null;
  filingUnit: { id: number; name: string };
  firstSeenAt: string;
  createdAt: string;
  overdue: boolean;
  /** How many of the month's report entries name it. */
  reportEntries: number;
}

export interface OpinionMonthView {
  /** `YYYY-MM`, the month the reports are about. */
  period: string;
  /** When the view was made (ISO). */
  generatedAt: string;
  reports: MonthReportCounts;
  /** All entries of the month's filed reports. */
  entries: number;
  /** Entries by topic, most first; every topic with at least one entry. */
  byTopic: MonthTopicRow[];
  /** The month's filed reports, one row per unit, by unit kind then name. */
  byUnit: MonthUnitRow[];
  /**
   * Entries by the severity of the concern they name: every severity, most severe first, zeros
   * included. An entry naming no concern (carried over from the old free-text report) is not counted here.
   */
  bySeverity: MonthSeverityRow[];
  /** Entries by channel: every channel, zeros included. */
  byChannel: MonthChannelRow[];
  /** Most severe first, then the oldest. */
  openConcerns: MonthOpenConcern[];
  /** Units required to report that filed nothing for the month, by kind then name. */
  unitsWithoutReport: MonthUnit[];
}
