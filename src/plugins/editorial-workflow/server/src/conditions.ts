import type { Core } from '@strapi/strapi';
import { CONDITIONS, PLUGIN_ID } from '../../shared/permissions';
import type { Standing } from './services/membership';
import { getService } from './get-service';

/**
 * The media library's scope of an editor or head (with `admin::is-creator`, their own uploads): the
 * files used by the items of their units and by the items waiting at their department. Not in
 * CONDITIONS (shared/permissions.ts) so far; src/seed/data/admin-roles.ts names it by this id.
 */
export const FILE_IN_SCOPE = 'file-in-scope';

/**
 * RBAC conditions that scope the content-manager itself (list, open, edit, delete): without them
 * an author would list every unit's items. Registered in bootstrap (Community Edition API). They
 * test `scopeUnitId` (kept by document-middlewares/scope-unit-copy.ts), not `unit.id`.
 */
export function registerConditions(strapi: Core.Strapi) {
  const membership = () => getService(strapi, 'membership');
  const queue = () => getService(strapi, 'queue');

  return strapi.service('admin::permission').conditionProvider.registerMany([
    {
      displayName: 'Thuộc đơn vị của tôi (own unit)',
      name: CONDITIONS.ownUnit,
      plugin: PLUGIN_ID,
      category: 'Quy trình biên tập',
      handler: async (user: { id: number }) => ({ scopeUnitId: { $in: await membership().unitIdsOf(user.id) } }),
    },
    {
      displayName: 'Tin bài của đơn vị tôi hoặc đang chờ phòng tôi (own unit or department queue)',
      name: CONDITIONS.itemInScope,
      plugin: PLUGIN_ID,
      category: 'Quy trình biên tập',
      handler: async (user: { id: number }) => {
        const standing: Standing = await membership().standingOf(user.id);
        return {
          $or: [
            { scopeUnitId: { $in: [...standing.rolesByUnit.keys()] } },
            { documentId: { $in: await queue().departmentQueueOf(standing) } },
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
        const standing: Standing = await membership().standingOf(user.id);
        const fileIds = await getService(strapi, 'item-content').fileIdsOfItems({
          unitIds: [...standing.rolesByUnit.keys()],
          documentIds: await queue().departmentQueueOf(standing),
        });
        return { id: { $in: fileIds } };
      },
    },
  ]);
}
