import type { Core } from '@strapi/strapi';
import { forbidden } from '../utils/errors';
import { COMMENT } from '../../../shared/uids';

/** What a comment said, who said it and where: never changed once written. */
const CONTENT_FIELDS = ['itemDocumentId', 'parentId', 'authorId', 'authorName', 'field', 'body', 'mentions'];

/**
 * Comments are append-only in content, on every path (the API has no edit or delete route; this
 * holds code that goes to the query engine too): an update may only set the thread's resolved and
 * reopened marks, and no comment is deleted.
 */
export function registerCommentGuard(strapi: Core.Strapi): void {
  const refuse = () => {
    throw forbidden('Ý kiến biên tập chỉ được ghi thêm, không được sửa hay xoá (comments are append-only).');
  };
  const refuseContentChange = (event: { params: unknown }) => {
    const data = (event.params as { data?: Record<string, unknown> }).data ?? {};
    if (CONTENT_FIELDS.some((field) => field in data)) refuse();
  };
  strapi.db.lifecycles.subscribe({
    models: [COMMENT],
    beforeUpdate: refuseContentChange,
    beforeUpdateMany: refuseContentChange,
    beforeDelete: refuse,
    beforeDeleteMany: refuse,
  });
}
