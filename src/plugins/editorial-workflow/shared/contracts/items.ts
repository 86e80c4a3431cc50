import type { ActingRole, Lane, WorkflowAction, WorkflowState } from '../state-machine';
import type { ItemChannelLine } from './item-channels';

/**
 * The item endpoints' contract (`GET /items/:documentId`, `POST /items/:documentId/transitions`):
 * the server builds these shapes and the admin panel reads them. Dates travel as ISO strings.
 */

/** What `POST /items/:documentId/transitions` takes, after parsing. */
export interface TransitionBody {
  action: WorkflowAction;
  expectedVersion: number;
  comment?: string;
  /** With `return` and `unpublish`: the reason's category (`GET /reason-categories`). */
  reasonCategory?: string;
  departmentCode?: string;
  publishAt?: Date;
  /** With `publish` only: when the published item comes down by itself (scheduled unpublish). */
  unpublishAt?: Date;
}

/** What the admin panel sends to that endpoint: `publishAt` and `unpublishAt` as ISO strings. */
export type TransitionRequestBody = Omit<TransitionBody, 'publishAt' | 'unpublishAt'> & { publishAt?: string; unpublishAt?: string };

/** One row of an item's history: who took which step, when, from which state to which. */
export interface HistoryEntry {
  id: number;
  actorName: string;
  /** The delegator, when the step was taken by delegation (ủy quyền): "on behalf of" them. */
  onBehalfOfName: string | null;
  role: string;
  action: WorkflowAction | 'edit' | 'schedule';
  fromState: WorkflowState;
  toState: WorkflowState;
  comment: string | null;
  /** A return's or an unpublish's category, with its label. */
  reasonCategory: string | null;
  reasonLabel: string | null;
  version: number;
  createdAt: string | Date;
}

/** The item's place in the workflow as the API shows it to one person (the answer to a transition). */
export interface ItemView {
  documentId: string;
  title: string;
  state: WorkflowState;
  stateLabel: string;
  version: number;
  online: boolean;
  unit: { id: number; name: string | null } | null;
  department: { id: number; code: string; name: string } | null;
  scheduledAt: string | Date | null;
  /** When the published item comes down by itself, if the publisher set it. */
  unpublishAt: string | Date | null;
  allowedActions: WorkflowAction[];
  /** The lane the item travels: the standard one, or the official response's (no department round). */
  lane: Lane;
  /** The roles the caller holds for this item. */
  roles: ActingRole[];
}

/** Who must move the item on, by role and by name. */
export interface NextStep {
  /** The leadership, for an official response awaiting approval; else a unit membership role. */
  role: ActingRole;
  roleLabel: string;
  people: string[];
}

/** The item as the side panel shows it (`GET /items/:documentId`). */
export interface ItemDescription extends ItemView {
  next: NextStep | null;
  /** The reason of the last return or unpublish, until the author resubmits. */
  lastReason: HistoryEntry | null;
  /** The departments to re-route to, for a caller who may re-route. */
  departments?: Array<{ code: string; name: string }>;
  history: HistoryEntry[];
  /** Where the item goes and went beyond the website (issue 18): fanpage, portal, press, webhook. */
  channels: ItemChannelLine[];
}
