import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { RelationChange } from '../plugins/editorial-workflow/server/src/utils/relation-input';

import { dataOf as dataOfCall, type DocumentContext as Context, type DocumentData as Data } from '../plugins/editorial-workflow/server/src/document-middlewares/context';

/** The plugin's Document Service context helpers serve the app's rules too. */
export {
  dataOf,
  setData,
  documentIdOf,
  type DocumentMiddleware,
  type DocumentContext,
  type DocumentData,
} from '../plugins/editorial-workflow/server/src/document-middlewares/context';

/** A 400 in Strapi's error shape, naming the field at fault so the admin panel marks it. */
export function invalid(path: string, message: string): errors.ValidationError {
  return new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });
}

/** A document that belongs to a unit gets one when created and cannot lose it. */
export function assertUnitKept(action: string, unit: RelationChange, what: string): void {
  if (unit.kind === 'cleared' || (action === 'create' && unit.kind !== 'set')) {
    throw invalid('unit', `${what} phải thuộc một đơn vị: hãy chọn đơn vị (unit).`);
  }
}

/**
 * The data and the schema attributes of a write (create, update, clone) of one of the app's own
 * types, for the rules that go by the schema; undefined for any other call.
 */
export function appWrite(strapi: Core.Strapi, ctx: Context): { data: Data; attributes: Record<string, unknown> } | undefined {
  if (!ctx.uid.startsWith('api::') || !['create', 'update', 'clone'].includes(ctx.action)) return undefined;
  const data = dataOfCall(ctx);
  if (!data) return undefined;
  return { data, attributes: (strapi.getModel(ctx.uid)?.attributes ?? {}) as Record<string, unknown> };
}
