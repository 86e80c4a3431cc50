import type { Core } from '@strapi/strapi';
import { forbidden } from '../utils/errors';
import { CONCERN_ENTRY } from '../../../shared/uids';

/**
 * A concern's timeline is its record of who said and did what, when: append-only on every path. The
 * API has no edit or delete route; this holds the content-manager (where the super admin could reach
 * the hidden type) and code that goes straight to the query engine.
 */
export function registerConcernGuard(strapi: Core.Strapi): void {
  const refuse = () => {
    throw forbidden('Diễn biến của vấn đề dư luận chỉ được ghi thêm, không được sửa hay xoá (the timeline is append-only).');
  };
  strapi.db.lifecycles.subscribe({
    models: [CONCERN_ENTRY],
    beforeUpdate: refuse,
    beforeUpdateMany: refuse,
    beforeDelete: refuse,
    beforeDeleteMany: refuse,
  });
}
