import { yup } from '@strapi/utils';
import { MEMBER_ROLES, type MemberRole } from '../../../shared/member-roles';
import { UNKNOWN_FIELD, UNKNOWN_PARAMETER, assertFlatQuery, assertObjectBody, parseWith, positiveInteger } from './common';

export interface MembershipInput {
  userId: number;
  unitId: number;
  role: MemberRole;
}

const role = () => yup.mixed<MemberRole>().oneOf([...MEMBER_ROLES], `role phải là một trong: ${MEMBER_ROLES.join(', ')}.`);
const positiveId = (name: string) => positiveInteger(`${name} phải là số.`, `${name} phải là số nguyên dương.`);

const membershipSchema = yup
  .object({
    userId: positiveId('userId').required('Thiếu userId (tài khoản quản trị).'),
    unitId: positiveId('unitId').required('Thiếu unitId (đơn vị).'),
    role: role().required('Thiếu role.'),
  })
  .noUnknown(true, UNKNOWN_FIELD);

/** The body of `POST /memberships`. */
export async function parseMembership(body: unknown): Promise<MembershipInput> {
  return (await parseWith(membershipSchema)(assertObjectBody(body ?? {}))) as MembershipInput;
}

const membershipFilterSchema = yup
  .object({ userId: positiveId('userId'), unitId: positiveId('unitId'), role: role() })
  .noUnknown(true, UNKNOWN_PARAMETER);

/** The query string of `GET /memberships`. */
export async function parseMembershipFilter(query: unknown): Promise<Partial<MembershipInput>> {
  return (await parseWith(membershipFilterSchema)(assertFlatQuery(query))) as Partial<MembershipInput>;
}
