import type { WorkflowAction, WorkflowRole, WorkflowState } from '../../shared/state-machine';

/** What the server sends; field names as in server/src (workflow.describe, queue, notifications). */

export interface HistoryEntry {
  id: number;
  actorName: string;
  role: string;
  action: WorkflowAction | 'edit' | 'schedule';
  fromState: WorkflowState;
  toState: WorkflowState;
  comment: string | null;
  version: number;
  createdAt: string;
}

export interface ItemDescription {
  documentId: string;
  title: string;
  state: WorkflowState;
  version: number;
  online: boolean;
  unit: { id: number; name: string | null } | null;
  department: { id: number; code: string; name: string } | null;
  scheduledAt: string | null;
  allowedActions: WorkflowAction[];
  roles: WorkflowRole[];
  next: { role: WorkflowRole; roleLabel: string; people: string[] } | null;
  lastReason: HistoryEntry | null;
  departments?: Array<{ code: string; name: string }>;
  history: HistoryEntry[];
}

export interface QueueRow {
  documentId: string;
  title: string;
  kind: string;
  unit: { code: string; name: string } | null;
  state: WorkflowState;
  version: number;
  updatedAt: string;
  allowedActions: WorkflowAction[];
}

export interface Pagination {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

export interface QueueFilters {
  tabs: WorkflowState[];
  units: Array<{ code: string; name: string; kind: string }>;
  topics: Array<{ code: string; title: string }>;
  kinds: string[];
}

export interface QueueCounts {
  total: number;
  byState: Partial<Record<WorkflowState, number>>;
}

export interface Notification {
  id: number;
  itemDocumentId: string | null;
  action: string;
  title: string;
  message: string;
  readAt: string | null;
  createdAt: string;
}

/** Strapi's error body: `{ error: { status, name, message, details } }`. */
export interface ApiError {
  response?: { status?: number; data?: { error?: { status?: number; message?: string } } };
  message?: string;
}
