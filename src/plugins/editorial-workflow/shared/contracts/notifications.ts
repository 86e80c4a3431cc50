import type { Pagination } from './queue';

/** The in-admin inbox's contract (`GET /notifications`, `POST /notifications/read`). */

export interface Notification {
  id: number;
  itemDocumentId: string | null;
  action: string;
  title: string;
  message: string;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationQuery {
  unread: boolean;
  page: number;
  pageSize: number;
}

export interface NotificationPage {
  results: Notification[];
  pagination: Pagination;
  /** How many of the person's notifications are unread, whatever the page. */
  unread: number;
}

/** What `POST /notifications/read` takes: some ids, or all of them. */
export type MarkReadBody = { ids: number[] } | { all: true };
