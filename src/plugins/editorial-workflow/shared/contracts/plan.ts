/**
 * The plan at work (issue 17): the shapes the assignments, events, communication scripts and the
 * communication calendar share. Each feature's own request and response shapes live next to it
 * (`contracts/assignments.ts`, `contracts/calendar.ts`…); these are the ones several read.
 */

/** The kinds of event the plan names (sự kiện: hội nghị, hội thảo, tập huấn, cuộc thi…). */
export const EVENT_KINDS = ['conference', 'workshop', 'training', 'contest', 'ceremony', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  conference: 'Hội nghị',
  workshop: 'Hội thảo',
  training: 'Tập huấn',
  contest: 'Cuộc thi',
  ceremony: 'Lễ, kỷ niệm',
  other: 'Sự kiện khác',
};

/** The channels a communication script names (kênh truyền thông). */
export const SCRIPT_CHANNELS = ['website', 'fanpage', 'portal', 'press', 'broadcast', 'school', 'other'] as const;
export type ScriptChannel = (typeof SCRIPT_CHANNELS)[number];

export const SCRIPT_CHANNEL_LABELS: Record<ScriptChannel, string> = {
  website: 'Trang thông tin điện tử của Sở',
  fanpage: 'Fanpage ngành GDĐT',
  portal: 'Cổng thông tin điện tử tỉnh',
  press: 'Báo chí',
  broadcast: 'Phát thanh, truyền hình',
  school: 'Tại đơn vị, trường học',
  other: 'Kênh khác',
};

/** A dated step of a script (mốc thời gian): a calendar entry of its own. `on` is a Vietnam date, YYYY-MM-DD. */
export interface ScriptMilestone {
  on: string;
  label: string;
}

/**
 * The status of one unit's part of an assignment, derived, never stored: `published` once the item
 * submitted against it is online, `submitted` once submitted, `overdue` past the due time without a
 * submission, else `pending`.
 */
export const ASSIGNMENT_STATUSES = ['pending', 'submitted', 'published', 'overdue'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  pending: 'Chưa gửi',
  submitted: 'Đã gửi',
  published: 'Đã đăng',
  overdue: 'Quá hạn',
};

/**
 * Who sees what of the plan (issue 17: "a person sees only the assignments, events and guidance
 * meant for their units or department"), the rule every feature and the calendar apply:
 * - the holders of `plan.manage` (the Office) and of `items.take-down` (the leadership) see all;
 * - an assignment: the members of its commissioning unit, and the members of each unit it is
 *   given to, who see their own unit's part only;
 * - an event: the members of its owner unit, of the responsible department of its topic, and of
 *   the units with an assignment made from it;
 * - a script: the members of its owner department;
 * - guidance: the members of its recipient units.
 */
export type PlanScopeRule = 'see-all' | 'commissioner' | 'target-unit' | 'owner' | 'field-department' | 'recipient';

/** The calendar's route and query (the bench and the calendar page share it): Vietnam dates, inclusive. */
export const CALENDAR_PATH = '/calendar';
export interface CalendarQuery {
  from: string; // YYYY-MM-DD
  to: string; // YYYY-MM-DD, at most 42 days after `from`
  unit?: number;
  department?: number;
  topic?: number;
}

/** The coverage grid's route and query (the bench and the coverage page share it). */
export const COVERAGE_PATH = '/plan-coverage';
export interface CoverageQuery {
  year: number;
  /** Only the lines of this department (a unit id of kind `department`). */
  department?: number;
}
