import {
  ACTIONS,
  ROLES,
  STATES,
  TRANSITIONS,
  allowedActions,
  decide,
  mayEditContent,
  pathTo,
  stateAfterEdit,
  type WorkflowRole,
} from '../state-machine';

const holding = (...roles: WorkflowRole[]) => new Set(roles);
const everyone = holding(...ROLES);

describe('the workflow state machine', () => {
  it('walks the happy path draft → published with one role at each step', () => {
    const steps: Array<[string, string, WorkflowRole, string]> = [
      ['draft', 'submit', 'author', 'in_review'],
      ['in_review', 'forward', 'editor', 'awaiting_approval'],
      ['awaiting_approval', 'approve', 'head', 'approved'],
      ['approved', 'publish', 'publisher', 'published'],
      ['published', 'unpublish', 'publisher', 'unpublished'],
    ];
    for (const [from, action, role, to] of steps) {
      const decision = decide(from as never, action as never, holding(role));
      expect(decision).toEqual({ outcome: 'allowed', transition: expect.objectContaining({ to, role }) });
    }
  });

  it('calls every action that no role may take from a state illegal, whoever asks', () => {
    for (const state of STATES) {
      for (const action of ACTIONS) {
        const legal = TRANSITIONS.some((t) => t.from === state && t.action === action);
        expect(decide(state, action, everyone).outcome).toBe(legal ? 'allowed' : 'illegal');
      }
    }
  });

  it('forbids a legal action to anyone without its role, naming the role', () => {
    for (const t of TRANSITIONS) {
      for (const role of ROLES.filter((r) => !TRANSITIONS.some((o) => o.from === t.from && o.action === t.action && o.role === r))) {
        expect(decide(t.from, t.action, holding(role))).toEqual({ outcome: 'forbidden', role: expect.any(String) });
      }
    }
  });

  it('lets each role return only from its own stage', () => {
    expect(decide('in_review', 'return', holding('head')).outcome).toBe('forbidden');
    expect(decide('awaiting_approval', 'return', holding('editor')).outcome).toBe('forbidden');
    expect(decide('approved', 'return', holding('head')).outcome).toBe('forbidden');
    expect(decide('approved', 'return', holding('publisher')).outcome).toBe('allowed');
    expect(decide('published', 'return', everyone).outcome).toBe('illegal');
  });

  it('lists the actions a person may take now', () => {
    expect(allowedActions('in_review', holding('editor'))).toEqual(['forward', 'reroute', 'return']);
    expect(allowedActions('in_review', holding('author', 'head'))).toEqual([]);
    expect(allowedActions('approved', holding('publisher'))).toEqual(['return', 'publish']);
    expect(allowedActions('returned', holding('author'))).toEqual(['submit']);
  });

  it('gives content edits to the person whose turn it is', () => {
    expect(mayEditContent('draft', holding('author'))).toBe(true);
    expect(mayEditContent('draft', holding('editor', 'head', 'publisher'))).toBe(false);
    expect(mayEditContent('in_review', holding('author'))).toBe(false);
    expect(mayEditContent('in_review', holding('editor'))).toBe(true);
    expect(mayEditContent('awaiting_approval', holding('editor'))).toBe(false);
    expect(mayEditContent('awaiting_approval', holding('head'))).toBe(true);
    expect(mayEditContent('approved', holding('publisher'))).toBe(false);
  });

  it('sends an edited approved item back to review and starts a new round after publication', () => {
    expect(stateAfterEdit('approved')).toBe('in_review');
    expect(stateAfterEdit('published')).toBe('draft');
    expect(stateAfterEdit('unpublished')).toBe('draft');
    expect(stateAfterEdit('in_review')).toBe('in_review');
    expect(stateAfterEdit('draft')).toBe('draft');
  });

  it('finds the shortest way to every state', () => {
    const actions = (state: Parameters<typeof pathTo>[0]) => pathTo(state).map((t) => `${t.action}:${t.role}`);
    expect(actions('draft')).toEqual([]);
    expect(actions('returned')).toEqual(['submit:author', 'return:editor']);
    expect(actions('unpublished')).toEqual(['submit:author', 'forward:editor', 'approve:head', 'publish:publisher', 'unpublish:publisher']);
    for (const state of STATES) expect(pathTo(state).at(-1)?.to ?? 'draft').toBe(state);
  });
});
