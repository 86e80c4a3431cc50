/**
 * The editorial workflow as plain data plus pure functions: draft, department review, the head's approval, publication. The server
 * enforces it and the admin panel reads it; neither keeps a second copy of the rules.
 */
export const STATES = ['draft', 'in_review', 'awaiting_approval', 'approved', 'published', 'returned', 'unpublished'] as const;
export type WorkflowState = (typeof STATES)[number];

export const ACTIONS = ['submit', 'forward', 'reroute', 'approve', 'return', 'publish', 'unpublish'] as const;
export type WorkflowAction = (typeof ACTIONS)[number];

export const ROLES = ['author', 'editor', 'head', 'publisher'] as const;
export type WorkflowRole = (typeof ROLES)[number];

export interface Transition {
  action: WorkflowAction;
  from: WorkflowState;
  to: WorkflowState;
  /** The role that takes it, for the item: author of its unit, editor or head of its routed department, or the publisher. */
  role: WorkflowRole;
}

export const TRANSITIONS: readonly Transition[] = [
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

export type Decision =
  | { outcome: 'allowed'; transition: Transition }
  | { outcome: 'illegal' }
  | { outcome: 'forbidden'; role: WorkflowRole };

/**
 * Whether `action` may be taken on an item in `state` by someone holding `roles` for that item.
 * An action no role may take from this state is illegal (409); one reserved to a role the caller
 * does not hold is forbidden (403).
 */
export function decide(state: WorkflowState, action: WorkflowAction, roles: ReadonlySet<WorkflowRole>): Decision {
  const candidates = TRANSITIONS.filter((t) => t.action === action && t.from === state);
  if (candidates.length === 0) return { outcome: 'illegal' };
  const transition = candidates.find((t) => roles.has(t.role));
  return transition ? { outcome: 'allowed', transition } : { outcome: 'forbidden', role: candidates[0].role };
}

/** The actions someone holding `roles` may take now, in the order of TRANSITIONS. */
export function allowedActions(state: WorkflowState, roles: ReadonlySet<WorkflowRole>): WorkflowAction[] {
  const actions = TRANSITIONS.filter((t) => t.from === state && roles.has(t.role)).map((t) => t.action);
  return [...new Set(actions)];
}

export function mayEditContent(state: WorkflowState, roles: ReadonlySet<WorkflowRole>): boolean {
  return CONTENT_EDITORS[state].some((role) => roles.has(role));
}

/** The state an item is in once its content has changed. */
export function stateAfterEdit(state: WorkflowState): WorkflowState {
  if (state === 'approved') return 'in_review';
  if (state === 'published' || state === 'unpublished') return 'draft';
  return state;
}

/** The shortest run of transitions from `draft` to `target` (demo data and tests walk it). */
export function pathTo(target: WorkflowState): Transition[] {
  const paths = new Map<WorkflowState, Transition[]>([['draft', []]]);
  const frontier: WorkflowState[] = ['draft'];
  while (frontier.length > 0 && !paths.has(target)) {
    const state = frontier.shift()!;
    for (const transition of TRANSITIONS.filter((t) => t.from === state && !paths.has(t.to))) {
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

export const ACTION_LABELS: Record<WorkflowAction, string> = {
  submit: 'Gửi phòng chuyên môn',
  forward: 'Chuyển Trưởng phòng duyệt',
  reroute: 'Chuyển phòng khác',
  approve: 'Duyệt',
  return: 'Trả lại',
  publish: 'Đăng tải',
  unpublish: 'Gỡ bài',
};

export const ROLE_LABELS: Record<WorkflowRole, string> = {
  author: 'Cộng tác viên đơn vị',
  editor: 'Biên tập viên phòng chuyên môn',
  head: 'Trưởng phòng',
  publisher: 'Chuyên viên Phòng QLCL',
};
