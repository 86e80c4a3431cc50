/**
 * The public-opinion and incident desk (Dư luận & sự cố, issue 15): concerns (vấn đề dư luận) that
 * the public or the voters care about, or are forecast to, with their append-only timeline, their
 * severity and its response time. Internal: never in the public API. The shapes of
 * `/editorial-workflow/concerns`, and the rules both sides read (statuses and their moves).
 */

/** Where a concern was seen. */
export const CONCERN_CHANNELS = ['social-network', 'press', 'hotline', 'meeting', 'voter-petition', 'other'] as const;
export type ConcernChannel = (typeof CONCERN_CHANNELS)[number];
export const CONCERN_CHANNEL_LABELS: Record<ConcernChannel, string> = {
  'social-network': 'Mạng xã hội',
  press: 'Báo chí',
  hotline: 'Đường dây nóng',
  meeting: 'Hội nghị, cuộc họp',
  'voter-petition': 'Kiến nghị cử tri',
  other: 'Khác',
};

/** An issue now, or one the public is forecast to care about. */
export const CONCERN_KINDS = ['current', 'forecast'] as const;
export type ConcernKind = (typeof CONCERN_KINDS)[number];
export const CONCERN_KIND_LABELS: Record<ConcernKind, string> = { current: 'Hiện tại', forecast: 'Dự báo' };

/** Severity, lowest first: the order is the rank (a raise is a move to the right). */
export const CONCERN_SEVERITIES = ['watch', 'action', 'incident', 'crisis'] as const;
export type ConcernSeverity = (typeof CONCERN_SEVERITIES)[number];
export const CONCERN_SEVERITY_LABELS: Record<ConcernSeverity, string> = {
  watch: 'Theo dõi',
  action: 'Cần xử lý',
  incident: 'Sự cố',
  crisis: 'Khủng hoảng',
};
export const severityRank = (severity: ConcernSeverity): number => CONCERN_SEVERITIES.indexOf(severity);
/** Filing a concern at these, or raising one to them, tells the Office, the department's heads and the leadership at once. */
export const ALARM_SEVERITIES: ReadonlySet<ConcernSeverity> = new Set(['incident', 'crisis']);

/**
 * The response time of each severity, in clock hours (a crisis does not wait for Monday), counted
 * from when the concern reached its severity. The defaults; the administrator edits them in the
 * content-manager ("Thời hạn xử lý dư luận & sự cố").
 */
export const DEFAULT_RESPONSE_HOURS: Record<ConcernSeverity, number> = { watch: 72, action: 24, incident: 4, crisis: 1 };

export const CONCERN_STATUSES = ['new', 'in-progress', 'resolved', 'closed'] as const;
export type ConcernStatus = (typeof CONCERN_STATUSES)[number];
export const CONCERN_STATUS_LABELS: Record<ConcernStatus, string> = {
  new: 'Mới',
  'in-progress': 'Đang xử lý',
  resolved: 'Đã xử lý',
  closed: 'Đóng',
};
/** A concern no one needs to act on any more: its clock stops. */
export const SETTLED_STATUSES: ReadonlySet<ConcernStatus> = new Set(['resolved', 'closed']);

/** The moves between statuses, as data (like shared/state-machine.ts): anything else is refused. */
export const CONCERN_MOVES: ReadonlyArray<{ from: ConcernStatus; to: ConcernStatus }> = [
  { from: 'new', to: 'in-progress' },
  // A concern found to need nothing (a rumour that died out) is closed from the start.
  { from: 'new', to: 'closed' },
  { from: 'in-progress', to: 'resolved' },
  { from: 'resolved', to: 'closed' },
  // Handled too soon: the matter flared up again.
  { from: 'resolved', to: 'in-progress' },
];

export type MoveDecision = { ok: true } | { ok: false; reason: string };

/** Whether a concern may move from `from` to `to`; the reason in Vietnamese when not. */
export function decideConcernMove(from: ConcernStatus, to: ConcernStatus): MoveDecision {
  if (from === to) return { ok: false, reason: `Vấn đề đã ở trạng thái "${CONCERN_STATUS_LABELS[to]}".` };
  if (CONCERN_MOVES.some((move) => move.from === from && move.to === to)) return { ok: true };
  const allowed = CONCERN_MOVES.filter((move) => move.from === from).map((move) => `"${CONCERN_STATUS_LABELS[move.to]}"`);
  return {
    ok: false,
    reason: `Không thể chuyển vấn đề từ "${CONCERN_STATUS_LABELS[from]}" sang "${CONCERN_STATUS_LABELS[to]}"${allowed.length ? `; chỉ có thể sang ${allowed.join(' hoặc ')}` : ''}.`,
  };
}

/** What a person writes on the timeline. */
export const TIMELINE_ENTRY_KINDS = ['note', 'department-view', 'agreed-message', 'action-taken'] as const;
export type TimelineEntryKind = (typeof TIMELINE_ENTRY_KINDS)[number];
/** What the desk writes by itself: the filing, every change that matters, the escalations. */
export const TIMELINE_SYSTEM_KINDS = ['filed', 'severity', 'status', 'handler', 'department', 'kind', 'units', 'escalation'] as const;
export type TimelineKind = TimelineEntryKind | (typeof TIMELINE_SYSTEM_KINDS)[number];
export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  note: 'Ghi chú',
  'department-view': 'Ý kiến của phòng',
  'agreed-message': 'Nội dung thống nhất',
  'action-taken': 'Hành động đã thực hiện',
  filed: 'Tiếp nhận',
  severity: 'Đổi mức độ',
  status: 'Đổi trạng thái',
  handler: 'Đổi người xử lý',
  department: 'Đổi phòng phụ trách',
  kind: 'Đổi loại',
  units: 'Đổi đơn vị liên quan',
  escalation: 'Báo cáo lãnh đạo',
};

export const CONCERN_LIMITS = {
  titleMax: 200,
  descriptionMax: 10_000,
  sourceLinksMax: 20,
  linkMax: 2_000,
  unitsMax: 50,
  entryMax: 5_000,
} as const;

export interface ConcernPerson {
  id: number;
  name: string;
}

export interface TimelineEntry {
  id: number;
  kind: TimelineKind;
  text: string;
  author: ConcernPerson | null;
  createdAt: string;
}

export interface ConcernSummary {
  id: number;
  title: string;
  topic: { id: number; code: string; title: string } | null;
  channel: ConcernChannel;
  kind: ConcernKind;
  severity: ConcernSeverity;
  status: ConcernStatus;
  filingUnit: { id: number; name: string };
  department: { id: number; name: string } | null;
  handler: ConcernPerson | null;
  firstSeenAt: string;
  createdAt: string;
  /** When its response time ends (from when it reached its severity); null once handled. */
  dueAt: string | null;
  overdue: boolean;
}

export interface ConcernView extends ConcernSummary {
  description: string;
  units: Array<{ id: number; name: string }>;
  sourceLinks: string[];
  filer: ConcernPerson;
  /** The caller may change it and write on its timeline (the Office, the responsible department). */
  canWork: boolean;
  timeline: TimelineEntry[];
}

export interface ConcernList {
  results: ConcernSummary[];
  pagination: { page: number; pageSize: number; total: number; pageCount: number };
  /** The units the caller may file for. */
  filingUnits: Array<{ id: number; name: string }>;
  /** The form's and the filters' choices: the plan's topics, the Sở's departments. */
  topics: Array<{ id: number; code: string; title: string }>;
  departments: Array<{ id: number; name: string }>;
}

/** `GET /concerns` filters. */
export interface ConcernQuery {
  status?: ConcernStatus;
  severity?: ConcernSeverity;
  kind?: ConcernKind;
  unitId?: number;
  departmentId?: number;
  overdue?: boolean;
  page: number;
  pageSize: number;
}

/** `POST /concerns`. The department defaults to the topic's. */
export interface ConcernRequestBody {
  title: string;
  description: string;
  topicId: number;
  unitIds?: number[];
  channel: ConcernChannel;
  sourceLinks?: string[];
  firstSeenAt: string;
  kind: ConcernKind;
  severity: ConcernSeverity;
  departmentId?: number;
  /** Needed only when the filer belongs to several units. */
  filingUnitId?: number;
}

/** `PUT /concerns/:id`: what the Office and the responsible department change. */
export interface ConcernUpdateBody {
  severity?: ConcernSeverity;
  status?: ConcernStatus;
  handlerId?: number | null;
  departmentId?: number;
  kind?: ConcernKind;
  /** The units concerned, the whole new list (as on filing: active units, deduplicated). */
  unitIds?: number[];
  /** Why, written on the timeline with the change. */
  note?: string;
}

/** `POST /concerns/:id/timeline`. */
export interface TimelineEntryBody {
  kind: TimelineEntryKind;
  text: string;
}

/** `GET /concerns/units`: the units a concern may name as concerned (the filing form's choices). */
export interface ConcernUnitChoice {
  id: number;
  name: string;
  kind: string;
}

/** `GET /concerns/:id/handlers`: who may handle it (the Office's and its department's active members). */
export interface ConcernHandlerChoice extends ConcernPerson {
  unitName: string;
}
