import type { MemberRole } from '../member-roles';
import type { Pagination } from './queue';
import type { UnitKind } from './stats';

/**
 * The unit network's contract: the page "Mạng lưới đơn vị" (`GET /network/units`, `/network/units/:id`,
 * `PUT /network/units/:id/contact`, `GET /network/users`) and the directory "Danh bạ"
 * (`GET /directory`, `/directory/export`). Internal only: phones and e-mails never leave the admin API.
 */

/** The search of both lists: `q` folded (no diacritics, đ → d, any case), over the unit's code and name. */
export interface NetworkUnitQuery {
  q?: string;
  kind?: UnitKind;
  page: number;
  pageSize: number;
}

export interface NetworkUnitRow {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  active: boolean;
  contactName: string | null;
  /** The unit's head(s): Thủ trưởng đơn vị (`unit-head`), or for a department its Trưởng phòng (`head`). */
  heads: string[];
  authorCount: number;
}

export interface NetworkUnitPage {
  results: NetworkUnitRow[];
  pagination: Pagination;
}

/** The communication contact of a unit (plan III.3): a named official, with position, phone and e-mail. */
export interface UnitContact {
  contactName: string | null;
  contactPosition: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
}

/** The body of `PUT /network/units/:id/contact`: every field, an empty one cleared. */
export type UnitContactBody = { [Field in keyof UnitContact]?: string | null };

/** A person holding a membership of the unit. */
export interface NetworkMember {
  membershipId: number;
  role: MemberRole;
  userId: number;
  name: string;
  email: string;
  phone: string | null;
  position: string | null;
  /** The admin account is active (may log in). */
  active: boolean;
  /** Memberships the account holds in all (this one included): 1 means ending this one leaves it none. */
  membershipCount: number;
}

export interface NetworkUnitDetail extends UnitContact {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  active: boolean;
  defaultDepartment: { id: number; code: string; name: string } | null;
  /** Every membership of the unit, by role: authors, the unit head, and for a department its editors, heads and publishers. */
  members: NetworkMember[];
  /** The roles a membership of this unit may hold (by its kind): what the "add member" form offers. */
  rolesAllowed: MemberRole[];
}

/** One account of the user picker: nothing more than the picker shows. */
export interface NetworkUserOption {
  id: number;
  name: string;
  email: string;
  active: boolean;
}

/** What `DELETE /memberships/:id` answers: the ended membership and what the account holds now. */
export interface EndedMembership {
  id: number;
  userId: number;
  unitId: number;
  role: MemberRole;
  /** Memberships the account still holds; 0: it can no longer act in the workflow. */
  remainingMemberships: number;
  /** Set when the account is left without a membership: the sentence the screen shows. */
  warning: string | null;
}

/** What the screen says when an account has no membership left. */
export const NO_MEMBERSHIP_LEFT = 'Tài khoản này không còn thuộc đơn vị nào nên không thể thao tác trong quy trình.';

/** One line of the directory: a unit, its contact official and its head(s), with phone and e-mail. */
export interface DirectoryRow {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  active: boolean;
  contactName: string | null;
  contactPosition: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  heads: Array<{ name: string; phone: string | null; email: string; position: string | null }>;
}

export interface DirectoryPage {
  results: DirectoryRow[];
  pagination: Pagination;
}

export type DirectoryQuery = Omit<NetworkUnitQuery, 'pageSize'> & { pageSize?: number };
