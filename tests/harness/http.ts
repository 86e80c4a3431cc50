import request from 'supertest';
import type { TestApp } from './strapi';

export const CM = '/content-manager/collection-types';

/** Logs in to the admin panel as a real user would and returns the admin JWT. */
export async function adminLogin(app: TestApp, email: string, password: string): Promise<string> {
  const res = await request(app.server).post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.token as string;
}

/** A super admin for suites that do not need demo accounts. */
export async function createSuperAdmin(app: TestApp, email = 'root@test.local', password = 'Root@12345'): Promise<string> {
  const roles = app.strapi.service('admin::role');
  const superAdmin = await roles.getSuperAdmin();
  await app.strapi.service('admin::user').create({
    email,
    firstname: 'Root',
    lastname: 'Test',
    password,
    isActive: true,
    roles: [superAdmin.id],
  });
  return adminLogin(app, email, password);
}

/** Requests to the content-manager API as the holder of `token`. */
export function contentManager(app: TestApp, token: string) {
  const auth = { Authorization: `Bearer ${token}` };
  return {
    create: (uid: string, data: Record<string, unknown>) => request(app.server).post(`${CM}/${uid}`).set(auth).send(data),
    update: (uid: string, documentId: string, data: Record<string, unknown>) =>
      request(app.server).put(`${CM}/${uid}/${documentId}`).set(auth).send(data),
    find: (uid: string, query = '') => request(app.server).get(`${CM}/${uid}${query}`).set(auth),
  };
}

export const connect = (documentId: string) => ({ connect: [{ documentId }], disconnect: [] });
