import { yup } from '@strapi/utils';
import type { ConsultationSettingsInput } from '../../../shared/contracts/consultations';
import { UNKNOWN_FIELD, assertObjectBody, parseWith, positiveInteger, text, typed } from '../validation/common';

/** The edge of the consultation settings' API: a bad input is a 400 in Vietnamese, nothing stored. */

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string | undefined) => value === undefined || (DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value));

const day = (name: string) =>
  text(name).test(typed(name)).required(`Hãy chọn ${name.toLowerCase()}.`).test('day', `${name} phải là ngày dạng YYYY-MM-DD.`, isDay);

const schema = yup
  .object({
    opensOn: day('Ngày bắt đầu lấy ý kiến'),
    closesOn: day('Ngày kết thúc lấy ý kiến'),
    draftFileId: positiveInteger('Tệp dự thảo phải là một tệp trong thư viện (id).').max(2_147_483_647).nullable().default(null),
    departmentCode: text('Phòng phụ trách').test(typed('Phòng phụ trách')).required('Hãy chọn phòng phụ trách tiếp nhận ý kiến.').max(64),
  })
  .noUnknown(true, UNKNOWN_FIELD)
  .test('order', 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.', (value) => !value?.opensOn || !value?.closesOn || value.opensOn <= value.closesOn);

const validate = parseWith(schema);

export async function parseConsultationSettings(body: unknown): Promise<ConsultationSettingsInput> {
  return (await validate(assertObjectBody(body))) as ConsultationSettingsInput;
}
