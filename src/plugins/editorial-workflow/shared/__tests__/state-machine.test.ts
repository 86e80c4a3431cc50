import {
  ACTING_ROLES,
  ACTIONS,
  ROLES,
  STATES,
  TAKEDOWNS,
  TRANSITIONS,
  allowedActions,
  decide,
  dutyConflict,
  mayEditContent,
  laneOf,
  pathTo,
  RESPONSE_TRANSITIONS,
  stateAfterEdit,
  stateLabelOf,
  type ActingRole,
  type WorkflowRole,
} from '../state-machine';

const holding = (...roles: ActingRole[]) => new Set(roles);
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
        const legalOnline = [...TRANSITIONS, ...TAKEDOWNS].some((t) => t.from === state && t.action === action);
        expect(decide(state, action, everyone, { online: true }).outcome).toBe(legalOnline ? 'allowed' : 'illegal');
      }
    }
  });

  it('forbids a legal action to anyone without its role, naming the role', () => {
    const all = [...TRANSITIONS, ...TAKEDOWNS];
    for (const t of all) {
      for (const role of ACTING_ROLES.filter((r) => !all.some((o) => o.from === t.from && o.action === t.action && o.role === r))) {
        expect(decide(t.from, t.action, holding(role), { online: true })).toEqual({ outcome: 'forbidden', role: expect.any(String) });
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

  describe('taking the live version down during a new round', () => {
    const roundStates = ['draft', 'in_review', 'awaiting_approval', 'approved', 'returned'] as const;

    it('lets the publisher and the leadership take it down in any state while a version is online, the round staying where it is', () => {
      for (const state of roundStates) {
        for (const role of ['publisher', 'leadership'] as const) {
          const decision = decide(state, 'unpublish', holding(role), { online: true });
          expect(decision).toEqual({ outcome: 'allowed', transition: expect.objectContaining({ from: state, to: state, role }) });
          expect(allowedActions(state, holding(role), { online: true })).toContain('unpublish');
        }
      }
      expect(decide('published', 'unpublish', holding('leadership'))).toEqual({
        outcome: 'allowed',
        transition: expect.objectContaining({ to: 'unpublished' }),
      });
    });

    it('is illegal when nothing is online, and forbidden to the author, editor and head', () => {
      for (const state of roundStates) expect(decide(state, 'unpublish', everyone).outcome).toBe('illegal');
      for (const role of ['author', 'editor', 'head'] as const) {
        expect(decide('in_review', 'unpublish', holding(role), { online: true })).toEqual({ outcome: 'forbidden', role: 'publisher' });
      }
      expect(allowedActions('in_review', holding('editor'), { online: true })).toEqual(['forward', 'reroute', 'return']);
      expect(decide('unpublished', 'unpublish', everyone, { online: false }).outcome).toBe('illegal');
    });

    it('stays beside the steps: no way to a state for the demo and the tests, each only while online', () => {
      for (const state of STATES) expect(pathTo(state).every((t) => (ROLES as readonly string[]).includes(t.role))).toBe(true);
      expect(TAKEDOWNS.every((t) => t.whileOnline && t.action === 'unpublish')).toBe(true);
      expect(TRANSITIONS.some((t) => t.role !== 'publisher' && t.action === 'unpublish')).toBe(false);
    });
  });

  describe('separation of duties within a round', () => {
    const round = (...entries: Array<[string, number]>) => entries.map(([action, actorId]) => ({ action, actorId }));

    it('refuses a second, different step of the same round to the same person', () => {
      expect(dutyConflict('forward', 1, round(['submit', 1]))).toBe('submit');
      expect(dutyConflict('approve', 2, round(['submit', 1], ['forward', 2]))).toBe('forward');
      expect(dutyConflict('publish', 1, round(['submit', 1], ['forward', 2], ['approve', 3]))).toBe('submit');
      expect(dutyConflict('publish', 3, round(['submit', 1], ['forward', 2], ['approve', 3]))).toBe('approve');
    });

    it('lets distinct people take the steps, and counts a scheduled publish as the publish', () => {
      expect(dutyConflict('forward', 2, round(['submit', 1]))).toBeNull();
      expect(dutyConflict('approve', 3, round(['submit', 1], ['forward', 2]))).toBeNull();
      expect(dutyConflict('publish', 4, round(['submit', 1], ['forward', 2], ['approve', 3], ['schedule', 4]))).toBeNull();
      expect(dutyConflict('approve', 4, round(['submit', 1], ['forward', 2], ['schedule', 4]))).toBe('publish');
    });

    it('reads only the round since the last submission; returns, reroutes, edits and takedowns are no steps', () => {
      const history = round(['submit', 1], ['forward', 1], ['return', 2], ['edit', 1], ['submit', 1]);
      expect(dutyConflict('forward', 2, history)).toBeNull();
      expect(dutyConflict('forward', 1, history)).toBe('submit');
      expect(dutyConflict('return', 1, history)).toBeNull();
      expect(dutyConflict('reroute', 1, history)).toBeNull();
      expect(dutyConflict('unpublish', 1, round(['submit', 1], ['forward', 2], ['approve', 3], ['publish', 1]))).toBeNull();
      expect(dutyConflict('submit', 1, round(['submit', 2], ['forward', 1]))).toBeNull();
      expect(dutyConflict('forward', 1, [])).toBeNull();
    });
  });

  describe('the official response lane', () => {
    const lane = { lane: 'official-response' as const };

    it('goes from the Office’s author straight to the leadership, then to the publisher', () => {
      expect(pathTo('published', 'official-response').map((t) => `${t.role}:${t.action}`)).toEqual(['author:submit', 'leadership:approve', 'publisher:publish']);
      expect(decide('draft', 'submit', holding('author'), lane)).toMatchObject({ outcome: 'allowed', transition: { to: 'awaiting_approval' } });
      expect(decide('awaiting_approval', 'approve', holding('leadership'), lane)).toMatchObject({ outcome: 'allowed', transition: { to: 'approved' } });
      expect(decide('awaiting_approval', 'return', holding('leadership'), lane)).toMatchObject({ outcome: 'allowed', transition: { to: 'returned' } });
    });

    it('has no department step, and gives the head nothing of it', () => {
      expect(RESPONSE_TRANSITIONS.some((t) => t.role === 'editor' || t.role === 'head' || t.from === 'in_review')).toBe(false);
      expect(decide('awaiting_approval', 'approve', holding('head', 'editor', 'author', 'publisher'), lane)).toEqual({ outcome: 'forbidden', role: 'leadership' });
      expect(decide('in_review', 'forward', everyone, lane)).toEqual({ outcome: 'illegal' });
      expect(allowedActions('awaiting_approval', everyone, lane)).toEqual([]);
      // And the leadership has no approval in the standard lane.
      expect(decide('awaiting_approval', 'approve', holding('leadership'))).toEqual({ outcome: 'forbidden', role: 'head' });
    });

    it('lets nobody edit it between submission and publication', () => {
      for (const state of ['awaiting_approval', 'approved'] as const) expect(mayEditContent(state, holding(...ACTING_ROLES), 'official-response')).toBe(false);
      expect(mayEditContent('returned', holding('author'), 'official-response')).toBe(true);
      expect(stateAfterEdit('approved', 'official-response')).toBe('awaiting_approval');
    });

    it('is fixed by the kind at the first submission', () => {
      expect(laneOf('response', null)).toBe('official-response');
      expect(laneOf('news', 'response')).toBe('official-response');
      expect(laneOf('response', 'news')).toBe('standard');
      expect(stateLabelOf('awaiting_approval', 'official-response')).toBe('Chờ Lãnh đạo Sở duyệt');
      expect(stateLabelOf('awaiting_approval')).toBe('Chờ Trưởng phòng duyệt');
    });
  });
});
