import { errors, yup } from '@strapi/utils';
import { SEND_KINDS, SEND_LIMITS, type SendCreateBody, type SendItemBody } from '../../../shared/contracts/send-app';
import { UNKNOWN_FIELD, assertObjectBody, list, parseWith, positiveInteger, text, typed } from '../validation/common';

/** The edge of the app's API: a bad input is a 400 in Vietnamese, and nothing is stored. */

const MAX_ID = 2_147_483_647;
const id = (message: string) => positiveInteger(message).max(MAX_ID, message);

const fields = {
  title: text('Tiêu đề')
    .test(typed('Tiêu đề'))
    .required('Hãy nhập tiêu đề.')
    .min(1, 'Hãy nhập tiêu đề.')
    .max(SEND_LIMITS.titleMax, `Tiêu đề tối đa ${SEND_LIMITS.titleMax} ký tự.`),
  summary: text('Sapo (tóm tắt)')
    .test(typed('Sapo (tóm tắt)'))
    .max(SEND_LIMITS.summaryMax, `Sapo tối đa ${SEND_LIMITS.summaryMax.toLocaleString('vi-VN')} ký tự.`)
    .optional(),
  paragraphs: yup
    .array(
      text('Đoạn văn')
        .test(typed('Đoạn văn'))
        .max(SEND_LIMITS.paragraphMax, `Mỗi đoạn văn tối đa ${SEND_LIMITS.paragraphMax.toLocaleString('vi-VN')} ký tự.`)
        .defined('Mỗi đoạn văn phải là chuỗi ký tự.')
    )
    .typeError('Nội dung phải là danh sách các đoạn văn.')
    .test(list('Nội dung'))
    .max(SEND_LIMITS.paragraphsMax, `Tối đa ${SEND_LIMITS.paragraphsMax} đoạn văn.`)
    .optional(),
  kind: text('Thể loại').oneOf([...SEND_KINDS, undefined], 'Thể loại "${value}" không có trong danh sách (tin, bài, chuyên đề).'),
  topic: id('topic phải là id của một lĩnh vực (chủ đề).').nullable().optional(),
  photos: yup
    .array(id('Mỗi ảnh phải là id của một tệp đã tải lên.').required('Mỗi ảnh phải là id của một tệp đã tải lên.'))
    .typeError('Ảnh phải là một danh sách.')
    .test(list('Ảnh'))
    .max(SEND_LIMITS.photosMax, `Tối đa ${SEND_LIMITS.photosMax} ảnh.`)
    .optional(),
  video: id('video phải là id của một tệp video đã tải lên.').nullable().optional(),
  unit: id('unit phải là id của một đơn vị.').optional(),
};

const itemSchema = yup.object(fields).noUnknown(true, UNKNOWN_FIELD);
const createSchema = yup
  .object({
    ...fields,
    kind: fields.kind.required('Hãy chọn thể loại (tin, bài, chuyên đề).'),
    clientKey: text('Mã bản nháp (clientKey)')
      .test(typed('Mã bản nháp (clientKey)'))
      .required('Thiếu mã bản nháp (clientKey) của ứng dụng.')
      .matches(SEND_LIMITS.clientKeyPattern, 'Mã bản nháp (clientKey) phải gồm 16–64 chữ, số hoặc dấu gạch ngang.'),
  })
  .noUnknown(true, UNKNOWN_FIELD);

const tidy = <T extends SendItemBody>(parsed: T): T => ({
  ...parsed,
  // Empty paragraphs are the author's blank lines, not text.
  paragraphs: parsed.paragraphs?.filter((paragraph) => paragraph.length > 0),
  photos: parsed.photos ? [...new Set(parsed.photos)] : parsed.photos,
});

/** The body of `POST /send/items`. */
export async function parseSendCreate(body: unknown): Promise<SendCreateBody> {
  return tidy((await parseWith(createSchema)(assertObjectBody(body))) as SendCreateBody);
}

/** The body of `PUT /send/items/:documentId`. */
export async function parseSendUpdate(body: unknown): Promise<SendItemBody> {
  return tidy((await parseWith(itemSchema)(assertObjectBody(body))) as SendItemBody);
}

/** The body of `POST /send/items/:documentId/submit`: the version the author saw. */
export function parseSubmit(body: unknown): { expectedVersion: number } {
  const fields = assertObjectBody(body ?? {});
  const unknown = Object.keys(fields).filter((key) => key !== 'expectedVersion');
  if (unknown.length > 0) throw new errors.ValidationError(`Trường không được hỗ trợ: ${unknown.join(', ')}.`);
  const version = fields.expectedVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new errors.ValidationError('expectedVersion phải là số phiên bản (số nguyên ≥ 0) của tin bài đang xem.');
  }
  return { expectedVersion: version };
}
