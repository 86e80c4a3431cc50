import { errors, yup } from '@strapi/utils';
import { isCalendarDate } from '../../../shared/periods';
import {
  PRESS_DESK_LIMITS as LIMITS,
  PRESS_INQUIRY_STATUSES,
  type PressInquiryBody,
  type PressInquiryQuery,
  type PressInquiryUpdateBody,
  type SpokespersonBody,
  type SpokespersonUpdateBody,
} from '../../../shared/contracts/press-desk';
import { UNKNOWN_FIELD, UNKNOWN_PARAMETER, assertFlatQuery, assertObjectBody, flag, instant, list, pageFields, parseId, parseWith, positiveInteger, text, typed } from '../validation/common';

/** The edge of the press desk: a bad input is a 400 in Vietnamese, and nothing is stored. */

const MAX_ID = 2_147_483_647;
const id = (message: string) => positiveInteger(message).max(MAX_ID, message);
const field = (name: string, max: number) => text(name).test(typed(name)).max(max, `${name} tối đa ${max.toLocaleString('vi-VN')} ký tự.`);
const required = (name: string, max: number, missing: string) => field(name, max).required(missing).min(1, missing);
const date = (name: string) =>
  field(name, 10).test('date', `${name} phải là ngày dạng YYYY-MM-DD.`, (value) => value === undefined || value === null || isCalendarDate(value));

const topicIds = yup
  .array(id('Mỗi lĩnh vực phải là id của một lĩnh vực (chủ đề).').required('Mỗi lĩnh vực phải là id của một lĩnh vực (chủ đề).'))
  .typeError('Lĩnh vực phải là một danh sách.')
  .test(list('Lĩnh vực'))
  .max(100, 'Tối đa 100 lĩnh vực.')
  .optional();

const spokespersonFields = {
  title: field('Chức danh', LIMITS.title),
  allTopics: flag('allTopics'),
  topicIds,
  validFrom: date('Ngày bắt đầu'),
  validTo: date('Ngày kết thúc').nullable(),
  note: field('Ghi chú', LIMITS.note),
};

export function assertSpokesperson(value: Partial<SpokespersonBody>): void {
  if (value.allTopics === false && (!value.topicIds || value.topicIds.length === 0)) {
    throw new errors.ValidationError('Hãy chọn ít nhất một lĩnh vực người phát ngôn được phát ngôn, hoặc chọn mọi lĩnh vực.');
  }
  if (value.validFrom && value.validTo && value.validTo < value.validFrom) throw new errors.ValidationError('Ngày kết thúc không được trước ngày bắt đầu.');
}

const spokespersonSchema = yup
  .object({
    userId: id('userId phải là id của một tài khoản quản trị.').required('Hãy chọn người phát ngôn.'),
    ...spokespersonFields,
    title: spokespersonFields.title.required('Hãy nhập chức danh.').min(1, 'Hãy nhập chức danh.'),
    allTopics: spokespersonFields.allTopics.default(false),
    validFrom: spokespersonFields.validFrom.required('Hãy nhập ngày bắt đầu.'),
  })
  .noUnknown(true, UNKNOWN_FIELD);

export async function parseSpokesperson(body: unknown): Promise<SpokespersonBody> {
  const parsed = (await parseWith(spokespersonSchema)(assertObjectBody(body))) as SpokespersonBody;
  const value = { ...parsed, topicIds: parsed.allTopics ? [] : [...new Set(parsed.topicIds ?? [])], validTo: parsed.validTo || null, note: parsed.note || undefined };
  assertSpokesperson(value);
  return value;
}

const spokespersonUpdateSchema = yup.object(spokespersonFields).noUnknown(true, UNKNOWN_FIELD);

/** `PUT /spokespeople/:id`: at least one change; the result is checked as a whole by the service (assertSpokesperson). */
export async function parseSpokespersonUpdate(body: unknown): Promise<SpokespersonUpdateBody> {
  const fields = assertObjectBody(body);
  const parsed = (await parseWith(spokespersonUpdateSchema)(fields)) as SpokespersonUpdateBody;
  const changes = Object.keys(fields).filter((key) => fields[key] !== undefined);
  if (changes.length === 0) throw new errors.ValidationError('Không có thay đổi nào.');
  if (parsed.title !== undefined && !parsed.title) throw new errors.ValidationError('Hãy nhập chức danh.');
  return { ...parsed, ...(parsed.topicIds ? { topicIds: [...new Set(parsed.topicIds)] } : {}), ...('validTo' in fields ? { validTo: parsed.validTo || null } : {}) };
}

const inquirySchema = yup
  .object({
    outlet: required('Cơ quan báo chí', LIMITS.outlet, 'Hãy nhập cơ quan báo chí.'),
    journalist: required('Phóng viên', LIMITS.journalist, 'Hãy nhập tên phóng viên.'),
    contact: field('Liên hệ của phóng viên', LIMITS.contact).optional(),
    question: required('Câu hỏi', LIMITS.question, 'Hãy nhập nội dung câu hỏi.'),
    topicId: id('topicId phải là id của một lĩnh vực (chủ đề).').required('Hãy chọn lĩnh vực của câu hỏi.'),
    departmentId: id('departmentId phải là id của một phòng chuyên môn.').optional(),
    receivedAt: instant('Thời điểm nhận phải là thời điểm ISO 8601.').required('Hãy nhập thời điểm nhận câu hỏi.'),
    dueAt: instant('Hạn trả lời phải là thời điểm ISO 8601.').required('Hãy nhập hạn trả lời báo chí.'),
  })
  .noUnknown(true, UNKNOWN_FIELD);

export async function parsePressInquiry(body: unknown, now = new Date()): Promise<PressInquiryBody> {
  const parsed = (await parseWith(inquirySchema)(assertObjectBody(body))) as Omit<PressInquiryBody, 'receivedAt' | 'dueAt'> & { receivedAt: Date; dueAt: Date };
  if (parsed.receivedAt.getTime() > now.getTime() + 60_000) throw new errors.ValidationError('Thời điểm nhận không được ở tương lai.');
  if (parsed.dueAt.getTime() <= parsed.receivedAt.getTime()) throw new errors.ValidationError('Hạn trả lời phải sau thời điểm nhận câu hỏi.');
  return { ...parsed, contact: parsed.contact || undefined, receivedAt: parsed.receivedAt.toISOString(), dueAt: parsed.dueAt.toISOString() };
}

const inquiryUpdateSchema = yup
  .object({
    answer: field('Câu trả lời', LIMITS.answer).optional(),
    departmentId: id('departmentId phải là id của một phòng chuyên môn.').optional(),
    dueAt: instant('Hạn trả lời phải là thời điểm ISO 8601.').optional(),
  })
  .noUnknown(true, UNKNOWN_FIELD);

export async function parsePressInquiryUpdate(body: unknown): Promise<PressInquiryUpdateBody> {
  const fields = assertObjectBody(body);
  const parsed = (await parseWith(inquiryUpdateSchema)(fields)) as Omit<PressInquiryUpdateBody, 'dueAt'> & { dueAt?: Date };
  if (parsed.answer === undefined && parsed.departmentId === undefined && parsed.dueAt === undefined) {
    throw new errors.ValidationError('Không có thay đổi nào: hãy nhập câu trả lời, phòng chuẩn bị hoặc hạn trả lời.');
  }
  if (parsed.answer !== undefined && !parsed.answer) throw new errors.ValidationError('Câu trả lời không được để trống.');
  return { ...parsed, dueAt: parsed.dueAt?.toISOString() };
}

const querySchema = yup
  .object({
    status: text('Trạng thái').oneOf([...PRESS_INQUIRY_STATUSES, undefined], 'Trạng thái "${value}" không có trong danh sách (open, approved, sent).'),
    overdue: flag('overdue').optional(),
    ...pageFields,
  })
  .noUnknown(true, UNKNOWN_PARAMETER);

export async function parsePressInquiryQuery(query: unknown): Promise<PressInquiryQuery> {
  return (await parseWith(querySchema)(assertFlatQuery(query))) as PressInquiryQuery;
}

export const INQUIRY_NOT_FOUND = 'Không tìm thấy câu hỏi báo chí này.';
export const SPOKESPERSON_NOT_FOUND = 'Không tìm thấy người phát ngôn này trong danh sách.';

export function parsePressDeskId(value: unknown, notFound: string): number {
  try {
    return parseId(value, 'id');
  } catch {
    throw new errors.NotFoundError(notFound);
  }
}
