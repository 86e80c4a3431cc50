import { errors, yup } from '@strapi/utils';
import { COMMENT_LIMITS, type CommentRequestBody } from '../../../shared/contracts/comments';
import { UNKNOWN_FIELD, UNKNOWN_PARAMETER, assertFlatQuery, assertObjectBody, isScalar, parseId, parseWith, positiveInteger, text } from '../validation/common';

/** The edge of the comments' API: a bad input is a 400 in Vietnamese, and nothing is stored. */

const commentSchema = (fields: readonly string[]) =>
  yup
    .object({
      body: text('Nội dung ý kiến')
        // Text as typed: a number or a flag where the text belongs is a client's mistake, not a comment.
        .test('typed', 'Nội dung ý kiến phải là chuỗi ký tự.', (_value: unknown, context: object) => {
          const original = (context as { originalValue?: unknown }).originalValue;
          return original === undefined || original === null || typeof original === 'string';
        })
        .required('Hãy nhập nội dung ý kiến.')
        .min(1, 'Hãy nhập nội dung ý kiến.')
        .max(COMMENT_LIMITS.bodyMax, `Nội dung ý kiến tối đa ${COMMENT_LIMITS.bodyMax.toLocaleString('vi-VN')} ký tự.`),
      field: text('Trường được góp ý')
        .oneOf([...fields, null, undefined], 'Tin bài không có trường "${value}" để góp ý.')
        .nullable()
        .optional(),
      parentId: positiveInteger('parentId phải là số nguyên dương (ý kiến mở đầu của chuỗi).').max(2_147_483_647, 'parentId phải là số nguyên dương.').nullable().optional(),
      mentions: yup
        .array(positiveInteger('Mỗi người được nhắc đến phải là một id tài khoản.').max(2_147_483_647, 'Mỗi người được nhắc đến phải là một id tài khoản.').required('Mỗi người được nhắc đến phải là một id tài khoản.'))
        .typeError('mentions phải là danh sách id tài khoản.')
        // yup reads a string as JSON ("[1,2]"): a list in it may hold objects, which the number cast would call.
        .transform((value: unknown) => (Array.isArray(value) && !value.every(isScalar) ? null : value))
        // A list, as sent: yup would otherwise read a string as JSON, or pass a word through as nothing.
        .test('list', 'mentions phải là danh sách id tài khoản.', (_value: unknown, context: object) => {
          const original = (context as { originalValue?: unknown }).originalValue;
          return original === undefined || original === null || Array.isArray(original);
        })
        .max(COMMENT_LIMITS.mentionsMax, `Tối đa ${COMMENT_LIMITS.mentionsMax} người được nhắc đến trong một ý kiến.`)
        .nullable()
        .optional(),
    })
    .noUnknown(true, UNKNOWN_FIELD)
    .test('field-on-thread', 'Chỉ ý kiến mở đầu một chuỗi mới gắn với một trường của tin bài; ý kiến trả lời theo trường của chuỗi.', (value) => !(value?.parentId && value?.field));

/** The body of `POST /items/:documentId/comments`, `fields` the item's fields a thread may be about. */
export async function parseComment(body: unknown, fields: readonly string[]): Promise<CommentRequestBody> {
  const parsed = (await parseWith(commentSchema(fields))(assertObjectBody(body))) as CommentRequestBody;
  return {
    body: parsed.body,
    ...(parsed.field ? { field: parsed.field } : {}),
    ...(parsed.parentId ? { parentId: parsed.parentId } : {}),
    mentions: [...new Set(parsed.mentions ?? [])],
  };
}

const mentionableSchema = yup
  .object({ q: text('q').max(100, 'Từ khoá tìm kiếm tối đa 100 ký tự.').optional() })
  .noUnknown(true, UNKNOWN_PARAMETER);

/** The query of `GET /items/:documentId/comments/mentionable`: a name or e-mail to search, optional. */
export async function parseMentionableQuery(query: unknown): Promise<{ q?: string }> {
  return (await parseWith(mentionableSchema)(assertFlatQuery(query))) as { q?: string };
}

/** The comment of a path (`:commentId`): anything but an id names no comment of the item (404, as for the item). */
export function parseCommentId(value: unknown): number {
  try {
    return parseId(value, 'commentId');
  } catch {
    throw new errors.NotFoundError('Không tìm thấy ý kiến này trong tin bài.');
  }
}

/** Resolve and reopen take no body; anything sent is refused rather than ignored. */
export function assertEmptyBody(body: unknown): void {
  if (body === undefined || body === null) return;
  const fields = assertObjectBody(body);
  const keys = Object.keys(fields);
  if (keys.length > 0) throw new errors.ValidationError(UNKNOWN_FIELD.replace('${unknown}', keys.join(', ')));
}
