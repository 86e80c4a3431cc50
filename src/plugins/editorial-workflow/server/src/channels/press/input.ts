import { yup } from '@strapi/utils';
import type { PressContactBody, PressContactUpdateBody, PressSendingQuery } from '../../../../shared/contracts/press-contacts';
import { UNKNOWN_FIELD, UNKNOWN_PARAMETER, assertFlatQuery, assertObjectBody, flag, pageFields, parseId, parseWith, text, typed } from '../../validation/common';

/** The edge of the press contacts' API: a bad input is a 400 in Vietnamese, and nothing is stored. */

const words = (name: string, max: number) => text(name).test(typed(name)).max(max, `${name} tối đa ${max} ký tự.`);
/** Digits, spaces and the usual signs of a phone number (+84 …, 0912.345.678, (0251) 3822 xxx). */
const PHONE = /^\+?[0-9 .()-]{6,20}$/;

const fields = {
  name: words('Họ tên', 120).min(1, 'Hãy nhập họ tên người liên hệ.'),
  outlet: words('Cơ quan báo chí', 160).min(1, 'Hãy nhập cơ quan báo chí (tên báo, đài).'),
  email: words('Địa chỉ thư điện tử', 254)
    .email('Địa chỉ thư điện tử "${value}" không hợp lệ.')
    .transform((value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value)),
  phone: words('Số điện thoại', 20).matches(PHONE, { message: 'Số điện thoại "${value}" không hợp lệ (chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang, có thể bắt đầu bằng +).', excludeEmptyString: true }).nullable(),
  active: flag('Đang dùng (active)'),
};

const createSchema = yup
  .object({
    ...fields,
    name: fields.name.required('Hãy nhập họ tên người liên hệ.'),
    outlet: fields.outlet.required('Hãy nhập cơ quan báo chí (tên báo, đài).'),
    email: fields.email.required('Hãy nhập địa chỉ thư điện tử.'),
  })
  .noUnknown(true, UNKNOWN_FIELD);

const updateSchema = yup
  .object(fields)
  .noUnknown(true, UNKNOWN_FIELD)
  .test('not-empty', 'Hãy gửi ít nhất một trường cần sửa.', (value) => Object.values(value ?? {}).some((field) => field !== undefined));

export async function parsePressContact(body: unknown): Promise<PressContactBody> {
  return parseWith(createSchema)(assertObjectBody(body)) as Promise<PressContactBody>;
}

export async function parsePressContactUpdate(body: unknown): Promise<PressContactUpdateBody> {
  return parseWith(updateSchema)(assertObjectBody(body)) as Promise<PressContactUpdateBody>;
}

export const parsePressContactId = (value: unknown) => parseId(value, 'Mã người liên hệ (id)');

const sendingQuerySchema = yup.object(pageFields).noUnknown(true, UNKNOWN_PARAMETER);

export async function parsePressSendingQuery(query: unknown): Promise<Required<PressSendingQuery>> {
  return parseWith(sendingQuerySchema)(assertFlatQuery(query)) as Promise<Required<PressSendingQuery>>;
}
