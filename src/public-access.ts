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

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

/** Grants the public actions to the public role; idempotent, so it runs at every start. */
export async function grantPublicAccess(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query(ROLE).findOne({ select: ['id'], where: { type: 'public' } });
  if (!role) return;
  const granted: Array<{ action: string }> = await strapi.db.query(PERMISSION).findMany({
    select: ['action'],
    where: { role: { id: role.id }, action: { $in: [...PUBLIC_ACTIONS] } },
  });
  const have = new Set(granted.map((permission) => permission.action));
  for (const action of PUBLIC_ACTIONS.filter((a) => !have.has(a))) {
    await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
  }
}
