import type { ScriptChannel, ScriptMilestone } from './plan';

/**
 * Communication scripts (kịch bản truyền thông, issue 17 item 2): the request and response shapes of
 * `/editorial-workflow/comm-scripts`. The channels and the milestone shape are the plan's
 * (contracts/plan.ts), which the calendar reads too.
 */

export const SCRIPT_LIMITS = { titleMax: 200, messagesMax: 5_000, milestonesMax: 40, labelMax: 300 } as const;

/** The body of `POST /comm-scripts` and of `PUT /comm-scripts/:id` (a PUT replaces the whole script). */
export interface ScriptInput {
  title: string;
  /** At least one of the topic (api::topic id) and the line of information (api::plan-line id). */
  topicId: number | null;
  lineId: number | null;
  keyMessages: string;
  channels: ScriptChannel[];
  /** The period, Vietnam dates, startsOn ≤ endsOn. */
  startsOn: string;
  endsOn: string;
  /** A unit of kind `department`, active. */
  ownerDepartmentId: number;
  /** Each milestone's date lies within the period (a step outside it belongs to another script). */
  milestones: ScriptMilestone[];
}

export interface ScriptView {
  id: number;
  title: string;
  topic: { id: number; code: string; title: string } | null;
  line: { id: number; code: string; label: string } | null;
  keyMessages: string;
  channels: ScriptChannel[];
  startsOn: string;
  endsOn: string;
  ownerDepartment: { id: number; code: string; name: string };
  milestones: ScriptMilestone[];
  writtenByName: string | null;
  updatedAt: string;
  /** The Office (plan.manage) writes scripts; everyone who sees one may link an item they see to it. */
  canEdit: boolean;
}

/** An item linked to a script (`GET /comm-scripts/:id/items`), shown only to those who may see it. */
export interface ScriptItemView {
  itemDocumentId: string;
  title: string;
  kind: string;
  unitName: string | null;
  linkedBy: string;
  linkedAt: string;
}

/** The body of `POST /comm-scripts/:id/items`. */
export interface LinkScriptItemBody {
  itemDocumentId: string;
}

/** What the script form picks from (`GET /comm-scripts/choices`, the Office): the plan's topics and lines, the Sở's departments. */
export interface ScriptChoices {
  topics: Array<{ id: number; code: string; title: string }>;
  lines: Array<{ id: number; code: string; label: string; topicId: number | null }>;
  departments: Array<{ id: number; code: string; name: string }>;
}
