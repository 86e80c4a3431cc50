import type { TestApp } from './strapi';
import { adminClient, adminLogin, createAdminUser } from './admin-client';
import { adminRoleIdsByCode } from '../../src/seed/admin-roles';
import { ROLES, TRANSITIONS, type WorkflowAction, type WorkflowRole } from '../../src/plugins/editorial-workflow/shared/state-machine';
import { UNIT } from '../../src/plugins/editorial-workflow/shared/uids';
import { getService } from '../../src/plugins/editorial-workflow/server/src/get-service';

const ADMIN_ROLE_OF: Record<WorkflowRole, string> = {
  author: 'newsroom-author',
  editor: 'newsroom-editor',
  head: 'newsroom-head',
  publisher: 'newsroom-publisher',
};

export const PASSWORD = 'Newsroom@123';

/** Links an admin user to units in a workflow role (the plugin's membership service). */
export async function grantMembership(app: TestApp, userId: number, unitCodes: string[], role: WorkflowRole): Promise<void> {
  for (const code of unitCodes) {
    const unit = await app.strapi.db.query(UNIT).findOne({ where: { code }, select: ['id'] });
    if (!unit) throw new Error(`unit ${code} is missing`);
    await getService(app.strapi, 'membership').add({ userId, unitId: unit.id, role });
  }
}

/** A newsroom account with the admin role of its workflow role and memberships in `units`; returns its admin JWT. */
export async function newsroomUser(app: TestApp, email: string, role: WorkflowRole, units: string[]): Promise<{ id: number; token: string }> {
  const roles = await adminRoleIdsByCode(app.strapi);
  const user = await createAdminUser(app.strapi, { email, password: PASSWORD, roles: [roles.get(ADMIN_ROLE_OF[role])] });
  await grantMembership(app, user.id, units, role);
  return { id: user.id, token: await adminLogin(app.server, email, PASSWORD) };
}

/** Gives an admin role (by code) these plugin actions, once: for rights a suite needs beyond the seed's. */
export async function grantAdminActions(strapi: TestApp['strapi'], roleCode: string, actions: string[]): Promise<void> {
  const roleId = (await adminRoleIdsByCode(strapi)).get(roleCode);
  if (!roleId) throw new Error(`admin role ${roleCode} is missing`);
  const held: Array<{ action: string }> = await strapi.db.query('admin::permission').findMany({ where: { role: { id: roleId } }, select: ['action'] });
  const missing = actions.filter((action) => !held.some((row) => row.action === action));
  if (missing.length > 0) {
    await strapi.service('admin::role').addPermissions(roleId, missing.map((action) => ({ action, subject: null, properties: {}, conditions: [] })));
  }
}

/** Actions whose body carries a reason and its category (shared/state-machine.ts COMMENT_REQUIRED). */
const REASONED = new Set(['return', 'unpublish']);

/** The plugin's admin API as the holder of `token`. */
export function workflowApi(app: TestApp, token: string) {
  const client = adminClient(app.server, token);
  return {
    item: (documentId: string) => client.get(`/editorial-workflow/items/${documentId}`),
    // A return or an unpublish needs a reason's category: suites that do not name one file it under "form"
    // (one that sends `reasonCategory: undefined` tests the refusal).
    transition: (documentId: string, body: Record<string, unknown>) =>
      client.post(`/editorial-workflow/items/${documentId}/transitions`, REASONED.has(String(body.action)) && !('reasonCategory' in body) ? { ...body, reasonCategory: 'form' } : body),
    queue: (query = '') => client.get(`/editorial-workflow/queue${query}`),
    notifications: (query = '') => client.get(`/editorial-workflow/notifications${query}`),
    markRead: (body: Record<string, unknown>) => client.post('/editorial-workflow/notifications/read', body),
  };
}

/** Takes `action` at the item's current version; throws unless it succeeds. */
export async function act(app: TestApp, token: string, documentId: string, action: WorkflowAction, extra: Record<string, unknown> = {}) {
  const api = workflowApi(app, token);
  const current = await api.item(documentId);
  if (current.status !== 200) throw new Error(`reading ${documentId} failed: ${current.status} ${JSON.stringify(current.body)}`);
  const res = await api.transition(documentId, { action, expectedVersion: current.body.data.version, ...extra });
  if (res.status !== 200) throw new Error(`${action} on ${documentId} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

export interface Desk {
  author: string;
  editor: string;
  head: string;
  publisher: string;
}

/**
 * The four people of a round, each logged in (their admin JWTs): an author of `authorUnit`, the
 * editor and the head of SGD-GDPT (where topic III.2 is routed) and the publisher of SGD-QLCL.
 * Their e-mails are `<role>@<domain>`.
 */
export async function newsroomDesk(app: TestApp, { authorUnit = 'XA-A', domain = 'test.local' } = {}): Promise<Desk> {
  const person = async (role: WorkflowRole, unit: string) => (await newsroomUser(app, `${role}@${domain}`, role, [unit])).token;
  return {
    author: await person('author', authorUnit),
    editor: await person('editor', 'SGD-GDPT'),
    head: await person('head', 'SGD-GDPT'),
    publisher: await person('publisher', 'SGD-QLCL'),
  };
}

/** Moves an item through the whole workflow to `published`, as the four real roles would. */
export async function publishThroughWorkflow(app: TestApp, desk: Desk, documentId: string) {
  await act(app, desk.author, documentId, 'submit');
  await act(app, desk.editor, documentId, 'forward');
  await act(app, desk.head, documentId, 'approve');
  return act(app, desk.publisher, documentId, 'publish');
}

/** The four people of a desk, one per membership role. */
export type DeskPeople = Record<WorkflowRole, { id: number; name: string }>;

/**
 * Four accounts for suites that move items by code: an author of every unit, an editor and a head
 * of every department, and the publisher, each a different person (one person may take only one
 * step of a round). `actorFor` names who takes an action from the item's state.
 */
export async function deskOfFour(strapi: TestApp['strapi'], prefix = `desk-${Date.now()}-${Math.random().toString(36).slice(2)}`) {
  const names: Record<WorkflowRole, string> = { author: 'Cộng tác viên', editor: 'Biên tập viên', head: 'Trưởng phòng', publisher: 'Chuyên viên QLCL' };
  const people = {} as DeskPeople;
  for (const role of ROLES) {
    const user = await createAdminUser(strapi, { email: `${prefix}-${role}@test.local`, firstname: 'Bàn', lastname: names[role], password: PASSWORD });
    people[role] = { id: user.id as number, name: `Bàn ${names[role]}` };
  }
  const membership = getService(strapi, 'membership');
  const itemState = getService(strapi, 'item-state');

  return {
    people,
    /** Memberships in every unit there is now (units created after the desk are covered on the next call). */
    async ensureMembers() {
      const units: Array<{ id: number; kind: string }> = await strapi.db.query(UNIT).findMany({ select: ['id', 'kind'] });
      for (const unit of units) {
        await membership.add({ userId: people.author.id, unitId: unit.id, role: 'author' });
        if (unit.kind !== 'department') continue;
        for (const role of ['editor', 'head', 'publisher'] as const) await membership.add({ userId: people[role].id, unitId: unit.id, role });
      }
    },
    /** The person whose role takes `action` from the item's current state. */
    async actorFor(documentId: string, action: WorkflowAction) {
      const { state } = await itemState.recordOf(documentId);
      const transition = TRANSITIONS.find((t) => t.from === state && t.action === action);
      return people[transition?.role ?? 'author'];
    },
  };
}

/**
 * For suites about something else (the public API, media): a desk of four people holding the
 * workflow roles in every unit of the reference data, so that code can move items through the real
 * workflow. Nothing here bypasses it: each step is a transition of the workflow service, taken by
 * the person of its role.
 */
export async function codeDesk(strapi: TestApp['strapi']) {
  const desk = await deskOfFour(strapi);
  const workflow = getService(strapi, 'workflow');
  const itemState = getService(strapi, 'item-state');

  const step = async (documentId: string, action: WorkflowAction, extra: Record<string, unknown> = {}) => {
    const { version } = await itemState.recordOf(documentId);
    return workflow.transition({ documentId, action, expectedVersion: version, ...extra }, await desk.actorFor(documentId, action));
  };

  return {
    /** submit → forward → approve → publish, from whatever round the item is in. */
    async publish(documentId: string) {
      await desk.ensureMembers();
      const { state } = await itemState.recordOf(documentId);
      if (state === 'draft' || state === 'returned') await step(documentId, 'submit');
      if ((await itemState.recordOf(documentId)).state === 'in_review') await step(documentId, 'forward');
      if ((await itemState.recordOf(documentId)).state === 'awaiting_approval') await step(documentId, 'approve');
      return step(documentId, 'publish');
    },
    async unpublish(documentId: string, comment = 'Gỡ bài để kiểm tra') {
      await desk.ensureMembers();
      return step(documentId, 'unpublish', { comment });
    },
  };
}
