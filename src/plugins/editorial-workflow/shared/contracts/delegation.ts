/**
 * Delegation (ủy quyền): a department head, or the publisher, hands their workflow role to a named
 * person for a range of Vietnam dates. The delegate acts in that role "on behalf of" them, and the
 * history keeps both names. The shapes of `/editorial-workflow/delegations`.
 */

/** The roles that can be delegated: a department's approval, and publishing. */
export const DELEGABLE_ROLES = ['head', 'publisher'] as const;
export type DelegableRole = (typeof DELEGABLE_ROLES)[number];

export const DELEGABLE_ROLE_LABELS: Record<DelegableRole, string> = {
  head: 'Trưởng phòng (duyệt)',
  publisher: 'Đăng bài (Phòng QLCL)',
};

/** How the history and the notices name an action taken by delegation: both people. */
export const onBehalfOfName = (actorName: string, delegatorName: string): string => `${actorName} (thay mặt ${delegatorName})`;

/** The longest delegation, in days: an absence, not a change of post (that is a membership). */
export const DELEGATION_MAX_DAYS = 90;

/** `POST /delegations`: dates are Vietnam calendar dates, both included. */
export interface DelegationRequestBody {
  role: DelegableRole;
  /** The unit where the delegator holds the role: the department for `head`, Phòng QLCL for `publisher`. */
  unitId: number;
  delegateId: number;
  startsOn: string;
  endsOn: string;
  note?: string;
}

export type DelegationStatus = 'upcoming' | 'active' | 'ended' | 'ended-early';

export const DELEGATION_STATUS_LABELS: Record<DelegationStatus, string> = {
  upcoming: 'Sắp hiệu lực',
  active: 'Đang hiệu lực',
  ended: 'Đã hết hạn',
  'ended-early': 'Đã kết thúc sớm',
};

export interface DelegationView {
  id: number;
  role: DelegableRole;
  unitId: number;
  unitName: string;
  delegatorId: number;
  delegatorName: string;
  delegateId: number;
  delegateName: string;
  startsOn: string;
  endsOn: string;
  note: string | null;
  status: DelegationStatus;
  endedAt: string | null;
  endedByName: string | null;
  createdAt: string;
}

/** `GET /delegations`: what the caller gave and received; the administrator sees every one. */
export interface DelegationList {
  data: DelegationView[];
  /** The roles the caller may delegate now, with the unit: what the form offers. */
  delegable: Array<{ role: DelegableRole; unitId: number; unitName: string }>;
  /** The caller may end anyone's delegation early (the administrator: `memberships.manage`). */
  canEndAny: boolean;
}

/** `GET /delegations/candidates?role=&unitId=`: who may receive it. */
export interface DelegateCandidate {
  id: number;
  name: string;
  email: string;
  /** Why they qualify: a member of the same unit, or of the Sở's leadership. */
  basis: 'same-unit' | 'leadership';
}
