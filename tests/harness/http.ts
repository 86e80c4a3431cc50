import type { TestApp } from './strapi';
import { adminClient, adminLogin as login, superAdminToken } from './admin-client';
import { ARTICLE } from '../../src/plugins/editorial-workflow/shared/uids';

export const CM = '/content-manager/collection-types';

/** Logs in to the admin panel as a real user would and returns the admin JWT. */
export function adminLogin(app: TestApp, email: string, password: string): Promise<string> {
  return login(app.server, email, password);
}

/** A super admin for suites that do not need demo accounts. */
export function createSuperAdmin(app: TestApp, email = 'root@test.local', password = 'Root@12345'): Promise<string> {
  return superAdminToken(app.strapi, app.server, { email, password });
}

/** Requests to the content-manager API as the holder of `token`. */
export function contentManager(app: TestApp, token: string) {
  const client = adminClient(app.server, token);
  return {
    create: (uid: string, data: Record<string, unknown>) => client.post(`${CM}/${uid}`, data),
    update: (uid: string, documentId: string, data: Record<string, unknown>) => client.put(`${CM}/${uid}/${documentId}`, data),
    find: (uid: string, query = '') => client.get(`${CM}/${uid}${query}`),
  };
}

export const connect = (documentId: string) => ({ connect: [{ documentId }], disconnect: [] });

/**
 * An item created in the content-manager by the holder of `token`, as the edit view's Save makes
 * it: a news item of `unit` (a documentId), routed by `topic` when one is given, with `fields` on
 * top. Throws unless the answer is 201; returns the created draft.
 */
export async function createDraft(
  app: TestApp,
  token: string,
  { unit, topic, ...fields }: { title: string; unit: string; topic?: string; [field: string]: unknown }
): Promise<{ documentId: string; [field: string]: unknown }> {
  const res = await contentManager(app, token).create(ARTICLE, { kind: 'news', unit: connect(unit), ...(topic ? { topics: connect(topic) } : {}), ...fields });
  if (res.status !== 201) throw new Error(`creating "${fields.title}" failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}
