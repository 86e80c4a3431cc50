import type { AssignmentStatus } from './plan';
import type { UnitKind } from './stats';

/**
 * Assignments (giao viết bài, issue 17 item 3): the request and response shapes of `/assignments`.
 * The units are chosen one by one (`unitIds`), or by kind (`unitKinds`: every active unit of the
 * kind when the assignment is made), or both.
 */
export interface AssignmentBody {
  title?: string;
  /** The line of information: by id or by its code (`III.2.3`); from an event, the event's line by default. */
  lineId?: number;
  lineCode?: string;
  /** The communication script it follows; from an event, the event's script by default. */
  scriptId?: number | null;
  /** ISO instant, in the future. */
  dueAt: string;
  note?: string | null;
  unitIds?: number[];
  unitKinds?: UnitKind[];
  /** The department commissioning, when the person edits in several; the Office commissions in its own name. */
  commissionerUnitId?: number;
}

export interface AssignmentPart {
  targetId: number;
  unit: { id: number; name: string; kind: string };
  dueAt: string;
  status: AssignmentStatus;
  statusLabel: string;
  item: { documentId: string; title: string } | null;
  submittedAt: string | null;
  remindedAt: string | null;
  escalatedAt: string | null;
  /** The person may start the unit's item from here (an author of the unit, no item yet). */
  canDraft: boolean;
}

export interface AssignmentView {
  id: number;
  title: string;
  line: { id: number; code: string; label: string } | null;
  event: { id: number; title: string } | null;
  scriptId: number | null;
  dueAt: string;
  note: string | null;
  commissioner: { id: number; name: string } | null;
  commissionedByName: string | null;
  createdAt: string;
  /** Only the parts the person may see: a unit sees its own part only. */
  parts: AssignmentPart[];
  counts: Record<AssignmentStatus, number>;
}

export type AssignmentSummary = Omit<AssignmentView, 'parts'> & { partCount: number };

/** One open part of the caller's units, for the queue ("Nhiệm vụ viết bài"). */
export interface OpenAssignment {
  assignmentId: number;
  targetId: number;
  title: string;
  lineCode: string | null;
  unitName: string;
  dueAt: string;
  status: AssignmentStatus;
  statusLabel: string;
  itemDocumentId: string | null;
  canDraft: boolean;
}

export interface AssignmentDraftBody {
  /** The unit to write for, when the person is an author of several units given the assignment. */
  unitId?: number;
}

export interface AssignmentDraft {
  itemDocumentId: string;
}

export interface AssignmentChoices {
  units: Array<{ id: number; name: string; kind: string }>;
  kinds: Array<{ kind: UnitKind; label: string; count: number }>;
  lines: Array<{ id: number; code: string; label: string }>;
}
