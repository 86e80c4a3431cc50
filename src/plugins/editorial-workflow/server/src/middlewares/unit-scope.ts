import type { Core, Modules } from '@strapi/strapi';
import { forbidden } from '../utils/errors';
import { unitIdOf } from '../utils/unit-ref';
import { adminUserOf, isSuperAdmin } from '../utils/request-user';

type Middleware = Modules.Documents.Middleware.Middleware;
type Params = { documentId?: string; data?: Record<string, unknown> };

const REPORT = 'api::opinion-report.opinion-report';

async function assertMember(strapi: Core.Strapi, unitId: number): Promise<void> {
  const user = adminUserOf(strapi);
  if (!user || isSuperAdmin(user)) return;
  const units: number[] = await strapi.plugin('editorial-workflow').service('membership').unitIdsOf(user.id);
  if (!units.includes(unitId)) {
    throw forbidden('Bạn chỉ gửi báo cáo cho đơn vị của mình (you file reports only for your own unit).');
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
    const unitId = await unitIdOf(strapi, data.unit);
    if (unitId !== undefined) data.scopeUnitId = unitId;
    if (ctx.uid === REPORT && typeof data.scopeUnitId === 'number') await assertMember(strapi, data.scopeUnitId);
    params.data = data;
    return next();
  };
