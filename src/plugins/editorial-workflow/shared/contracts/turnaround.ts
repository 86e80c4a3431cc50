/**
 * Turnaround and backlog (`GET /editorial-workflow/stats/turnaround`): how long the departments take
 * from submission to approval and the publisher (Phòng QLCL) from approval to publication, in
 * working days (shared/working-days.ts, with the administrator's calendar), and what waits now.
 */
import type { WorkflowState } from '../state-machine';

/** The states an item waits in for a department (in_review, awaiting_approval) or the publisher (approved). */
export const BACKLOG_STATES = ['in_review', 'awaiting_approval', 'approved'] as const satisfies readonly WorkflowState[];
export type BacklogState = (typeof BACKLOG_STATES)[number];

/**
 * How long an item has waited, in working days: under 1, from 1 to under 2, from 2 to 5, over 5.
 * Bounds in working days, lower bound included; 5 itself falls in `2-5`.
 */
export const AGE_BUCKETS = ['under-1', '1-2', '2-5', 'over-5'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

/** How many of the oldest waiting items each backlog group lists. */
export const BACKLOG_OLDEST = 5;

export type DepartmentRef = { id: number; code: string; name: string };

/** p50 and p90 of the durations (working days, one decimal); null when nothing reached the end point. */
export type DurationFigure = { count: number; p50: number | null; p90: number | null };

export type BacklogItem = {
  documentId: string;
  title: string;
  unit: { code: string; name: string } | null;
  state: BacklogState;
  /** When it entered its state (ISO). */
  waitingSince: string;
  /** The same instant in Vietnam time, `YYYY-MM-DD HH:mm`. */
  waitingSinceVietnam: string;
  /** Working days waited until the answer's `asOf`, one decimal. */
  ageWorkingDays: number;
  /** The content-manager's edit view of the item, a path of the admin panel. */
  editPath: string;
};

export type BacklogGroup = {
  total: number;
  byState: Partial<Record<BacklogState, number>>;
  buckets: Record<AgeBucket, number>;
  /** The oldest first, at most BACKLOG_OLDEST. */
  oldest: BacklogItem[];
};

export type TurnaroundReport = {
  /** The period (Vietnam dates, both included) whose approvals and publications are measured. */
  from: string;
  to: string;
  /** When the backlog's ages were measured (ISO). */
  asOf: string;
  /** Every department in the caller's scope, in code order: submission → approval, and what waits for it. */
  departments: Array<{ department: DepartmentRef; submissionToApproval: DurationFigure; backlog: BacklogGroup }>;
  /** Phòng QLCL: approval → publication of the items of the scope's departments, and what waits to be published. */
  publisher: { approvalToPublication: DurationFigure; backlog: BacklogGroup };
};
