/**
 * The monthly opinion report (báo cáo dư luận hằng tháng, plan section III.3, issue 15 item 4): every
 * commune office, affiliated unit and school tells the Office (Văn phòng Sở), before the due day (the
 * 20th) of the month reported, as the statistics and the reminders count it, what the public said about its education activities and what was done. Entries,
 * or an explicit "nothing arose"; an optional signed scan; the Office acknowledges or returns it.
 * Internal: never in the public API. The shapes of `/editorial-workflow/opinion-reports`.
 */
import type { ConcernChannel, ConcernSeverity } from './concerns';

/** Where a filed report stands with the Office. */
export const RECEIPT_STATUSES = ['filed', 'acknowledged', 'returned'] as const;
export type ReceiptStatus = (typeof RECEIPT_STATUSES)[number];
export const RECEIPT_STATUS_LABELS: Record<ReceiptStatus, string> = {
  filed: 'Đã gửi, chờ tiếp nhận',
  acknowledged: 'Văn phòng đã tiếp nhận',
  returned: 'Văn phòng trả lại',
};

/** What the unit says it reports explicitly when it has no entry. */
export const NO_ISSUES_LABEL = 'Không có vấn đề phát sinh';

/**
 * One entry as the unit writes it: either a concern already in the register (`concernId`, one the
 * filer may see), or a new one in short form (topic, channel, summary, what was done, result), which
 * enters the register when the report is filed and is stored with its new `concernId`.
 */
export interface ReportEntryInput {
  concernId?: number | null;
  topicId?: number | null;
  channel?: ConcernChannel;
  /** What the public said (required for a new concern; for a registered one, optional extra words). */
  summary?: string;
  /** What the unit did about it. */
  actions?: string;
  /** The result so far. */
  result?: string;
}

/** Filing (POST) or refiling/editing (PUT) a report. Exactly one of `entries` (non-empty) or `noIssues: true`. */
export interface ReportInput {
  /** Only on POST: the unit the person files for (one of their units). */
  unitId?: number;
  /** `YYYY-MM`, the month reported; a month not yet begun is refused. Only on POST. */
  period?: string;
  noIssues: boolean;
  entries: ReportEntryInput[];
  /** An uploaded PDF (the upload plugin's file id), or null to remove it. */
  signedScanId?: number | null;
}

export interface ReportEntryView {
  /** Null only for an entry carried over from the old free-text report (its text, no concern of the register). */
  concernId: number | null;
  concernTitle: string | null;
  concernSeverity: ConcernSeverity | null;
  topicId: number | null;
  topicName: string | null;
  channel: ConcernChannel;
  summary: string;
  actions: string;
  result: string;
}

export interface ReportView {
  documentId: string;
  unit: { id: number; name: string; code: string; kind: string };
  period: string;
  noIssues: boolean;
  entries: ReportEntryView[];
  signedScan: { id: number; name: string; url: string } | null;
  /** First filing: decides on time, kept when a returned report is filed again. */
  submittedAt: string;
  /** The latest filing (equal to submittedAt until a refiling). */
  lastFiledAt: string;
  /**
   * Whether the first filing came before the due day (the quota policy's `dueDay`, default the 20th)
   * of the month reported, in Vietnam time: the statistics' own rule (stats/grid.ts reportDeadline).
   */
  onTime: boolean;
  receiptStatus: ReceiptStatus;
  /** The Office's reason, while returned. */
  returnReason: string | null;
  receivedAt: string | null;
  receiverName: string | null;
  /** What the person asking may do now. */
  can: { edit: boolean; acknowledge: boolean; return: boolean };
}

/** POST /opinion-reports/:documentId/return */
export interface ReturnReportBody {
  reason: string;
}
