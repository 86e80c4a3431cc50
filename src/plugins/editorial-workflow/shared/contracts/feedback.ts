/**
 * Handling the public's feedback on a consultation (issue 22 item 3): the responsible department's
 * queue of comments (classify, merge duplicates, answer, e-mail the answer, send a concern to the
 * opinion desk), the summary of feedback (báo cáo tổng hợp ý kiến) and the reply list. Internal: the
 * public sees only the published summary (PublicFeedbackSummary in ./consultations.ts).
 * The shapes of `/editorial-workflow/feedback/...`.
 */
import type { CommentStance, CommentStatus, CommenterGroup } from './consultations';

/** The lengths the department may write (characters), the same on the form and the server. */
export const FEEDBACK_LIMITS = { answer: 5000, mainPoints: 20000, linesMax: 20 } as const;

/** A consultation the person may read the feedback of. */
export interface FeedbackConsultation {
  documentId: string;
  title: string;
  department: { id: number; name: string } | null;
  /** Null where the consultation's dates are not known. */
  closesAt: string | null;
  closed: boolean;
  /** Comments counted (a merged duplicate counts once, with the one it was merged into). */
  total: number;
  /** Comments not classified yet (received). */
  unclassified: number;
}

/** `GET /feedback/consultations/:documentId/comments`: the queue's filters. */
export interface FeedbackQuery {
  status?: CommentStatus;
  stance?: CommentStance;
  group?: CommenterGroup;
  /** Only the comments with no stance yet. */
  unclassified?: boolean;
  page: number;
  pageSize: number;
}

/** A comment as the department sees it: never the contact details themselves (the reply list has them). */
export interface FeedbackComment {
  id: number;
  text: string;
  group: CommenterGroup;
  commune: string;
  receivedAt: string;
  status: CommentStatus;
  stance: CommentStance | null;
  lineIds: number[];
  mergedIntoId: number | null;
  /** How many duplicates were merged into this one. */
  duplicates: number;
  answer: string | null;
  answeredAt: string | null;
  answerPublic: boolean;
  answerMailedAt: string | null;
  /** The commenter left an e-mail address not deleted yet: the answer can be e-mailed. */
  canMail: boolean;
  concernId: number | null;
}

/** A line of information of the consultation's topic: the tags a comment may take. */
export interface FeedbackLine {
  id: number;
  code: string;
  label: string;
}

export interface FeedbackQueue {
  consultation: FeedbackConsultation;
  /** The department's editors and heads work on the queue; the Office and the leadership read it. */
  canWork: boolean;
  lines: FeedbackLine[];
  results: FeedbackComment[];
  pagination: { page: number; pageSize: number; total: number; pageCount: number };
}

/** `PUT /feedback/comments/:id/classification`. */
export interface ClassifyBody {
  stance: CommentStance;
  lineIds?: number[];
}

/** `POST /feedback/comments/:id/merge`: this comment duplicates `intoId`. */
export interface MergeBody {
  intoId: number;
}

/** `PUT /feedback/comments/:id/answer`. */
export interface AnswerBody {
  answer: string;
  answerPublic?: boolean;
}

/** `PUT /feedback/comments/:id/answer-public`. */
export interface AnswerPublicBody {
  answerPublic: boolean;
}

/** The figures of a summary: a recount of the stored comments, merged duplicates counted once. */
export interface FeedbackFigures {
  total: number;
  byGroup: Record<CommenterGroup, number>;
  byStance: Record<CommentStance, number>;
  /** Not classified yet. */
  unclassified: number;
  /** By commune or ward as written (trimmed, case kept from the first), most comments first. */
  byCommune: Array<{ commune: string; count: number }>;
}

export interface FeedbackAnswer {
  id: number;
  group: CommenterGroup;
  text: string;
  answer: string;
  answerPublic: boolean;
}

/** `GET /feedback/consultations/:documentId/summary`. */
export interface FeedbackSummaryView {
  consultation: FeedbackConsultation;
  canWork: boolean;
  figures: FeedbackFigures;
  mainPoints: string;
  answers: FeedbackAnswer[];
  /** Once published: when, and the public Word document. */
  published: { publishedAt: string; documentUrl: string } | null;
}

/** `PUT /feedback/consultations/:documentId/summary`. */
export interface SummaryBody {
  mainPoints: string;
}
