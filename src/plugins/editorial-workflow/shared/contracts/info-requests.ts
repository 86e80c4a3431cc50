/**
 * Information requests (yêu cầu cung cấp thông tin, Luật Tiếp cận thông tin 2016, issue 22 item 4):
 * a citizen's or an organisation's request, received on the website (the public form, behind the
 * public-forms guard) or entered by the Office from a letter. The Office routes it to a department;
 * its legal deadline is a number of WORKING days held as data (`info-request-policy`), counted with
 * the Sở's working calendar, and may be extended once. Contents and contact details are internal:
 * the public sees only the status, by the tracking code it was given.
 */

export const INFO_REQUEST_CHANNELS = ['website', 'letter'] as const;
export type InfoRequestChannel = (typeof INFO_REQUEST_CHANNELS)[number];
export const INFO_REQUEST_CHANNEL_LABELS: Record<InfoRequestChannel, string> = { website: 'Cổng thông tin (trực tuyến)', letter: 'Văn bản, thư gửi đến' };

export const REQUESTER_KINDS = ['citizen', 'organisation'] as const;
export type RequesterKind = (typeof REQUESTER_KINDS)[number];
export const REQUESTER_KIND_LABELS: Record<RequesterKind, string> = { citizen: 'Công dân', organisation: 'Tổ chức' };

export const INFO_REQUEST_STATUSES = ['received', 'routed', 'in-progress', 'extended', 'answered', 'refused'] as const;
export type InfoRequestStatus = (typeof INFO_REQUEST_STATUSES)[number];
export const INFO_REQUEST_STATUS_LABELS: Record<InfoRequestStatus, string> = {
  received: 'Đã tiếp nhận',
  routed: 'Đã chuyển phòng chuyên môn',
  'in-progress': 'Đang xử lý',
  extended: 'Đã gia hạn',
  answered: 'Đã cung cấp thông tin',
  refused: 'Từ chối cung cấp',
};
/** A request no one needs to act on any more: its clock stops and it never escalates. */
export const CLOSED_INFO_REQUEST_STATUSES: ReadonlySet<InfoRequestStatus> = new Set(['answered', 'refused']);

/**
 * What the Office does to a request (`POST /info-requests/:id/actions`): route (a department),
 * start, extend (a reason, once: the law's one extension), answer (the answer), refuse (the reason).
 */
export const INFO_REQUEST_ACTIONS = ['route', 'start', 'extend', 'answer', 'refuse'] as const;
export type InfoRequestAction = (typeof INFO_REQUEST_ACTIONS)[number];

/** From which statuses each action may be taken: anything else is refused (409). */
export const INFO_REQUEST_MOVES: Record<InfoRequestAction, { from: readonly InfoRequestStatus[]; to: InfoRequestStatus | null }> = {
  // Routing again (to another department) keeps a started request's status.
  route: { from: ['received', 'routed', 'in-progress', 'extended'], to: null },
  start: { from: ['routed'], to: 'in-progress' },
  extend: { from: ['routed', 'in-progress'], to: 'extended' },
  answer: { from: ['routed', 'in-progress', 'extended'], to: 'answered' },
  refuse: { from: ['received', 'routed', 'in-progress', 'extended'], to: 'refused' },
};

/** The defaults of the policy (Điều 28 Luật Tiếp cận thông tin: 15 working days, extendable by 15). */
export const DEFAULT_INFO_REQUEST_POLICY = { workingDays: 15, extensionWorkingDays: 15 } as const;

export const INFO_REQUEST_LIMITS = { subject: 200, content: 5000, name: 120, organisation: 200, address: 300, email: 254, phone: 20, text: 5000 } as const;

/** `POST /api/info-requests` (public, after the guard) and `POST /editorial-workflow/info-requests` (the Office, from a letter: `receivedAt` too). */
export interface InfoRequestBody {
  requesterKind: RequesterKind;
  name: string;
  organisation?: string;
  email?: string;
  phone?: string;
  address?: string;
  subject: string;
  content: string;
}
export interface InfoRequestLetterBody extends InfoRequestBody {
  /** When the letter arrived (its date stamp): the deadline counts from it. */
  receivedAt: string;
}

export interface InfoRequestActionBody {
  action: InfoRequestAction;
  departmentId?: number;
  /** The answer, or the reason of an extension or a refusal. */
  text?: string;
}

/** `GET /api/info-requests/:trackingCode`: the status only; nothing of the request or the requester. */
export interface PublicInfoRequestStatus {
  trackingCode: string;
  status: InfoRequestStatus;
  statusLabel: string;
  receivedAt: string;
}

export interface InfoRequestRow {
  id: number;
  trackingCode: string;
  channel: InfoRequestChannel;
  requesterKind: RequesterKind;
  name: string;
  subject: string;
  status: InfoRequestStatus;
  statusLabel: string;
  department: { id: number; name: string } | null;
  receivedAt: string;
  dueAt: string;
  overdue: boolean;
  escalatedAt: string | null;
}

export interface InfoRequestView extends InfoRequestRow {
  organisation: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  content: string;
  answer: string | null;
  answeredAt: string | null;
  extensionReason: string | null;
  refusalReason: string | null;
  enteredBy: string | null;
  /** The Office may act on it (info-requests.manage); the leadership only reads. */
  canManage: boolean;
}

export interface InfoRequestQuery {
  status?: InfoRequestStatus;
  overdue?: boolean;
  page?: number;
  pageSize?: number;
}

export interface InfoRequestList {
  results: InfoRequestRow[];
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
  counts: { open: number; overdue: number };
  departments: Array<{ id: number; name: string }>;
  policy: { workingDays: number; extensionWorkingDays: number };
}
