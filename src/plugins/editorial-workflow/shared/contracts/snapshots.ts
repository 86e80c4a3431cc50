import type { WorkflowAction, WorkflowState } from '../state-machine';

/**
 * Snapshots (phiên bản lưu trữ): every workflow transition keeps, append-only, the content it acted
 * on and that content's hash (the hash an approval records). The published ones are the archive of
 * what was online, from when to when, approved by whom. Admin only: the public API shows none of it.
 * Dates travel as ISO strings.
 */

/** The action a snapshot was taken at: a workflow action, an edit that moved the state, or a scheduled publication. */
export type SnapshotAction = WorkflowAction | 'edit' | 'schedule';

/** One snapshot of `GET /editorial-workflow/items/:documentId/snapshots` (under `data`, oldest first). */
export interface SnapshotEntry {
  id: number;
  /** The item's workflow version after the transition (the history row's version). */
  version: number;
  action: SnapshotAction;
  fromState: WorkflowState;
  toState: WorkflowState;
  /** The content hash (`v3:` + SHA-256 of `content` as stored): what an approval records. */
  hash: string;
  actorName: string;
  role: string;
  actedAt: string;
  /** Only for a snapshot that put the item online: the legal archive's facts. */
  publication: SnapshotPublication | null;
}

export interface SnapshotPublication {
  onlineFrom: string;
  /** When it came down (an unpublish) or was replaced (a new publication); null while it is online. */
  onlineUntil: string | null;
  approvedByName: string | null;
  approvedAt: string | null;
}

/** `to` of the diff: a snapshot's id, or the item's current draft. */
export const DRAFT_SIDE = 'draft';

/** One side of a diff. */
export interface DiffSide {
  /** The snapshot's id, or null for the current draft. */
  snapshotId: number | null;
  hash: string;
  /** The snapshot's action and time; null for the draft. */
  action: SnapshotAction | null;
  actedAt: string | null;
}

/** A piece of a word-by-word diff: kept, added or removed text. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** One field that differs between the two sides. */
export interface FieldChange {
  field: string;
  /** The field's Vietnamese name (shared/item-field-labels.ts). */
  label: string;
  /** Readable values (the body as its text, topics and unit by name, the cover by file name). */
  before: string;
  after: string;
  /** Word by word, for the texts (title, summary, body, byline); absent for short values. */
  parts?: DiffPart[];
}

/** `GET /editorial-workflow/items/:documentId/snapshots/diff?from=<id>&to=<id|draft>` (under `data`). */
export interface SnapshotDiff {
  from: DiffSide;
  to: DiffSide;
  /** The two contents hash alike: nothing changed. */
  same: boolean;
  changes: FieldChange[];
}
