import type { TestApp } from './strapi';
import { adminClient, adminLogin as login, superAdminToken } from './admin-client';

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
