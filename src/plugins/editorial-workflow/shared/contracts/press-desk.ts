/**
 * The press desk (issue 22 item 5): the spokesperson register (Quy chế phát ngôn: who may speak for
 * the Sở on which topics, from when to when), kept by the Office, and the log of press inquiries
 * (câu hỏi của báo chí) with their deadline, the department preparing the content, the answer
 * approved by a registered spokesperson before it goes out, and when it went. Internal: never in
 * the public API.
 */

export const PRESS_DESK_LIMITS = { outlet: 200, journalist: 120, contact: 254, question: 5000, answer: 10000, title: 120, note: 500 } as const;

export interface SpokespersonBody {
  userId: number;
  /** Chức danh: Giám đốc Sở, Phó Giám đốc Sở, Chánh Văn phòng… */
  title: string;
  /** Speaks on every topic of the plan (the director), else on `topicIds`. */
  allTopics: boolean;
  topicIds?: number[];
  validFrom: string;
  validTo?: string | null;
  note?: string;
}
export type SpokespersonUpdateBody = Partial<Omit<SpokespersonBody, 'userId'>>;

export interface SpokespersonView {
  id: number;
  userId: number;
  name: string;
  title: string;
  allTopics: boolean;
  topics: Array<{ id: number; name: string }>;
  validFrom: string;
  validTo: string | null;
  /** Valid today (Vietnam date). */
  current: boolean;
  note: string | null;
}

export const PRESS_INQUIRY_STATUSES = ['open', 'approved', 'sent'] as const;
export type PressInquiryStatus = (typeof PRESS_INQUIRY_STATUSES)[number];
export const PRESS_INQUIRY_STATUS_LABELS: Record<PressInquiryStatus, string> = {
  open: 'Đang chuẩn bị trả lời',
  approved: 'Người phát ngôn đã duyệt',
  sent: 'Đã trả lời báo chí',
};

export interface PressInquiryBody {
  outlet: string;
  journalist: string;
  /** The journalist's phone or e-mail (internal). */
  contact?: string;
  question: string;
  topicId: number;
  departmentId?: number;
  receivedAt: string;
  dueAt: string;
}

/** `PUT /press-inquiries/:id`: a changed answer needs the spokesperson's approval again. */
export interface PressInquiryUpdateBody {
  answer?: string;
  departmentId?: number;
  dueAt?: string;
}

export interface PressInquiryRow {
  id: number;
  outlet: string;
  journalist: string;
  question: string;
  topic: { id: number; name: string } | null;
  department: { id: number; name: string } | null;
  receivedAt: string;
  dueAt: string;
  status: PressInquiryStatus;
  statusLabel: string;
  overdue: boolean;
  sentAt: string | null;
}

export interface PressInquiryView extends PressInquiryRow {
  contact: string | null;
  answer: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  sentBy: string | null;
  loggedBy: string;
  /** The concern and the official response item made from it (the opinion desk's fast lane). */
  concernId: number | null;
  responseItemDocumentId: string | null;
  canManage: boolean;
  /** The caller is a spokesperson registered for the topic today, and there is an answer to approve. */
  canApprove: boolean;
}

export interface PressInquiryQuery {
  status?: PressInquiryStatus;
  overdue?: boolean;
  page?: number;
  pageSize?: number;
}

export interface PressInquiryList {
  results: PressInquiryRow[];
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
  /** What the leadership watches: inquiries not answered yet, and those past their deadline. */
  counts: { open: number; overdue: number };
  topics: Array<{ id: number; name: string }>;
  departments: Array<{ id: number; name: string }>;
}

/** An admin user the register may name. */
export interface SpokespersonCandidate {
  id: number;
  name: string;
  email: string;
}
