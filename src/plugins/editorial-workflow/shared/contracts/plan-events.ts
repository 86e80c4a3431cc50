import type { EventKind } from './plan';

/**
 * The events of the sector to cover (issue 17, item 4): the request and response shapes of
 * `/plan-events`. Times are ISO instants; the pages show them in Vietnam time.
 */
export interface PlanEventBody {
  title: string;
  kind: EventKind;
  startsAt: string;
  endsAt: string;
  place: string;
  organiser: string;
  topicId?: number | null;
  /** The line of information it serves: by id or by code (`III.2.3`); a code that does not exist is a 400. */
  lineId?: number | null;
  lineCode?: string | null;
  /** The communication script it follows (comm-scripts/); one that does not exist is a 400. */
  scriptId?: number | null;
  note?: string | null;
  /** The department entering it, when the person edits in several; the Office enters in its own name. */
  ownerUnitId?: number;
}

export type PlanEventUpdateBody = Partial<Omit<PlanEventBody, 'ownerUnitId'>>;

export interface PlanEventView {
  id: number;
  title: string;
  kind: EventKind;
  kindLabel: string;
  startsAt: string;
  endsAt: string;
  place: string;
  organiser: string;
  ownerUnit: { id: number; name: string } | null;
  topic: { id: number; code: string; title: string } | null;
  line: { id: number; code: string; label: string } | null;
  scriptId: number | null;
  note: string | null;
  enteredByName: string | null;
  /** The Office and the owner's editors and heads edit it and commission coverage from it. */
  canEdit: boolean;
  assignmentIds: number[];
}

export interface PlanEventQuery {
  /** Vietnam dates, inclusive: events overlapping them. */
  from?: string;
  to?: string;
}
