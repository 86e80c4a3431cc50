import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { dataOf, setData, isWrite, type DocumentMiddleware } from './context';
import { ARTICLE, MEDIA_ASSET, OPINION_REPORT } from '../../../shared/uids';

/** The content types whose documents belong to a unit and are scoped to its members. */
export const UNIT_SCOPED: readonly string[] = [ARTICLE, MEDIA_ASSET, OPINION_REPORT];

/**
 * Keeps `scopeUnitId`, a hidden copy of the document's unit id, in step with `unit`. The RBAC
 * conditions test it: the content-manager checks conditions against the document in memory, where
 * relations are only counts, so a condition on `unit.id` would hide a document from its own author.
 * Whatever a client sends for `scopeUnitId` is replaced.
 */
export const scopeUnitCopy =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (!UNIT_SCOPED.includes(ctx.uid) || !isWrite(ctx)) return next();
    const { scopeUnitId: _client, ...data } = dataOf(ctx) ?? {};
    const unitId = await getService(strapi, 'unit-scope').unitIdOf(data.unit);
    setData(ctx, unitId === undefined ? data : { ...data, scopeUnitId: unitId });
    return next();
  };
