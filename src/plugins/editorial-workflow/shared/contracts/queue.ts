import type { WorkflowAction, WorkflowState } from '../state-machine';

/** The review queue's contract (`GET /queue`, `/queue/counts`, `/queue/filters`). */

/** The kinds of item (article.kind): tin, bài, chuyên đề. */
export const ITEM_KINDS = ['news', 'article', 'feature'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** The queue's filters and page, as the server parses them and the admin page sends them. */
export interface QueueQuery {
  state?: WorkflowState;
  /** Unit code. */
  unit?: string;
  /** Topic code. */
  topic?: string;
  kind?: string;
  page: number;
  pageSize: number;
}

export interface Pagination {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

export interface QueueRow {
  documentId: string;
  title: string;
  kind: string;
  unit: { code: string; name: string } | null;
  state: WorkflowState;
  stateLabel: string;
  version: number;
  departmentId: number | null;
  updatedAt: string;
  allowedActions: WorkflowAction[];
}

export interface QueuePage {
  results: QueueRow[];
  pagination: Pagination;
}

export interface QueueFilters {
  tabs: WorkflowState[];
  units: Array<{ code: string; name: string; kind: string }>;
  topics: Array<{ code: string; title: string }>;
  kinds: readonly string[];
}

export interface QueueCounts {
  total: number;
  byState: Partial<Record<WorkflowState, number>>;
}
