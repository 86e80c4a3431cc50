/**
 * Consultations on policy drafts (lấy ý kiến, issue 22) and the public's comments on them. A
 * consultation is an item of kind `consultation`: it goes through the workflow like any item (the
 * head approves, the publisher publishes); its dates, draft and department are kept beside it.
 * The comments are the system's first public write path: strangers' text and contact details.
 * Contact details are internal: never in the public API, never in an export but the department's
 * reply list, and deleted a configurable number of days after the consultation closes.
 */

/** Who the commenter is (the form's choice, and the summary's counts by group). */
export const COMMENTER_GROUPS = ['pupil', 'teacher', 'parent', 'manager', 'citizen', 'other'] as const;
export type CommenterGroup = (typeof COMMENTER_GROUPS)[number];
export const COMMENTER_GROUP_LABELS: Record<CommenterGroup, string> = {
  pupil: 'Học sinh',
  teacher: 'Giáo viên',
  parent: 'Phụ huynh',
  manager: 'Cán bộ quản lý',
  citizen: 'Người dân',
  other: 'Khác',
};

/** The department's classification of a comment (internal). */
export const COMMENT_STANCES = ['agrees', 'disagrees', 'proposes'] as const;
export type CommentStance = (typeof COMMENT_STANCES)[number];
export const COMMENT_STANCE_LABELS: Record<CommentStance, string> = {
  agrees: 'Đồng tình',
  disagrees: 'Không đồng tình',
  proposes: 'Đề xuất, góp ý',
};

/**
 * Where a comment is in the department's hands: received, classified, merged into another (a
 * duplicate, counted once), answered. The tracking code's GET shows only this and the public answer.
 */
export const COMMENT_STATUSES = ['received', 'classified', 'merged', 'answered'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = {
  received: 'Đã tiếp nhận',
  classified: 'Đang xem xét',
  merged: 'Đã gộp với ý kiến trùng',
  answered: 'Đã trả lời',
};

/** The limits of a comment's fields (characters), the same on the form and the server. */
export const COMMENT_LIMITS = { text: 5000, name: 120, commune: 120, email: 254, phone: 20 } as const;

/** The purpose shown beside the consent box; the comment stores the version it was given under. */
export const CONTACT_PURPOSE =
  'Họ tên, thư điện tử và số điện thoại chỉ dùng để Sở Giáo dục và Đào tạo trả lời ý kiến của bạn; ' +
  'không công khai và được xoá sau khi kết thúc lấy ý kiến.';

/**
 * The public routes (the department website calls them; no login):
 * - `GET  /api/consultations?status=open|closed` and `GET /api/consultations/:slug` (published only);
 * - `GET  /api/consultations/:slug/comment-form` → PublicFormIssue (public-forms/guard.ts);
 * - `POST /api/consultations/:slug/comments` → 201 `{ trackingCode }`;
 * - `GET  /api/consultation-comments/:trackingCode` → PublicCommentStatus;
 * - `GET  /api/info-requests/form`, `POST /api/info-requests` → 201 `{ trackingCode }`,
 *   `GET /api/info-requests/:trackingCode` → status only.
 */
export interface PublicCommentStatus {
  trackingCode: string;
  status: CommentStatus;
  statusLabel: string;
  receivedAt: string;
  /** Only once the department made it public. */
  answer: string | null;
}

/** One published answer in a consultation's public summary (no contact details, no classification). */
export interface PublicAnsweredComment {
  group: CommenterGroup;
  text: string;
  answer: string;
}

/** The summary of feedback (báo cáo tổng hợp ý kiến) as the public API shows it, once published. */
export interface PublicFeedbackSummary {
  publishedAt: string;
  total: number;
  byGroup: Record<CommenterGroup, number>;
  byStance: Record<CommentStance, number>;
  mainPoints: string;
  answers: PublicAnsweredComment[];
  /** The Word document's public URL, where one was published. */
  documentUrl: string | null;
}

/** Where a consultation is in its dates, by the instant (opening at 00:00, closing at 24:00 Vietnam time). */
export const CONSULTATION_STATUSES = ['upcoming', 'open', 'closed'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];
export const CONSULTATION_STATUS_LABELS: Record<ConsultationStatus, string> = {
  upcoming: 'Sắp lấy ý kiến',
  open: 'Đang lấy ý kiến',
  closed: 'Đã kết thúc lấy ý kiến',
};

/** The consultation's settings as the admin reads and writes them (`GET/PUT /consultations/:documentId`). */
export interface ConsultationSettingsInput {
  /** First and last day of comments (YYYY-MM-DD, Vietnam days, both included). */
  opensOn: string;
  closesOn: string;
  /** The draft: an upload file (PDF or DOCX) of the media library. */
  draftFileId: number | null;
  /** The department (unit code) whose queue receives the comments. */
  departmentCode: string;
}

export interface ConsultationSettings extends ConsultationSettingsInput {
  itemDocumentId: string;
  status: ConsultationStatus;
  statusLabel: string;
  draftFile: { id: number; name: string; url: string; mime: string } | null;
  department: { code: string; name: string };
  contactsDeletedAt: string | null;
}

/** The side panel's section: the settings (null until first saved) and the departments to choose from. */
export interface ConsultationPanel {
  settings: ConsultationSettings | null;
  departments: Array<{ code: string; name: string }>;
  /** Whether the reader may save (the item's author or editor). */
  canEdit: boolean;
}

/** A consultation as the public API shows it (published items only; nothing internal). */
export interface PublicConsultation {
  title: string;
  slug: string;
  /** The item's sapo (its `summary` field): `summary` below is the summary of feedback. */
  lead: string | null;
  publishedAt: string;
  topics: Array<{ code: string; title: string }>;
  opensAt: string;
  closesAt: string;
  status: ConsultationStatus;
  statusLabel: string;
  department: { code: string; name: string } | null;
  /** The draft's public URL (PDF or DOCX). */
  draftDocument: { url: string; mime: string | null; name: string } | null;
  /** The published summary of feedback (báo cáo tổng hợp ý kiến), null until the department publishes it. */
  summary: PublicFeedbackSummary | null;
}
