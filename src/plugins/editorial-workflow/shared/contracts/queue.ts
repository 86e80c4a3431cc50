import type { WorkflowAction, WorkflowState } from '../state-machine';
import type { NextStep } from './items';
import type { ChosenChannel } from './item-channels';

/** The review queue's contract (`GET /queue`, `/queue/counts`, `/queue/filters`). */

/**
 * The deadline of an item waiting for the department, its head or the publisher: `dueAt` is the
 * same time of day as `waitingSince`, the state's number of working days later (Vietnam time,
 * weekends and public holidays skipped: shared/working-days.ts; the numbers are the
 * administrator's, `deadline-policy`). Null in a state with no deadline (draft, returned,
 * published, unpublished) and for an approved item scheduled to go out by itself. `overdue`: the
 * deadline has passed.
 */
export interface ItemDeadline {
  dueAt: string | null;
  overdue: boolean;
}

/** The kinds of item (article.kind): tin, bài, chuyên đề. */
export const ITEM_KINDS = ['news', 'article', 'feature', 'response', 'consultation'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** The queue's filters and page, as the server parses them and the admin page sends them. */
export interface QueueQuery {
  state?: WorkflowState;
  /** Unit code. */
  unit?: string;
  /** Topic code. */
  topic?: string;
  kind?: string;
  /** Only the items marked for this channel (issue 18): fanpage, portal, press. */
  channel?: ChosenChannel;
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
  /** Since when it waits in its state: its last workflow step, or a never-submitted draft's creation (ISO). */
  waitingSince: string;
  /** The deadline in working days (ItemDeadline). */
  dueAt: string | null;
  overdue: boolean;
  /** The channels the item is marked for on top of the website (always on), in CHOSEN_CHANNELS order. */
  channels: ChosenChannel[];
}

export interface QueuePage {
  results: QueueRow[];
  pagination: Pagination;
}

export interface QueueFilters {
  tabs: WorkflowState[];
  /** The units of the tab "Tin bài của đơn vị" (where the person writes or heads the unit); none: no such tab. */
  unitItems: Array<{ code: string; name: string }>;
  units: Array<{ code: string; name: string; kind: string }>;
  topics: Array<{ code: string; title: string }>;
  kinds: readonly string[];
}

export interface QueueCounts {
  total: number;
  byState: Partial<Record<WorkflowState, number>>;
}

/**
 * The tab "Tin bài của đơn vị" (`GET /queue/unit-items`): every item of the person's units (as
 * author or unit head), in every state, with who acts next, since when it waits and the last reason.
 */
export const UNIT_ITEMS_SORTS = ['waitingSince:asc', 'waitingSince:desc'] as const;
export type UnitItemsSort = (typeof UNIT_ITEMS_SORTS)[number];

export interface UnitItemsQuery {
  state?: WorkflowState;
  /** Unit code, one of the person's units. */
  unit?: string;
  /** Topic code (a section takes its subsections). */
  topic?: string;
  kind?: string;
  /** Oldest wait first by default. Published items, which wait for nobody, come after the others either way. */
  sort: UnitItemsSort;
  page: number;
  pageSize: number;
}

/** The reason of the last return or unpublish of an item. */
export interface UnitItemReason {
  action: 'return' | 'unpublish';
  comment: string | null;
  actorName: string;
  at: string;
  /** Still to be dealt with: the author has not resubmitted since (what the side panel shows). */
  current: boolean;
}

export interface UnitItemRow {
  documentId: string;
  title: string;
  kind: string;
  unit: { code: string; name: string } | null;
  state: WorkflowState;
  stateLabel: string;
  /** Who moves it on, by role and by name; null once published. */
  next: NextStep | null;
  /**
   * Since when it waits in its state: the time of its last workflow step (which led into the state
   * it is in); for an item that never took a step (a draft not yet submitted), its creation time.
   */
  waitingSince: string;
  /** When an approved item is scheduled to go out by itself. */
  scheduledAt: string | null;
  /** The deadline in working days (ItemDeadline). */
  dueAt: string | null;
  overdue: boolean;
  lastReason: UnitItemReason | null;
}

export interface UnitItemsPage {
  results: UnitItemRow[];
  pagination: Pagination;
}
