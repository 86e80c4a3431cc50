import type { Core } from '@strapi/strapi';
import { ADMIN_ROLES, type AdminRoleSeed } from './data/admin-roles';
import type { SeedTally } from './reference';

type Permission = { action: string; subject?: string | null; properties?: Record<string, unknown>; conditions?: string[] };

/**
 * Creates the newsroom's admin roles that are missing, with their base permissions. A role that is
 * there keeps the permissions an administrator gave it.
 */
export async function ensureAdminRoles(strapi: Core.Strapi): Promise<SeedTally> {
  const tally: SeedTally = { created: 0, kept: 0 };
  const roles = strapi.service('admin::role');
  for (const seed of ADMIN_ROLES) {
    if (await roles.exists({ code: seed.code })) {
      tally.kept += 1;
      continue;
    }
    const role = await roles.create({ name: seed.name, code: seed.code, description: seed.description });
    await roles.assignPermissions(role.id, permissionsOf(strapi, seed));
    tally.created += 1;
  }
  return tally;
}

/** id of each admin role by code (the super admin's included). */
export async function adminRoleIdsByCode(strapi: Core.Strapi): Promise<Map<string, number>> {
  const rows: Array<{ id: number; code: string }> = await strapi.db.query('admin::role').findMany({ select: ['id', 'code'] });
  return new Map(rows.map((row) => [row.code, row.id]));
}

/** The media library actions Strapi applies conditions to. */
const CONDITIONAL_MEDIA_ACTIONS = ['read', 'assets.update', 'assets.download', 'assets.copy-link'];

const SCOPED_ACTIONS = ['read', 'update', 'delete'].map((action) => `plugin::content-manager.explorer.${action}`);

/** Conditions apply to reading, editing and deleting; creating is checked by the workflow's guard. */
function conditionsOf(seed: AdminRoleSeed, permission: Permission): string[] {
  const short = permission.subject?.split('.').pop();
  if (!short || !SCOPED_ACTIONS.includes(permission.action)) return [];
  return seed.conditions?.[short] ?? [];
}

function permissionsOf(strapi: Core.Strapi, seed: AdminRoleSeed): Permission[] {
  const { actionProvider } = strapi.service('admin::permission');
  const contentTypes = strapi.service('admin::content-type');
  const bySubject = Object.entries(seed.content).flatMap(([short, actions]) =>
    actions.map((action) => ({ actionId: `plugin::content-manager.explorer.${action}`, subject: `api::${short}.${short}` }))
  );
  // Strapi's own helper lists every field of the subject for the actions that take fields.
  const content: Permission[] = contentTypes.getPermissionsWithNestedFields(
    bySubject.map(({ actionId, subject }) => ({ ...actionProvider.get(actionId), subjects: [subject] }))
  );
  const scoped = content.map((permission) => ({ ...permission, conditions: conditionsOf(seed, permission) }));
  const media: Permission[] = seed.media.map((action) => ({
    action: `plugin::upload.${action}`,
    conditions: CONDITIONAL_MEDIA_ACTIONS.includes(action) ? (seed.mediaConditions ?? []) : [],
  }));
  const other: Permission[] = (seed.actions ?? []).map((action) => ({ action }));
  return [...scoped, ...media, ...other];
}
