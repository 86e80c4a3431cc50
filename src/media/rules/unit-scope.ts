import type { Core } from '@strapi/strapi';
import { relationChange } from '../../plugins/editorial-workflow/server/src/utils/relation-input';
import { getService } from '../../plugins/editorial-workflow/server/src/get-service';
import { MEDIA_ASSET } from '../../plugins/editorial-workflow/shared/uids';
import { dataOf, setData, type DocumentMiddleware } from '../../document-rules/shared';

/**
 * An author writes archive entries of their own unit only. The content-manager applies the
 * workflow's `own-unit` condition when it reads, updates and deletes, but not to the data of a
 * create, nor to a unit changed by an update (its `createDocument` does not revert a create whose
 * conditions fail). This closes that gap for admin requests, with the decision taken by the
 * workflow's unit scope: a create without a unit gets the person's unit when they have exactly
 * one, and the unit an entry will have must be one the person's conditions allow. Code and seeds
 * (no request) and roles without conditions (super admin, publisher) pass as before.
 */
export const mediaUnitScope =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== MEDIA_ASSET || !['create', 'update', 'clone'].includes(ctx.action)) return next();
    const scope = getService(strapi, 'unit-scope');
    const request = scope.mediaRequest();
    if (!request) return next();

    const data = dataOf(ctx) ?? {};
    let unit = data.unit;
    if (ctx.action === 'create' && relationChange(unit).kind === 'unchanged') {
      const own = await scope.soleUnitOf(request.userId);
      if (own !== undefined) {
        // The scopeUnitId copy ran before this rule and found no unit: the unit given here carries its copy along.
        unit = { connect: [{ id: own }] };
        setData(ctx, { ...data, unit, scopeUnitId: own });
      }
    }
    if (relationChange(unit).kind !== 'set') return next();
    // An unknown unit resolves to null, which the check answers with a 400 naming the field.
    await request.check(ctx.action === 'update' ? 'update' : 'create', (await scope.unitIdOf(unit)) ?? -1);
    return next();
  };
