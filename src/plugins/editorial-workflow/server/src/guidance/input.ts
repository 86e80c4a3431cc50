import { errors, yup } from '@strapi/utils';
import { GUIDANCE_AUDIENCES, type GuidanceRequestBody } from '../../../shared/contracts/guidance';
import { UNKNOWN_FIELD, UNKNOWN_PARAMETER, assertFlatQuery, assertObjectBody, parseWith, positiveInteger, text, typed, list } from '../validation/common';
import { UNIT_KINDS } from '../../../shared/contracts/stats';

/** The edge of the guidance API: a bad input is a 400 in Vietnamese, and nothing is stored. */

const MAX_ID = 2_147_483_647;
export const GUIDANCE_LIMITS = { titleMax: 255, bodyMax: 20_000, unitsMax: 2_000, daysMax: 365 } as const;

const noteSchema = yup
  .object({
    title: text('Tiêu đề')
      .test(typed('Tiêu đề'))
      .required('Hãy nhập tiêu đề của định hướng.')
      .min(1, 'Hãy nhập tiêu đề của định hướng.')
      .max(GUIDANCE_LIMITS.titleMax, `Tiêu đề tối đa ${GUIDANCE_LIMITS.titleMax} ký tự.`),
    body: text('Nội dung')
      .test(typed('Nội dung'))
      .required('Hãy nhập nội dung định hướng.')
      .min(1, 'Hãy nhập nội dung định hướng.')
      .max(GUIDANCE_LIMITS.bodyMax, `Nội dung tối đa ${GUIDANCE_LIMITS.bodyMax.toLocaleString('vi-VN')} ký tự.`),
    audience: text('Nơi nhận')
      .test(typed('Nơi nhận'))
      .required('Hãy chọn nơi nhận: tất cả đơn vị, theo loại đơn vị hoặc từng đơn vị.')
      .oneOf([...GUIDANCE_AUDIENCES], 'Nơi nhận "${value}" không hợp lệ (all, kinds, units).'),
    unitKinds: yup
      .array(text('Loại đơn vị').test(typed('Loại đơn vị')).required('Loại đơn vị không được để trống.').oneOf([...UNIT_KINDS], 'Loại đơn vị "${value}" không có trong danh sách.'))
      .typeError('Loại đơn vị phải là một danh sách.')
      .test(list('Loại đơn vị'))
      .max(UNIT_KINDS.length, 'Loại đơn vị bị lặp.')
      .optional(),
    unitIds: yup
      .array(
        positiveInteger('Mỗi đơn vị nhận phải là id của một đơn vị.')
          .max(MAX_ID, 'Mỗi đơn vị nhận phải là id của một đơn vị.')
          .required('Mỗi đơn vị nhận phải là id của một đơn vị.')
      )
      .typeError('Đơn vị nhận phải là một danh sách.')
      .test(list('Đơn vị nhận'))
      .max(GUIDANCE_LIMITS.unitsMax, `Tối đa ${GUIDANCE_LIMITS.unitsMax} đơn vị nhận.`)
      .optional(),
  })
  .noUnknown(true, UNKNOWN_FIELD);

const NO_RECIPIENTS = 'Định hướng chưa có đơn vị nhận: hãy chọn tất cả đơn vị, ít nhất một loại đơn vị hoặc ít nhất một đơn vị.';

export async function parseGuidance(body: unknown): Promise<GuidanceRequestBody> {
  const input = (await parseWith(noteSchema)(assertObjectBody(body))) as GuidanceRequestBody;
  if (input.audience === 'kinds' && (input.unitKinds ?? []).length === 0) throw new errors.ValidationError(NO_RECIPIENTS);
  if (input.audience === 'units' && (input.unitIds ?? []).length === 0) throw new errors.ValidationError(NO_RECIPIENTS);
  if (input.audience !== 'kinds' && input.unitKinds !== undefined) throw new errors.ValidationError('Loại đơn vị chỉ dùng với nơi nhận "kinds".');
  if (input.audience !== 'units' && input.unitIds !== undefined) throw new errors.ValidationError('Danh sách đơn vị chỉ dùng với nơi nhận "units".');
  return { ...input, unitKinds: input.unitKinds && [...new Set(input.unitKinds)], unitIds: input.unitIds && [...new Set(input.unitIds)] };
}

export { NO_RECIPIENTS };

const receiptsSchema = yup
  .object({
    days: positiveInteger('days phải là số ngày, nguyên dương.')
      .max(GUIDANCE_LIMITS.daysMax, `days tối đa ${GUIDANCE_LIMITS.daysMax}.`)
      .default(3),
  })
  .noUnknown(true, UNKNOWN_PARAMETER);

export async function parseReceiptsQuery(query: unknown): Promise<{ days: number }> {
  return parseWith(receiptsSchema)(assertFlatQuery(query)) as Promise<{ days: number }>;
}

/** The note's id in a path: anything else names no note (404, as one outside the person's scope). */
export function parseNoteId(value: unknown): number {
  const id = typeof value === 'string' && /^[0-9]{1,10}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(id) || id < 1 || id > MAX_ID) throw new errors.NotFoundError(GUIDANCE_NOT_FOUND);
  return id;
}

export const GUIDANCE_NOT_FOUND = 'Không tìm thấy định hướng, hoặc định hướng không gửi tới đơn vị của bạn.';
