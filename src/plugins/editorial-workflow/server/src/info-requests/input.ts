import { errors, yup } from '@strapi/utils';
import {
  INFO_REQUEST_ACTIONS,
  INFO_REQUEST_LIMITS as LIMITS,
  INFO_REQUEST_STATUSES,
  REQUESTER_KINDS,
  type InfoRequestActionBody,
  type InfoRequestBody,
  type InfoRequestLetterBody,
  type InfoRequestQuery,
} from '../../../shared/contracts/info-requests';
import { UNKNOWN_FIELD, UNKNOWN_PARAMETER, assertFlatQuery, assertObjectBody, flag, instant, pageFields, parseId, parseWith, positiveInteger, text, typed } from '../validation/common';

/** The edge of the information requests: a bad input is a 400 in Vietnamese, and nothing is stored. */

/** Markup is no one's request: a tag in a stranger's text is refused rather than stored for an admin screen. */
const MARKUP = /<\/?[a-z!?][^>]*>/i;
const field = (name: string, max: number) =>
  text(name)
    .test(typed(name))
    .max(max, `${name} tối đa ${max.toLocaleString('vi-VN')} ký tự.`)
    .test('no-markup', `${name} không được chứa thẻ HTML hay mã lệnh.`, (value) => typeof value !== 'string' || !MARKUP.test(value));
const required = (name: string, max: number, missing: string) => field(name, max).required(missing).min(1, missing);
const choice = <T extends string>(name: string, values: readonly T[]) =>
  text(name).oneOf([...values, undefined] as T[], `${name} "\${value}" không có trong danh sách (${values.join(', ')}).`);

const PHONE = /^[0-9+ ().-]{6,20}$/;

const requestFields = {
  requesterKind: choice('Người yêu cầu', REQUESTER_KINDS).required('Hãy chọn người yêu cầu là công dân hay tổ chức.'),
  name: required('Họ tên', LIMITS.name, 'Hãy nhập họ tên người yêu cầu.'),
  organisation: field('Tên tổ chức', LIMITS.organisation).optional(),
  email: field('Thư điện tử', LIMITS.email).email('Thư điện tử không hợp lệ.').optional(),
  phone: field('Số điện thoại', LIMITS.phone).matches(PHONE, { message: 'Số điện thoại không hợp lệ.', excludeEmptyString: true }).optional(),
  address: field('Địa chỉ', LIMITS.address).optional(),
  subject: required('Tiêu đề', LIMITS.subject, 'Hãy nhập tiêu đề của yêu cầu.'),
  content: required('Nội dung', LIMITS.content, 'Hãy nêu thông tin cần cung cấp.'),
};

/** The answer goes back by post, e-mail or phone: a request with none of them cannot be answered. */
function withContact<T extends InfoRequestBody>(parsed: T): T {
  const clean = Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, value === '' ? undefined : value])) as T;
  if (!clean.email && !clean.phone && !clean.address) {
    throw new errors.ValidationError('Hãy để lại ít nhất một cách liên hệ (thư điện tử, số điện thoại hoặc địa chỉ) để nhận thông tin.');
  }
  if (clean.requesterKind === 'organisation' && !clean.organisation) throw new errors.ValidationError('Hãy nhập tên tổ chức yêu cầu.');
  return clean;
}

const publicSchema = yup
  .object({
    ...requestFields,
    consent: flag('Đồng ý').oneOf([true], 'Hãy đồng ý để Sở dùng thông tin liên hệ của bạn để trả lời yêu cầu.').required('Hãy đồng ý để Sở dùng thông tin liên hệ của bạn để trả lời yêu cầu.'),
  })
  .noUnknown(true, UNKNOWN_FIELD);

/** The public form's fields, once the guard has taken its token and honeypot off. */
export async function parsePublicInfoRequest(body: unknown): Promise<InfoRequestBody> {
  const { consent: _consent, ...parsed } = (await parseWith(publicSchema)(assertObjectBody(body))) as InfoRequestBody & { consent: true };
  return withContact(parsed);
}

/** Luật Tiếp cận thông tin 2016 came into force on 1 July 2018 (Vietnam time). */
const LAW_IN_FORCE = new Date('2018-06-30T17:00:00.000Z');

const letterSchema = yup
  .object({ ...requestFields, receivedAt: instant('Ngày nhận phải là thời điểm ISO 8601.').required('Hãy nhập ngày nhận văn bản yêu cầu.') })
  .noUnknown(true, UNKNOWN_FIELD);

/** The Office's entry of a letter; `now` bounds the receipt (no letter arrives in the future). */
export async function parseLetterInfoRequest(body: unknown, now = new Date()): Promise<InfoRequestLetterBody> {
  const parsed = (await parseWith(letterSchema)(assertObjectBody(body))) as Omit<InfoRequestLetterBody, 'receivedAt'> & { receivedAt: Date };
  if (parsed.receivedAt.getTime() > now.getTime() + 60_000) throw new errors.ValidationError('Ngày nhận không được ở tương lai.');
  // Nothing is a request under the law before it came into force (a number read as 1970 is a typo, not a letter).
  if (parsed.receivedAt.getTime() < LAW_IN_FORCE.getTime()) throw new errors.ValidationError('Ngày nhận không được trước ngày Luật Tiếp cận thông tin có hiệu lực (01/07/2018).');
  return withContact({ ...parsed, receivedAt: parsed.receivedAt.toISOString() });
}

const actionSchema = yup
  .object({
    action: choice('Thao tác', INFO_REQUEST_ACTIONS).required('Hãy chọn thao tác.'),
    departmentId: positiveInteger('departmentId phải là id của một phòng chuyên môn.').max(2_147_483_647, 'departmentId phải là id của một phòng chuyên môn.').optional(),
    text: field('Nội dung', LIMITS.text).optional(),
  })
  .noUnknown(true, UNKNOWN_FIELD);

const TEXT_NEEDED: Partial<Record<InfoRequestActionBody['action'], string>> = {
  extend: 'Hãy nêu lý do gia hạn.',
  answer: 'Hãy nhập nội dung trả lời.',
  refuse: 'Hãy nêu lý do từ chối cung cấp thông tin.',
};

export async function parseInfoRequestAction(body: unknown): Promise<InfoRequestActionBody> {
  const parsed = (await parseWith(actionSchema)(assertObjectBody(body))) as InfoRequestActionBody;
  if (parsed.action === 'route' && parsed.departmentId === undefined) throw new errors.ValidationError('Hãy chọn phòng chuyên môn được giao.');
  const needed = TEXT_NEEDED[parsed.action];
  if (needed && !parsed.text) throw new errors.ValidationError(needed);
  return parsed;
}

const querySchema = yup
  .object({ status: choice('Trạng thái', INFO_REQUEST_STATUSES), overdue: flag('overdue').optional(), ...pageFields })
  .noUnknown(true, UNKNOWN_PARAMETER);

export async function parseInfoRequestQuery(query: unknown): Promise<InfoRequestQuery> {
  return (await parseWith(querySchema)(assertFlatQuery(query))) as InfoRequestQuery;
}

export const INFO_REQUEST_NOT_FOUND = 'Không tìm thấy yêu cầu cung cấp thông tin này.';

export function parseInfoRequestId(value: unknown): number {
  try {
    return parseId(value, 'id');
  } catch {
    throw new errors.NotFoundError(INFO_REQUEST_NOT_FOUND);
  }
}

/** `YC-` and 16 base64url characters (96 random bits): anything else names no request. */
const TRACKING_CODE = /^YC-[A-Za-z0-9_-]{16}$/;
export const TRACKING_NOT_FOUND = 'Không tìm thấy yêu cầu với mã tra cứu này.';

export function parseTrackingCode(value: unknown): string {
  if (typeof value !== 'string' || !TRACKING_CODE.test(value)) throw new errors.NotFoundError(TRACKING_NOT_FOUND);
  return value;
}
