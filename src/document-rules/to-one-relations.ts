import type { Core } from '@strapi/strapi';
import { SeveralTargets, targetCount } from '../plugins/editorial-workflow/server/src/utils/relation-input';
import { appWrite, type DocumentMiddleware } from './shared';

const TO_ONE = new Set(['oneToOne', 'manyToOne']);

/**
 * A to-one relation of the app's content types (an item's, asset's or report's unit, a topic's
 * parent and department, a unit's default department…) is given one target at most. Strapi stores
 * every link a `connect` or a list hands it, while the scope rules and the published copy read one:
 * a value naming several is a 400 before any rule reads it. Read from each model's schema, so a
 * relation added later is covered.
 */
export const toOneRelations =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const write = appWrite(strapi, ctx);
    if (!write) return next();
    const { data, attributes } = write;
    for (const [field, attribute] of Object.entries(attributes)) {
      const relation = (attribute as { type?: string; relation?: string }).type === 'relation' ? (attribute as { relation?: string }).relation : undefined;
      if (relation && TO_ONE.has(relation) && field in data && targetCount(data[field]) > 1) throw new SeveralTargets(field);
    }
    return next();
  };
