import type { Core } from '@strapi/strapi';
import { forbidden } from './utils/errors';
import { hasPublicationPass } from './utils/publication-pass';
import { registerAuditSubscribers } from './audit/subscribers';
import { registerCommentGuard } from './comments/guard';
import { registerSnapshotGuard } from './snapshots/guard';
import { ARTICLE, AUDIT_ENTRY, TRANSITION } from '../../shared/uids';

/**
 * Database-level backstops under the Document Service guard:
 * - no published row of an item is written without the workflow's pass, even by code that goes
 *   straight to the query engine;
 * - the audit trail is append-only: no update or delete of a history row or an audit log entry,
 *   whoever asks;
 * - the audit log's sources (memberships, admin roles and rights, settings) write to it on every path.
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
    throw forbidden('Lịch sử quy trình và nhật ký kiểm soát chỉ được ghi thêm, không được sửa hay xoá (the audit trail is append-only).');
  };
  strapi.db.lifecycles.subscribe({
    models: [TRANSITION, AUDIT_ENTRY],
    beforeUpdate: appendOnly,
    beforeUpdateMany: appendOnly,
    beforeDelete: appendOnly,
    beforeDeleteMany: appendOnly,
  });

  registerAuditSubscribers(strapi);
  registerCommentGuard(strapi);
  registerSnapshotGuard(strapi);
}
