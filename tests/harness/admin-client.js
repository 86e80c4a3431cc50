// Admin accounts for throw-away apps, logged in as the admin panel logs in (POST /admin/login), and
// requests made with the JWT that gives. `target` is the app's HTTP server (in this process, even
// one that does not listen: supertest listens for the request) or a base URL (another process).
const request = require('supertest');

/**
 * @typedef {Parameters<typeof request>[0]} Target an HTTP server or a base URL, as supertest takes them
 * @typedef {import('@strapi/strapi').Core.Strapi} Strapi
 */

/**
 * An active admin user. `roles` are admin role ids (a missing one, as a lookup by code gives for an
 * unknown code, is an error); `superAdmin` adds Strapi's Super Admin role.
 * @param {Strapi} strapi
 * @param {{ email: string, password: string, roles?: Array<number | string | undefined>, superAdmin?: boolean, firstname?: string, lastname?: string }} account
 * @returns {Promise<{ id: number, email: string }>}
 */
async function createAdminUser(strapi, { email, password, roles = [], superAdmin = false, firstname = email.split('@')[0], lastname = 'Test' }) {
  if (roles.some((role) => role === undefined)) throw new Error(`an admin role of ${email} is missing: ${JSON.stringify(roles)}`);
  const all = superAdmin ? [...roles, (await strapi.service('admin::role').getSuperAdmin()).id] : roles;
  return strapi.service('admin::user').create({ email, firstname, lastname, password, isActive: true, roles: all });
}

/**
 * Logs in through the admin panel's route; returns the admin JWT.
 * @param {Target} target
 * @param {string} email
 * @param {string} password
 * @returns {Promise<string>}
 */
async function adminLogin(target, email, password) {
  const res = await request(target).post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.token;
}

/**
 * Requests as the holder of `token` (supertest: await one for { status, body, headers }). Without
 * a body, a post can take attachments (`.attach(...)`) instead.
 * @param {Target} target
 * @param {string} token
 */
function adminClient(target, token) {
  const auth = { Authorization: `Bearer ${token}` };
  /** @param {import('supertest').Test} req @param {object} [body] */
  const withBody = (req, body) => (body === undefined ? req : req.send(body));
  return {
    /** @param {string} path */
    get: (path) => request(target).get(path).set(auth),
    /** @param {string} path @param {object} [body] */
    post: (path, body) => withBody(request(target).post(path).set(auth), body),
    /** @param {string} path @param {object} [body] */
    put: (path, body) => withBody(request(target).put(path).set(auth), body),
    /** @param {string} path */
    delete: (path) => request(target).delete(path).set(auth),
  };
}

/**
 * A super admin, logged in: for apps and suites that need an admin but no particular role.
 * @param {Strapi} strapi
 * @param {Target} target
 * @param {{ email?: string, password?: string, lastname?: string }} [account]
 * @returns {Promise<string>} the admin JWT
 */
async function superAdminToken(strapi, target, { email = 'root@test.local', password = 'Root@12345', lastname = 'Test' } = {}) {
  await createAdminUser(strapi, { email, password, superAdmin: true, firstname: 'Root', lastname });
  return adminLogin(target, email, password);
}

module.exports = { createAdminUser, adminLogin, adminClient, superAdminToken };
