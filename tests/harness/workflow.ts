import type { TestApp } from './strapi';
import { adminClient, adminLogin, createAdminUser } from './admin-client';
import { adminRoleIdsByCode } from '../../src/seed/admin-roles';
import type { WorkflowAction, WorkflowRole } from '../../src/plugins/editorial-workflow/shared/state-machine';
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

/** The plugin's admin API as the holder of `token`. */
export function workflowApi(app: TestApp, token: string) {
  const client = adminClient(app.server, token);
  return {
    item: (documentId: string) => client.get(`/editorial-workflow/items/${documentId}`),
    transition: (documentId: string, body: Record<string, unknown>) => client.post(`/editorial-workflow/items/${documentId}/transitions`, body),
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

/** Moves an item through the whole workflow to `published`, as the four real roles would. */
export async function publishThroughWorkflow(app: TestApp, desk: Desk, documentId: string) {
  await act(app, desk.author, documentId, 'submit');
  await act(app, desk.editor, documentId, 'forward');
  await act(app, desk.head, documentId, 'approve');
  return act(app, desk.publisher, documentId, 'publish');
}

/**
 * For suites about something else (the public API, media): one account holding every workflow role
 * in every unit of the reference data, so that code can move items through the real workflow.
 * Nothing here bypasses it: each step is a transition of the workflow service.
 */
export async function codeDesk(strapi: TestApp['strapi']) {
  const user = await createAdminUser(strapi, {
    email: `desk-${Date.now()}-${Math.random().toString(36).slice(2)}@test.local`,
    firstname: 'Bàn',
    lastname: 'Biên tập',
    password: PASSWORD,
  });
  const membership = getService(strapi, 'membership');
  const actor = { id: user.id as number, name: 'Bàn biên tập' };
  const workflow = getService(strapi, 'workflow');
  const itemState = getService(strapi, 'item-state');

  const ensureMember = async () => {
    // Units created after the desk (by the suite) are covered too.
    const units: Array<{ id: number; kind: string }> = await strapi.db.query(UNIT).findMany({ select: ['id', 'kind'] });
    for (const unit of units) {
      const roles: WorkflowRole[] = unit.kind === 'department' ? ['author', 'editor', 'head', 'publisher'] : ['author'];
      for (const role of roles) await membership.add({ userId: actor.id, unitId: unit.id, role });
    }
  };
  const step = async (documentId: string, action: WorkflowAction, extra: Record<string, unknown> = {}) => {
    const { version } = await itemState.recordOf(documentId);
    return workflow.transition({ documentId, action, expectedVersion: version, ...extra }, actor);
  };

  return {
    /** submit → forward → approve → publish, from whatever round the item is in. */
    async publish(documentId: string) {
      await ensureMember();
      const { state } = await itemState.recordOf(documentId);
      if (state === 'draft' || state === 'returned') await step(documentId, 'submit');
      if ((await itemState.recordOf(documentId)).state === 'in_review') await step(documentId, 'forward');
      if ((await itemState.recordOf(documentId)).state === 'awaiting_approval') await step(documentId, 'approve');
      return step(documentId, 'publish');
    },
    async unpublish(documentId: string, comment = 'Gỡ bài để kiểm tra') {
      await ensureMember();
      return step(documentId, 'unpublish', { comment });
    },
  };
}
