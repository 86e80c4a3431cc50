import { errors } from '@strapi/utils';
import type { RelationChange } from '../plugins/editorial-workflow/server/src/utils/relation-input';

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
