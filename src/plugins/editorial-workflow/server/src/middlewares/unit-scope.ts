import type { Core, Modules } from '@strapi/strapi';
import { relationChange } from '../../../../../utils/relation-input';
import { errors } from '@strapi/utils';
import { UNIT } from '../utils/uids';
import { adminUserOf, isSuperAdmin } from '../utils/request-user';

type Middleware = Modules.Documents.Middleware.Middleware;
type Params = { documentId?: string; data?: Record<string, unknown> };

const REPORT = 'api::opinion-report.opinion-report';

async function assertMember(strapi: Core.Strapi, unitId: number): Promise<void> {
  const user = adminUserOf(strapi);
  if (!user || isSuperAdmin(user)) return;
  const units: number[] = await strapi.plugin('editorial-workflow').service('membership').unitIdsOf(user.id);
  if (!units.includes(unitId)) {
    throw new errors.ForbiddenError('Bạn chỉ gửi báo cáo cho đơn vị của mình (you file reports only for your own unit).');
  }
}

/** The content types whose documents belong to a unit and are scoped to its members. */
export const UNIT_SCOPED = ['api::article.article', 'api::media-asset.media-asset', 'api::opinion-report.opinion-report'];

/**
 * Keeps `scopeUnitId`, a hidden copy of the document's unit id, in step with `unit`. The RBAC
 * conditions test it: the content-manager checks conditions against the document in memory, where
 * relations are only counts, so a condition on `unit.id` would hide a document from its own author.
 * Whatever a client sends for `scopeUnitId` is replaced. A person files an opinion report only for a
 * unit they belong to (items are checked by the article guard, media assets by the media rules).
 */
export const unitScope =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (!UNIT_SCOPED.includes(ctx.uid) || !['create', 'update', 'clone'].includes(ctx.action)) return next();
    const params = ctx.params as Params;
    const data = { ...(params.data ?? {}) };
    delete data.scopeUnitId;
    const change = relationChange(data.unit);
    if (change.kind === 'cleared') data.scopeUnitId = null;
    if (change.kind === 'set') {
      data.scopeUnitId =
        'id' in change.ref
          ? change.ref.id
          : ((await strapi.db.query(UNIT).findOne({ where: { documentId: change.ref.documentId }, select: ['id'] }))?.id ?? null);
    }
    if (ctx.uid === REPORT && typeof data.scopeUnitId === 'number') await assertMember(strapi, data.scopeUnitId);
    params.data = data;
    return next();
  };
