import type { Core } from '@strapi/strapi';
import { forbidden } from './utils/errors';
import { hasPublicationPass } from './utils/publication-pass';
import { ARTICLE, TRANSITION } from '../../shared/uids';

/**
 * Database-level backstops under the Document Service guard:
 * - no published row of an item is written without the workflow's pass, even by code that goes
 *   straight to the query engine;
 * - the audit trail is append-only: no update or delete of a history row, whoever asks.
 */
export function registerDatabaseGuards(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [ARTICLE],
    beforeCreate(event) {
      const data = (event.params as { data?: { publishedAt?: unknown; documentId?: string } }).data;
      if (data?.publishedAt && !hasPublicationPass(data.documentId, 'publish')) {
        throw forbidden('Tin bài chỉ được đăng qua quy trình biên tập (items are published only by the workflow).');
      }
    },
  });

  const appendOnly = () => {
    throw forbidden('Lịch sử quy trình chỉ được ghi thêm, không được sửa hay xoá (the audit trail is append-only).');
  };
  strapi.db.lifecycles.subscribe({
    models: [TRANSITION],
    beforeUpdate: appendOnly,
    beforeUpdateMany: appendOnly,
    beforeDelete: appendOnly,
    beforeDeleteMany: appendOnly,
  });
}
