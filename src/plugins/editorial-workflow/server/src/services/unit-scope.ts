import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { relationChange } from '../utils/relation-input';
import { adminUserOf, isSuperAdmin, type AdminRequestUser } from '../utils/request-user';
import { forbidden } from '../utils/errors';
import { getService } from '../get-service';
import { MEDIA_ASSET, UNIT } from '../../../shared/uids';
import { ROLES } from '../../../shared/state-machine';

type AdminRequestState = {
  user?: { id: number };
  userAbility?: unknown;
  auth?: { strategy?: { name?: string } };
};
type PermissionChecker = { cannot: Record<'create' | 'read' | 'update', (entity: Record<string, unknown>) => boolean> };

/**
 * Unit scope in one place: which unit a document's `unit` input names, and whether the admin user
 * behind the current request may file a document of each unit-bound type for it. Items are filed
 * by the unit's authors; opinion reports by any member of the unit who works in the workflow;
 * media assets by whoever the content-manager's own RBAC conditions allow (so the publisher, whose
 * rights carry no condition, files for every unit). The unit's head (`unit-head`) reads all of it
 * and files none of it: a unit head who is also the unit's author writes as the author. Calls
 * without an admin request (code, seeds, the REST API) are not scoped here: their own permissions
 * decide.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const membership = () => getService(strapi, 'membership');

  const scope = {
    /** The unit id a `unit` value in Document Service data sets: undefined when untouched, null when cleared or unknown. */
    async unitIdOf(value: unknown): Promise<number | null | undefined> {
      const change = relationChange(value);
      if (change.kind === 'unchanged') return undefined;
      if (change.kind === 'cleared') return null;
      if ('id' in change.ref) return change.ref.id;
      const unit = await strapi.db.query(UNIT).findOne({ where: { documentId: change.ref.documentId }, select: ['id'] });
      return unit?.id ?? null;
    },

    /** The admin user of the current request, if any. */
    requestUser(): AdminRequestUser | undefined {
      return adminUserOf(strapi);
    },

    /** An admin user files items only for units where they are an author. */
    async assertMayFileItem(user: AdminRequestUser, unitId: number): Promise<void> {
      const authorOf = await membership().unitIdsOf(user.id, ['author']);
      if (authorOf.includes(unitId)) return;
      throw forbidden(
        authorOf.length === 0
          ? 'Bạn chưa là cộng tác viên của đơn vị nào nên chưa thể viết tin bài; hãy liên hệ quản trị hệ thống.'
          : 'Bạn chỉ viết tin bài cho đơn vị mà bạn là cộng tác viên; hãy chọn đúng đơn vị.'
      );
    },

    /** Only an author of the item's unit deletes it. */
    async assertMayDeleteItem(user: AdminRequestUser, unitId: number | null): Promise<void> {
      const authorOf = await membership().unitIdsOf(user.id, ['author']);
      if (unitId === null || !authorOf.includes(unitId)) throw forbidden('Chỉ cộng tác viên của đơn vị viết bài mới được xoá tin bài.');
    },

    /** A person files an opinion report only for a unit they work for (the super admin: for any); a unit head only reads it. */
    async assertMayFileReport(user: AdminRequestUser, unitId: number): Promise<void> {
      if (isSuperAdmin(user)) return;
      const units = await membership().unitIdsOf(user.id, ROLES);
      if (!units.includes(unitId)) throw forbidden('Bạn chỉ gửi báo cáo cho đơn vị của mình (you file reports only for your own unit).');
    },

    /**
     * The media-asset scope of an admin request: the unit a new entry gets when none is given (the
     * person's only unit), and the check that the conditions of the person's rights let them create,
     * then read, or update an entry of `unitId`. Undefined when the call is not an admin request.
     */
    mediaRequest(): { userId: number; check(action: 'create' | 'update', unitId: number): Promise<void> } | undefined {
      const state = strapi.requestContext.get()?.state as AdminRequestState | undefined;
      if (!state?.user || !state.userAbility || state.auth?.strategy?.name !== 'admin') return undefined;
      const { userAbility } = state;
      return {
        userId: state.user.id,
        async check(action, unitId) {
          const unit = await strapi.db.query(UNIT).findOne({ select: ['id', 'code', 'name'], where: { id: unitId } });
          if (!unit) throw new errors.ValidationError('Không tìm thấy đơn vị đã chọn.', { errors: [{ path: ['unit'], message: 'Không tìm thấy đơn vị đã chọn.', name: 'ValidationError' }] });
          const checker: PermissionChecker = strapi
            .plugin('content-manager')
            .service('permission-checker')
            .create({ userAbility, model: MEDIA_ASSET });
          // The entry as the conditions will see it: they test `scopeUnitId`.
          const future = { unit: { id: unit.id }, scopeUnitId: unit.id };
          // A new entry must be one its author may then read and change: create itself carries no
          // condition, and reading alone also covers the units a person heads (conditions.ts).
          const refused =
            action === 'update' ? checker.cannot.update(future) : checker.cannot.create(future) || checker.cannot.read(future) || checker.cannot.update(future);
          if (refused) {
            throw forbidden(
              `Bạn chỉ được gửi và sửa tư liệu của đơn vị mình; ${unit.name} (${unit.code}) không thuộc đơn vị của bạn (you may only file media for your own unit).`
            );
          }
        },
      };
    },

    /** The unit a new document of the person gets by default: the only one they work for; otherwise undefined (they must choose). */
    async soleUnitOf(userId: number): Promise<number | undefined> {
      const units = await membership().unitIdsOf(userId, ROLES);
      return units.length === 1 ? units[0] : undefined;
    },
  };
  return scope;
};
