import { yup } from '@strapi/utils';
import { DELEGABLE_ROLES, DELEGATION_MAX_DAYS, type DelegableRole, type DelegationRequestBody } from '../../../shared/contracts/delegation';
import { dayNumber, isCalendarDate } from '../../../shared/periods';
import { UNKNOWN_FIELD, UNKNOWN_PARAMETER, assertFlatQuery, assertObjectBody, parseWith, positiveInteger, text } from '../validation/common';

/** The edge of the delegations' API: a bad input is a 400 in Vietnamese, and nothing is stored. */

const MAX_ID = 2_147_483_647;
const id = (message: string) => positiveInteger(message).max(MAX_ID, message);
const role = () => text('Vai trò').oneOf([...DELEGABLE_ROLES], 'Chỉ ủy quyền được vai trò Trưởng phòng (head) hoặc Đăng bài (publisher).');
const date = (name: string) =>
  text(name)
    .required(`Hãy chọn ${name.toLowerCase()}.`)
    .test('date', `${name} phải là ngày dạng YYYY-MM-DD.`, (value) => value === undefined || isCalendarDate(value));

const delegationSchema = yup
  .object({
    role: role().required('Hãy chọn vai trò được ủy quyền.'),
    unitId: id('unitId phải là id của đơn vị nơi bạn giữ vai trò.').required('Hãy chọn đơn vị nơi bạn giữ vai trò.'),
    delegateId: id('delegateId phải là id tài khoản của người được ủy quyền.').required('Hãy chọn người được ủy quyền.'),
    startsOn: date('Ngày bắt đầu'),
    endsOn: date('Ngày kết thúc'),
    note: text('Ghi chú').max(500, 'Ghi chú tối đa 500 ký tự.').nullable().optional(),
  })
  .noUnknown(true, UNKNOWN_FIELD)
  .test('order', 'Ngày kết thúc không được trước ngày bắt đầu.', (value) =>
    !value?.startsOn || !value?.endsOn || !isCalendarDate(value.startsOn) || !isCalendarDate(value.endsOn) || value.endsOn >= value.startsOn)
  .test('length', `Một lần ủy quyền dài tối đa ${DELEGATION_MAX_DAYS} ngày.`, (value) =>
    !value?.startsOn || !value?.endsOn || !isCalendarDate(value.startsOn) || !isCalendarDate(value.endsOn) ||
    dayNumber(value.endsOn) - dayNumber(value.startsOn) + 1 <= DELEGATION_MAX_DAYS);

/** The body of `POST /delegations`. */
export async function parseDelegation(body: unknown): Promise<DelegationRequestBody> {
  const parsed = (await parseWith(delegationSchema)(assertObjectBody(body))) as DelegationRequestBody;
  return { ...parsed, note: parsed.note || undefined };
}

const candidatesSchema = yup
  .object({
    role: role().required('Hãy chọn vai trò được ủy quyền.'),
    unitId: id('unitId phải là id của đơn vị nơi bạn giữ vai trò.').required('Hãy chọn đơn vị nơi bạn giữ vai trò.'),
  })
  .noUnknown(true, UNKNOWN_PARAMETER);

/** The query of `GET /delegations/candidates`. */
export async function parseCandidatesQuery(query: unknown): Promise<{ role: DelegableRole; unitId: number }> {
  return (await parseWith(candidatesSchema)(assertFlatQuery(query))) as { role: DelegableRole; unitId: number };
}
