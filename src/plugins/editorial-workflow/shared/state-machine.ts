/**
 * The editorial workflow as plain data plus pure functions: draft, department review, the head's approval, publication. The server
 * enforces it and the admin panel reads it; neither keeps a second copy of the rules.
 */
export const STATES = ['draft', 'in_review', 'awaiting_approval', 'approved', 'published', 'returned', 'unpublished'] as const;
export type WorkflowState = (typeof STATES)[number];

export const ACTIONS = ['submit', 'forward', 'reroute', 'approve', 'return', 'publish', 'unpublish', 'correct'] as const;
export type WorkflowAction = (typeof ACTIONS)[number];

/** The roles a unit membership gives. */
export const ROLES = ['author', 'editor', 'head', 'publisher'] as const;
export type WorkflowRole = (typeof ROLES)[number];

/**
 * Who takes a transition: a membership role, or the leadership of the Sở, who hold no membership
 * but an admin permission over every item (they may take a live version down).
 */
export const ACTING_ROLES = [...ROLES, 'leadership'] as const;
export type ActingRole = (typeof ACTING_ROLES)[number];

export interface Transition {
  action: WorkflowAction;
  from: WorkflowState;
  to: WorkflowState;
  /** The role that takes it, for the item: author of its unit, editor or head of its routed department, the publisher, the leadership. */
  role: ActingRole;
  /** Only while a published version of the item is online: taking it down while a new round is under way. */
  whileOnline?: true;
}

/**
 * The lanes an item travels. The standard lane goes through its department (editor, then head); the
 * official response (phản hồi chính thức / thông cáo, issue 15) answers a concern of the public:
 * drafted by the Office, approved by the leadership of the Sở, published by the publisher, without
 * the department round. Same states, same checks, its own steps.
 */
export const LANES = ['standard', 'official-response'] as const;
export type Lane = (typeof LANES)[number];

/** The item kind that travels the official-response lane. */
export const RESPONSE_KIND = 'response';

/**
 * An item's lane: its kind at its first submission, which nobody changes afterwards (so editing the
 * kind of a submitted item cannot move it to another lane); before that, its draft's kind.
 */
export const laneOf = (kind: string | null | undefined, firstSubmittedKind: string | null | undefined): Lane =>
  (firstSubmittedKind ?? kind) === RESPONSE_KIND ? 'official-response' : 'standard';

/** What decides a transition besides the state and the roles. */
export interface ItemFacts {
  /** A published version of the item is online (also during a new round, whose draft is not). */
  online?: boolean;
  /** The item's lane (laneOf); absent means the standard lane. */
  lane?: Lane;
}

/** A transition that a unit membership role takes. */
export type MemberTransition = Transition & { role: WorkflowRole };

/** The steps of the workflow, each taken by a unit membership role. */
export const TRANSITIONS: readonly MemberTransition[] = [
  { action: 'submit', from: 'draft', to: 'in_review', role: 'author' },
  { action: 'submit', from: 'returned', to: 'in_review', role: 'author' },
  { action: 'forward', from: 'in_review', to: 'awaiting_approval', role: 'editor' },
  { action: 'reroute', from: 'in_review', to: 'in_review', role: 'editor' },
  { action: 'return', from: 'in_review', to: 'returned', role: 'editor' },
  { action: 'approve', from: 'awaiting_approval', to: 'approved', role: 'head' },
  { action: 'return', from: 'awaiting_approval', to: 'returned', role: 'head' },
  { action: 'return', from: 'approved', to: 'returned', role: 'publisher' },
  { action: 'publish', from: 'approved', to: 'published', role: 'publisher' },
  { action: 'unpublish', from: 'published', to: 'unpublished', role: 'publisher' },
  // A correction (đính chính) of a published item: a new round for its author, the version online
  // staying online; its public note appears at the end of the item once the round is published.
  { action: 'correct', from: 'published', to: 'draft', role: 'publisher' },
];

/**
 * The official response's steps: the author of the Office submits straight to the leadership, who
 * approves or returns; the publisher publishes, returns, takes down and corrects as in the standard lane.
 */
export const RESPONSE_TRANSITIONS: readonly Transition[] = [
  { action: 'submit', from: 'draft', to: 'awaiting_approval', role: 'author' },
  { action: 'submit', from: 'returned', to: 'awaiting_approval', role: 'author' },
  { action: 'approve', from: 'awaiting_approval', to: 'approved', role: 'leadership' },
  { action: 'return', from: 'awaiting_approval', to: 'returned', role: 'leadership' },
  ...TRANSITIONS.filter((t) => t.role === 'publisher'),
];

/** Each lane's steps: the one table `decide` reads. */
export const LANE_TRANSITIONS: Record<Lane, readonly Transition[]> = {
  standard: TRANSITIONS,
  'official-response': RESPONSE_TRANSITIONS,
};

/** The states of a new round of a published item, in which its last published version may still be online. */
const ROUND_STATES = ['draft', 'in_review', 'awaiting_approval', 'approved', 'returned'] as const;

/**
 * Taking the live version down, beside the steps: in any state of a new round, the version online
 * goes offline and the round goes on where it is (same state, its draft untouched). The publisher
 * and the leadership may, only while a version is online; the leadership also takes a published
 * item down as the publisher's unpublish does.
 */
export const TAKEDOWNS: readonly Transition[] = [
  { action: 'unpublish', from: 'published', to: 'unpublished', role: 'leadership', whileOnline: true },
  ...(['publisher', 'leadership'] as const).flatMap((role) =>
    ROUND_STATES.map((state) => ({ action: 'unpublish' as const, from: state, to: state, role, whileOnline: true as const }))
  ),
];

/** Actions whose body must carry a reason (the author reads it). */
export const COMMENT_REQUIRED: ReadonlySet<WorkflowAction> = new Set(['return', 'unpublish']);

/** Who may change an item's content in each state; nobody edits an item the head has not handed on. */
export const CONTENT_EDITORS: Record<WorkflowState, readonly WorkflowRole[]> = {
  draft: ['author'],
  returned: ['author'],
  in_review: ['editor'],
  awaiting_approval: ['head'],
  // An edit after approval voids it: the item goes back to department review (stateAfterEdit).
  approved: ['editor', 'head'],
  // An edit of a published or unpublished item starts a new round; the published version stays online.
  published: ['author'],
  unpublished: ['author'],
};

/**
 * The official response's editors: only its author, before submission and after a return or a
 * publication. What the leadership approves is what they read: nobody edits it on the way, and the
 * department, which has no part in it, never.
 */
export const RESPONSE_CONTENT_EDITORS: Record<WorkflowState, readonly WorkflowRole[]> = {
  draft: ['author'],
  returned: ['author'],
  in_review: [],
  awaiting_approval: [],
  approved: [],
  published: ['author'],
  unpublished: ['author'],
};

export const LANE_CONTENT_EDITORS: Record<Lane, Record<WorkflowState, readonly WorkflowRole[]>> = {
  standard: CONTENT_EDITORS,
  'official-response': RESPONSE_CONTENT_EDITORS,
};

export type Decision =
  | { outcome: 'allowed'; transition: Transition }
  | { outcome: 'illegal' }
  | { outcome: 'forbidden'; role: ActingRole };

/** The transitions open from `state` given the item's facts. */
const openFrom = (state: WorkflowState, facts: ItemFacts): Transition[] =>
  // A published item is online by definition; in a new round, only the facts tell.
  [...LANE_TRANSITIONS[facts.lane ?? 'standard'], ...(facts.online || state === 'published' ? TAKEDOWNS : [])].filter((t) => t.from === state);

/**
 * Whether `action` may be taken on an item in `state` by someone holding `roles` for that item.
 * An action no role may take from this state is illegal (409); one reserved to a role the caller
 * does not hold is forbidden (403).
 */
export function decide(state: WorkflowState, action: WorkflowAction, roles: ReadonlySet<ActingRole>, facts: ItemFacts = {}): Decision {
  const candidates = openFrom(state, facts).filter((t) => t.action === action);
  if (candidates.length === 0) return { outcome: 'illegal' };
  const transition = candidates.find((t) => roles.has(t.role));
  return transition ? { outcome: 'allowed', transition } : { outcome: 'forbidden', role: candidates[0].role };
}

/** The actions someone holding `roles` may take now, in the order of TRANSITIONS. */
export function allowedActions(state: WorkflowState, roles: ReadonlySet<ActingRole>, facts: ItemFacts = {}): WorkflowAction[] {
  const actions = openFrom(state, facts).filter((t) => roles.has(t.role)).map((t) => t.action);
  return [...new Set(actions)];
}

/**
 * The steps of a round (from a submission to the publication) that must be taken by different
 * people: nobody both writes and approves, or approves and publishes, what goes online. A return
 * or a reroute is no step: it moves nothing closer to the site. A scheduled publish is the publish.
 */
export const ROUND_STEPS: ReadonlySet<WorkflowAction | 'schedule'> = new Set(['submit', 'forward', 'approve', 'publish', 'schedule']);

const stepOf = (action: string): string => (action === 'schedule' ? 'publish' : action);

/** One entry of an item's history, as separation of duties reads it. */
export interface RoundEntry {
  action: string;
  actorId: number | null;
}

/**
 * The step of the current round that `actorId` already took and that differs from `action`, or
 * null when they may take it. The round is the history since its last submission (`history` in
 * order, oldest first; a submission itself starts the round, so it is checked against nothing).
 */
export function dutyConflict(action: WorkflowAction, actorId: number, history: readonly RoundEntry[]): WorkflowAction | null {
  if (!ROUND_STEPS.has(action) || action === 'submit') return null;
  let start = -1;
  for (let i = history.length - 1; i >= 0; i -= 1) {
    if (history[i].action === 'submit') {
      start = i;
      break;
    }
  }
  if (start < 0) return null;
  for (const entry of history.slice(start)) {
    if (entry.actorId !== actorId || !ROUND_STEPS.has(entry.action as WorkflowAction)) continue;
    if (stepOf(entry.action) !== stepOf(action)) return stepOf(entry.action) as WorkflowAction;
  }
  return null;
}

export function mayEditContent(state: WorkflowState, roles: ReadonlySet<ActingRole>, lane: Lane = 'standard'): boolean {
  return LANE_CONTENT_EDITORS[lane][state].some((role) => roles.has(role));
}

/** The state an item is in once its content has changed. */
export function stateAfterEdit(state: WorkflowState, lane: Lane = 'standard'): WorkflowState {
  // Nobody edits an approved official response (RESPONSE_CONTENT_EDITORS); were it edited, the leadership would approve it again.
  if (state === 'approved') return lane === 'official-response' ? 'awaiting_approval' : 'in_review';
  if (state === 'published' || state === 'unpublished') return 'draft';
  return state;
}

/** The shortest run of transitions from `draft` to `target` (demo data and tests walk it). */
export function pathTo(target: WorkflowState): MemberTransition[];
export function pathTo(target: WorkflowState, lane: Lane): Transition[];
export function pathTo(target: WorkflowState, lane: Lane = 'standard'): Transition[] {
  const steps = LANE_TRANSITIONS[lane];
  const paths = new Map<WorkflowState, Transition[]>([['draft', []]]);
  const frontier: WorkflowState[] = ['draft'];
  while (frontier.length > 0 && !paths.has(target)) {
    const state = frontier.shift()!;
    for (const transition of steps.filter((t) => t.from === state && !paths.has(t.to))) {
      paths.set(transition.to, [...paths.get(state)!, transition]);
      frontier.push(transition.to);
    }
  }
  return paths.get(target) ?? [];
}

/** The states in which an item waits for someone of its routed department. */
export const DEPARTMENT_QUEUE_STATES: readonly WorkflowState[] = ['in_review', 'awaiting_approval', 'approved'];

export const STATE_LABELS: Record<WorkflowState, string> = {
  draft: 'Bản nháp',
  in_review: 'Phòng chuyên môn đang biên tập',
  awaiting_approval: 'Chờ Trưởng phòng duyệt',
  approved: 'Đã duyệt, chờ đăng',
  published: 'Đã đăng',
  returned: 'Trả lại tác giả',
  unpublished: 'Đã gỡ',
};

/** A state as its lane names it: the official response waits on the leadership, not a head. */
export function stateLabelOf(state: WorkflowState, lane: Lane = 'standard'): string {
  return lane === 'official-response' && state === 'awaiting_approval' ? 'Chờ Lãnh đạo Sở duyệt' : STATE_LABELS[state];
}

export const ACTION_LABELS: Record<WorkflowAction, string> = {
  submit: 'Gửi phòng chuyên môn',
  forward: 'Chuyển Trưởng phòng duyệt',
  reroute: 'Chuyển phòng khác',
  approve: 'Duyệt',
  return: 'Trả lại',
  publish: 'Đăng tải',
  unpublish: 'Gỡ bài',
  correct: 'Đính chính',
};

export const ROLE_LABELS: Record<ActingRole, string> = {
  author: 'Cộng tác viên đơn vị',
  editor: 'Biên tập viên phòng chuyên môn',
  head: 'Trưởng phòng',
  publisher: 'Chuyên viên Phòng QLCL',
  leadership: 'Lãnh đạo Sở',
};
