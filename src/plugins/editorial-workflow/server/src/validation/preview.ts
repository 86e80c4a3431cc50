import { errors } from '@strapi/utils';
import { UNKNOWN_FIELD, assertNoQuery, assertObjectBody } from './common';

/**
 * `POST /items/:documentId/preview-link` takes nothing: the item is in the path and the version
 * is the item's own at the moment of the request. Anything sent (a chosen expiry, a version) is
 * refused rather than ignored.
 */
export function assertPreviewLinkRequest(body: unknown, query: unknown): void {
  assertNoQuery(query);
  if (body === undefined) return;
  const fields = assertObjectBody(body);
  const keys = Object.keys(fields);
  if (keys.length > 0) throw new errors.ValidationError(UNKNOWN_FIELD.replace('${unknown}', keys.join(', ')));
}
