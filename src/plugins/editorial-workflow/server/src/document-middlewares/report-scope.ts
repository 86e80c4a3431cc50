import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { dataOf, isWrite, type DocumentMiddleware } from './context';
import { OPINION_REPORT } from '../../../shared/uids';

/** A person files an opinion report only for a unit they belong to (admin requests; code is not scoped). */
export const reportScope =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== OPINION_REPORT || !isWrite(ctx)) return next();
    const scope = getService(strapi, 'unit-scope');
    const user = scope.requestUser();
    if (user) {
      const unitId = await scope.unitIdOf(dataOf(ctx)?.unit);
      if (typeof unitId === 'number') await scope.assertMayFileReport(user, unitId);
    }
    return next();
  };
