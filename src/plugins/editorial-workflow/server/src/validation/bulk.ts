import { errors, yup } from '@strapi/utils';
import { BULK_ACTIONS, BULK_MAX_ITEMS, type BulkAction, type BulkTransitionBody } from '../../../shared/contracts/bulk';
import { ACTION_LABELS } from '../../../shared/state-machine';
import { UNKNOWN_FIELD, isScalar, parseWith, positiveInteger, text } from './common';

/**
 * The body of `POST /items/bulk-transition`. Unlike the single route, whose documentId comes from
 * the path (a malformed one is "not found" there), here the ids are the client's input: a malformed
 * id, a duplicate, an unknown action or more than BULK_MAX_ITEMS items is a 400 for the whole
 * request, before any item is touched.
 */

/** A documentId as Strapi makes them (the same pattern as parseDocumentId in ./common.ts). */
const DOCUMENT_ID = /^[A-Za-z0-9]{1,64}$/;
const MAX_VERSION = 2_147_483_647;

const ITEM_SHAPE = 'Mỗi mục của items phải có dạng { documentId, version }: mã tin bài và phiên bản bạn đang xem.';
const ACTION_CHOICES = BULK_ACTIONS.map((action) => `${action} (${ACTION_LABELS[action]})`).join(', ');

/** Names every object inherits (`__proto__`, `constructor`…): yup would look them up as fields (a TypeError, a 500). */
const inherited = (keys: string[]) => keys.filter((key) => key in Object.prototype);

/**
 * The JSON's shape before yup reads it: an object whose `items` is a list of flat objects and whose
 * other fields hold single values. yup's casts call an object's own `toString`, and a list of a
 * million entries or a deeply nested value is refused here without being walked.
 */
function assertBulkShape(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new errors.ValidationError('Nội dung yêu cầu phải là một đối tượng JSON.');
  const fields = body as Record<string, unknown>;
  const wrongKeys = inherited(Object.keys(fields));
  if (wrongKeys.length > 0) throw new errors.ValidationError(UNKNOWN_FIELD.replace('${unknown}', wrongKeys.join(', ')));
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'items' || isScalar(value)) continue;
    throw new errors.ValidationError(`Trường ${key} phải là một giá trị, không phải một danh sách hay một đối tượng.`);
  }
  const items = fields.items;
  if (items === undefined || items === null) return fields;
  if (!Array.isArray(items)) throw new errors.ValidationError('items phải là danh sách tin bài đã chọn.');
  if (items.length > BULK_MAX_ITEMS) throw new errors.ValidationError(tooMany(items.length));
  for (const item of items) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw new errors.ValidationError(ITEM_SHAPE);
    const entries = Object.entries(item as Record<string, unknown>);
    const wrong = inherited(entries.map(([key]) => key));
    if (wrong.length > 0) throw new errors.ValidationError(UNKNOWN_FIELD.replace('${unknown}', wrong.join(', ')));
    if (!entries.every(([, value]) => isScalar(value))) throw new errors.ValidationError(ITEM_SHAPE);
  }
  return fields;
}

const tooMany = (count: number) =>
  `Mỗi lần chỉ xử lý tối đa ${BULK_MAX_ITEMS} tin bài (bạn đã chọn ${count.toLocaleString('vi-VN')}); hãy chia thành nhiều lần.`;

/** The original value as sent (yup's typings omit `originalValue`). */
const sentAsString = (_value: unknown, context: object) => {
  const original = (context as { originalValue?: unknown }).originalValue;
  return original === undefined || original === null || typeof original === 'string';
};

const itemSchema = yup
  .object({
    documentId: text('documentId')
      .test('typed', 'documentId phải là chuỗi ký tự (mã tin bài).', sentAsString)
      .required('Thiếu documentId của một tin bài đã chọn.')
      .matches(DOCUMENT_ID, 'documentId "${value}" không phải mã tin bài hợp lệ.'),
    version: positiveInteger('version phải là số nguyên ≥ 1 (phiên bản bạn đang xem).')
      .max(MAX_VERSION, 'version phải là số nguyên ≥ 1 (phiên bản bạn đang xem).')
      .required('Thiếu version: gửi phiên bản bạn đang xem của mỗi tin bài để tránh ghi đè thao tác của người khác.'),
  })
  .noUnknown(true, UNKNOWN_FIELD)
  .typeError(ITEM_SHAPE);

const bulkSchema = yup
  .object({
    action: yup
      .mixed<BulkAction>()
      .oneOf([...BULK_ACTIONS], `action phải là một trong: ${ACTION_CHOICES}.`)
      .required(`Thiếu action; hãy chọn một trong: ${ACTION_CHOICES}.`),
    items: yup
      .array(itemSchema.required(ITEM_SHAPE))
      .typeError('items phải là danh sách tin bài đã chọn.')
      .required('Hãy chọn ít nhất một tin bài (items).')
      .min(1, 'Hãy chọn ít nhất một tin bài (items).')
      .max(BULK_MAX_ITEMS, ({ value }: { value: unknown[] }) => tooMany(value.length))
      .test('unique', 'Một tin bài được chọn nhiều lần: ${duplicates}.', function unique(items) {
        const seen = new Set<string>();
        const duplicates = new Set<string>();
        for (const item of items ?? []) {
          if (!item?.documentId) continue;
          if (seen.has(item.documentId)) duplicates.add(item.documentId);
          seen.add(item.documentId);
        }
        return duplicates.size === 0 || this.createError({ params: { duplicates: [...duplicates].join(', ') } });
      }),
  })
  .noUnknown(true, UNKNOWN_FIELD);

/** The body of `POST /items/bulk-transition`, or a 400 in Vietnamese (nothing has been done). */
export async function parseBulkTransition(body: unknown): Promise<BulkTransitionBody> {
  const parsed = (await parseWith(bulkSchema)(assertBulkShape(body))) as BulkTransitionBody;
  return { action: parsed.action, items: parsed.items.map(({ documentId, version }) => ({ documentId, version })) };
}
