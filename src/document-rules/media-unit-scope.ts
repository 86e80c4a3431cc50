import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { relationChange } from '../utils/relation-input';
import { MEDIA_ASSET } from '../media/consent';
import { dataOf, invalid, setData, type DocumentMiddleware } from './shared';

const UNIT = 'api::unit.unit';

type AdminRequestState = {
  user?: { id: number };
  userAbility?: unknown;
  auth?: { strategy?: { name?: string } };
};
type PermissionChecker = { cannot: Record<'create' | 'read' | 'update', (entity: Record<string, unknown>) => boolean> };

/**
 * An author writes archive entries of their own unit only. The content-manager applies the
 * workflow's `own-unit` condition when it reads, updates and deletes, but not to the data of a create, nor to
 * a unit changed by an update (strapi content-manager `createDocument`: "TODO: Revert the creation
 * if create permission conditions are not met"). This closes that gap: for a request of an admin
 * user, the unit an entry will have is checked against the user's conditions, and a create
 * without a unit gets the user's unit when they have exactly one. Code and seeds (no request) and
 * roles without conditions (super admin, publisher) pass as before.
 */
export const mediaUnitScope =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== MEDIA_ASSET || !['create', 'update', 'clone'].includes(ctx.action)) return next();
    const state = strapi.requestContext.get()?.state as AdminRequestState | undefined;
    if (!state?.user || !state.userAbility || state.auth?.strategy?.name !== 'admin') return next();

    let data = dataOf(ctx) ?? {};
    let change = relationChange(data.unit);
    if (ctx.action === 'create' && change.kind === 'unchanged') {
      const own = await ownUnitIds(strapi, state.user.id);
      if (own.length === 1) {
        // The workflow's unit-scope middleware ran before this one and copied no unit into
        // `scopeUnitId` (what its conditions test): the unit given here carries its copy along.
        data = { ...data, unit: { connect: [{ id: own[0] }] }, scopeUnitId: own[0] };
        setData(ctx, data);
        change = { kind: 'set', ref: { id: own[0] } };
      }
    }
    if (change.kind !== 'set') return next();

    const unit = await strapi.db.query(UNIT).findOne({ select: ['id', 'code', 'name'], where: change.ref });
    if (!unit) throw invalid('unit', 'Không tìm thấy đơn vị đã chọn.');
    const checker: PermissionChecker = strapi
      .plugin('content-manager')
      .service('permission-checker')
      .create({ userAbility: state.userAbility, model: MEDIA_ASSET });
    // The entry as the conditions will see it: the workflow's conditions test `scopeUnitId`.
    const future = { unit: { id: unit.id }, scopeUnitId: unit.id };
    // A new entry must be one its author may then read: create itself carries no condition.
    const refused =
      ctx.action === 'update' ? checker.cannot.update(future) : checker.cannot.create(future) || checker.cannot.read(future);
    if (refused) {
      // A PolicyError: Strapi's route authorisation turns any other ForbiddenError into a bare "Forbidden".
      throw new errors.PolicyError(
        `Bạn chỉ được gửi và sửa tư liệu của đơn vị mình; ${unit.name} (${unit.code}) không thuộc đơn vị của bạn (you may only file media for your own unit).`
      );
    }
    return next();
  };

type MembershipService = { unitIdsOf(userId: number): Promise<number[]> };

/** The units of an admin user, from the editorial workflow's memberships (none while that plugin is absent). */
async function ownUnitIds(strapi: Core.Strapi, userId: number): Promise<number[]> {
  const membership = strapi.plugin('editorial-workflow')?.service('membership') as MembershipService | undefined;
  return membership ? membership.unitIdsOf(userId) : [];
}
