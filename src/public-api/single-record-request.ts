import { errors } from '@strapi/utils';

type Ctx = { params?: Record<string, unknown>; query: Record<string, unknown> };

const DOCUMENT_ID = /^[A-Za-z0-9]{1,64}$/;

/**
 * The REST API's read of one unit or topic (`GET /api/units/:id`, `/api/topics/:id`, Strapi's own
 * findOne) takes a documentId and no filters. Strapi answers a malformed `filters` there, and a
 * NUL byte in the id on PostgreSQL, with a 500: such a request is refused before it reaches the query.
 */
export function assertSingleRecordRequest(ctx: Ctx): void {
  const id = ctx.params?.id;
  if (typeof id !== 'string' || !DOCUMENT_ID.test(id)) throw new errors.NotFoundError('Không tìm thấy bản ghi (not found).');
  if (ctx.query.filters !== undefined) {
    throw new errors.ValidationError('Không dùng tham số filters khi đọc một bản ghi (filters do not apply to a single record).');
  }
}
