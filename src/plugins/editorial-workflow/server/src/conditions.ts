import type { Core } from '@strapi/strapi';
import { CONDITIONS, PLUGIN_ID } from '../../shared/permissions';
import type { Standing } from './services/membership';
import { MEMBER_ROLES, type MemberRole } from '../../shared/member-roles';
import { ROLES } from '../../shared/state-machine';
import { getService } from './get-service';
import { memoInRequest } from './request-memo';

/**
 * The media library's scope of an editor or head (with `admin::is-creator`, their own uploads): the
 * files used by the items of their units and by the items waiting at their department. Not in
 * CONDITIONS (shared/permissions.ts) so far; src/seed/data/admin-roles.ts names it by this id.
 */
export const FILE_IN_SCOPE = 'file-in-scope';

/** What Strapi's permission engine hands a condition: the user, merged with the right being evaluated. */
interface ConditionUser {
  id: number;
  permission?: { action?: string };
}

/** The content-manager's read action: the only right under which a unit's head counts as the unit's member. */
const CONTENT_READ = 'plugin::content-manager.explorer.read';

/**
 * The membership roles a right covers. The unit's head (`unit-head`) reads the unit's items, media
 * and reports and changes none of them: under any other right (create, update, delete, publish)
 * only the acting roles count, so a person who heads one unit and writes for another cannot edit
 * the headed unit's documents through the rights of their author role.
 */
export const memberRolesFor = (user: ConditionUser): readonly MemberRole[] => (user.permission?.action === CONTENT_READ ? MEMBER_ROLES : ROLES);

/**
 * RBAC conditions that scope the content-manager itself (list, open, edit, delete): without them
 * an author would list every unit's items. Registered in bootstrap (Community Edition API). They
 * test `scopeUnitId` (kept by document-middlewares/scope-unit-copy.ts), not `unit.id`.
 */
export function registerConditions(strapi: Core.Strapi) {
  const membership = () => getService(strapi, 'membership');
  const queue = () => getService(strapi, 'queue');
  // Strapi evaluates a condition once per right carrying it, on every request: the lookups are made
  // once per request (request-memo/; the membership service keeps the person's standing the same way).
  // Each condition gets its own copy of a list, the memo keeps the original.
  const departmentQueueOf = async (standing: Standing): Promise<string[]> => [
    ...(await memoInRequest(`department-queue:${standing.userId}`, () => queue().departmentQueueOf(standing))),
  ];

  return strapi.service('admin::permission').conditionProvider.registerMany([
    {
      displayName: 'Thuộc đơn vị của tôi (own unit)',
      name: CONDITIONS.ownUnit,
      plugin: PLUGIN_ID,
      category: 'Quy trình biên tập',
      handler: async (user: ConditionUser) => ({ scopeUnitId: { $in: await membership().unitIdsOf(user.id, memberRolesFor(user)) } }),
    },
    {
      displayName: 'Tin bài của đơn vị tôi hoặc đang chờ phòng tôi (own unit or department queue)',
      name: CONDITIONS.itemInScope,
      plugin: PLUGIN_ID,
      category: 'Quy trình biên tập',
      handler: async (user: ConditionUser) => {
        const standing: Standing = await membership().standingOf(user.id);
        const counted = memberRolesFor(user);
        const units = [...standing.rolesByUnit].filter(([, roles]) => counted.some((role) => roles.has(role))).map(([unitId]) => unitId);
        return {
          $or: [
            { scopeUnitId: { $in: units } },
            { documentId: { $in: await departmentQueueOf(standing) } },
          ],
        };
      },
    },
    {
      displayName: 'Tệp của tin bài thuộc đơn vị tôi hoặc đang chờ phòng tôi (files of items in scope)',
      name: FILE_IN_SCOPE,
      plugin: PLUGIN_ID,
      category: 'Quy trình biên tập',
      handler: async (user: { id: number }) => {
        const fileIds = await memoInRequest(`files:${user.id}`, async () => {
          const standing: Standing = await membership().standingOf(user.id);
          return getService(strapi, 'item-content').fileIdsOfItems({
            unitIds: [...standing.rolesByUnit.keys()],
            documentIds: await departmentQueueOf(standing),
          });
        });
        return { id: { $in: [...fileIds] } };
      },
    },
  ]);
}
