import type { Core } from '@strapi/strapi';

/**
 * What anyone may read without logging in: units (their private fields stay hidden) and topics.
 * Items, media assets and reports reach the public only through the public API of the website.
 */
export const PUBLIC_ACTIONS = [
  'api::unit.unit.find',
  'api::unit.unit.findOne',
  'api::topic.topic.find',
  'api::topic.topic.findOne',
] as const;

/**
 * Nothing in the product uses public accounts (the newsroom signs in to the admin panel), so
 * nobody may create one: `POST /api/auth/local/register` would otherwise hand out a JWT.
 */
const REGISTER_ACTION = 'plugin::users-permissions.auth.register';

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

/**
 * Grants the public actions to the public role and closes self-registration (its setting off, its
 * action taken from the public role); idempotent, so it runs at every start and undoes a change
 * made in the admin's settings since.
 */
export async function grantPublicAccess(strapi: Core.Strapi): Promise<void> {
  await closeRegistration(strapi);
  const role = await strapi.db.query(ROLE).findOne({ select: ['id'], where: { type: 'public' } });
  if (!role) return;
  await strapi.db.query(PERMISSION).deleteMany({ where: { role: { id: role.id }, action: REGISTER_ACTION } });
  const granted: Array<{ action: string }> = await strapi.db.query(PERMISSION).findMany({
    select: ['action'],
    where: { role: { id: role.id }, action: { $in: [...PUBLIC_ACTIONS] } },
  });
  const have = new Set(granted.map((permission) => permission.action));
  for (const action of PUBLIC_ACTIONS.filter((a) => !have.has(a))) {
    await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
  }
}

async function closeRegistration(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get({})) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) await store.set({ value: { ...advanced, allow_register: false } });
}
