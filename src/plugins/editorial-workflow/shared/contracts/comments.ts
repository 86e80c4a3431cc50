/**
 * The editorial comments' contract (ý kiến biên tập): threads on an item, each optionally anchored
 * to one of its fields, with replies, mentions and a resolved / reopened mark. Append-only in
 * content: there is no edit and no delete.
 */

/** A person as a comment names them. */
export interface CommentPerson {
  id: number;
  name: string;
}

/** One comment: a thread's opening comment or a reply. */
export interface CommentEntry {
  id: number;
  /** The thread's opening comment; null for the opening comment itself. */
  parentId: number | null;
  author: CommentPerson;
  /** The item's field the thread is about (`title`, `summary`…); replies carry their thread's. */
  field: string | null;
  body: string;
  mentions: CommentPerson[];
  createdAt: string;
}

/** Who marked a thread and when. */
export interface CommentMark {
  by: CommentPerson;
  at: string;
}

/** A thread: its opening comment, its replies in order, and whether it is settled. */
export interface CommentThread extends CommentEntry {
  /** Set while the thread is resolved; null when open. */
  resolved: CommentMark | null;
  /** The last reopening, if the thread was ever reopened. */
  reopened: CommentMark | null;
  replies: CommentEntry[];
}

/** `GET /items/:documentId/comments`: the threads, oldest first, and the fields a thread may be anchored to. */
export interface CommentThreadList {
  threads: CommentThread[];
  fields: string[];
}

/** `POST /items/:documentId/comments`: a new thread (no `parentId`) or a reply. */
export interface CommentRequestBody {
  body: string;
  /** Only on a thread's opening comment: one of the item's fields. */
  field?: string;
  parentId?: number;
  /** The people to tell: each must be able to read the item. */
  mentions?: number[];
}

/** `GET /items/:documentId/comments/mentionable?q=`: who may be mentioned, at most 20. */
export interface MentionableUser {
  id: number;
  name: string;
  email: string | null;
}

/** Limits shared by the server's parser and the admin's form. */
export const COMMENT_LIMITS = {
  bodyMax: 5000,
  mentionsMax: 20,
  mentionableMax: 20,
} as const;
