import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MEMBER_ROLES, roleFitsUnitKind, type MemberRole } from '../../../shared/member-roles';
import type {
  DirectoryPage,
  DirectoryRow,
  NetworkUnitDetail,
  NetworkUnitPage,
  NetworkUnitQuery,
  NetworkUserOption,
  UnitContact,
} from '../../../shared/contracts/network';
import type { UnitKind } from '../../../shared/contracts/stats';
import { ADMIN_USER, UNIT } from '../../../shared/uids';
import { displayName } from '../utils/display-name';
import { fold, matchesQuery, queryWords } from './fold';
import { membersOf, membershipCounts, type UnitMember } from './members';
import { asBoolean, tableOf } from './tables';
import { pageOf, searchUnits, type UnitListRow } from './unit-list';

/** Who answers for a unit (plan III.3): its Thủ trưởng, or for a department of the Sở its Trưởng phòng. */
export const headRoleOf = (kind: string): MemberRole => (kind === 'department' ? 'head' : 'unit-head');
const HEAD_ROLES: MemberRole[] = ['head', 'unit-head'];

const USER_PICKER_LIMIT = 20;
const collator = new Intl.Collator('vi');

const notFound = (id: number) => new errors.NotFoundError(`Không có đơn vị số ${id}.`);

/**
 * The unit network (page "Mạng lưới đơn vị") and the directory (Danh bạ): units with their contact
 * official, head and members. Every list is a constant number of queries, whatever its length.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The heads of these units (each unit's own head role), by unit id. */
  async function headsOf(units: UnitListRow[], all = false): Promise<Map<number, UnitMember[]>> {
    const kindOf = new Map(units.map((unit) => [unit.id, unit.kind]));
    const found = await membersOf(strapi, { unitIds: all ? undefined : units.map((unit) => unit.id), roles: HEAD_ROLES });
    const heads = new Map<number, UnitMember[]>();
    for (const member of found) {
      const kind = kindOf.get(member.unitId);
      if (!kind || member.role !== headRoleOf(kind)) continue;
      heads.set(member.unitId, [...(heads.get(member.unitId) ?? []), member]);
    }
    return heads;
  }

  function directoryRow(unit: UnitListRow, heads: UnitMember[] = []): DirectoryRow {
    return {
      id: unit.id,
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      active: unit.active,
      contactName: unit.contactName,
      contactPosition: unit.contactPosition,
      contactPhone: unit.contactPhone,
      contactEmail: unit.contactEmail,
      heads: heads.map(({ name, phone, email, position }) => ({ name, phone, email, position })),
    };
  }

  return {
    /** A page of units: code, name, kind, active, contact name, head names and number of authors. */
    async listUnits({ q, kind, page, pageSize }: NetworkUnitQuery): Promise<NetworkUnitPage> {
      const { results, pagination } = pageOf(await searchUnits(strapi, { q, kind }), page, pageSize);
      const members = await membersOf(strapi, { unitIds: results.map((unit) => unit.id), roles: ['author', ...HEAD_ROLES] });
      return {
        results: results.map((unit) => {
          const own = members.filter((member) => member.unitId === unit.id);
          return {
            id: unit.id,
            code: unit.code,
            name: unit.name,
            kind: unit.kind,
            active: unit.active,
            contactName: unit.contactName,
            heads: own.filter((member) => member.role === headRoleOf(unit.kind)).map((member) => member.name),
            authorCount: new Set(own.filter((member) => member.role === 'author').map((member) => member.userId)).size,
          };
        }),
        pagination,
      };
    },

    /** A unit with its contact official and every member, each with phone, e-mail and how many memberships they hold. */
    async unitDetail(id: number): Promise<NetworkUnitDetail> {
      const unit = await strapi.db.query(UNIT).findOne({
        where: { id },
        select: ['id', 'code', 'name', 'kind', 'active', 'contactName', 'contactPosition', 'contactPhone', 'contactEmail'],
        populate: { defaultDepartment: { select: ['id', 'code', 'name'] } },
      });
      if (!unit) throw notFound(id);
      const members = await membersOf(strapi, { unitIds: [id] });
      const counts = await membershipCounts(strapi, members.map((member) => member.userId));
      const roleOrder = new Map<string, number>(['unit-head', 'head', 'author', 'editor', 'publisher'].map((role, index) => [role, index]));
      return {
        id: unit.id,
        code: unit.code,
        name: unit.name,
        kind: unit.kind,
        active: asBoolean(unit.active),
        contactName: unit.contactName ?? null,
        contactPosition: unit.contactPosition ?? null,
        contactPhone: unit.contactPhone ?? null,
        contactEmail: unit.contactEmail ?? null,
        defaultDepartment: unit.defaultDepartment ? { id: unit.defaultDepartment.id, code: unit.defaultDepartment.code, name: unit.defaultDepartment.name } : null,
        members: members
          .map(({ unitId: _unitId, ...member }) => ({ ...member, membershipCount: counts.get(member.userId) ?? 0 }))
          .sort((a, b) => (roleOrder.get(a.role) ?? 9) - (roleOrder.get(b.role) ?? 9) || collator.compare(a.name, b.name)),
        // The form offers what fits the kind; the publisher is Phòng QLCL's, a department's.
        rolesAllowed: MEMBER_ROLES.filter((role) => roleFitsUnitKind(role, unit.kind) && (role !== 'publisher' || unit.kind === 'department')),
      };
    },

    /** Sets the unit's contact official (the audit log records it: audit/unit-contact.ts). */
    async updateContact(id: number, contact: UnitContact): Promise<UnitContact> {
      const unit = await strapi.db.query(UNIT).findOne({ where: { id }, select: ['documentId'] });
      if (!unit) throw notFound(id);
      await strapi.documents(UNIT).update({ documentId: unit.documentId, data: contact as never });
      const saved = await strapi.db.query(UNIT).findOne({ where: { id }, select: ['contactName', 'contactPosition', 'contactPhone', 'contactEmail'] });
      return {
        contactName: saved.contactName ?? null,
        contactPosition: saved.contactPosition ?? null,
        contactPhone: saved.contactPhone ?? null,
        contactEmail: saved.contactEmail ?? null,
      };
    },

    /** The user picker: admin accounts whose name or e-mail holds every word of `q` (folded), at most 20. */
    async searchUsers(q?: string): Promise<NetworkUserOption[]> {
      const users = tableOf(strapi, ADMIN_USER);
      const c = users.column;
      const rows: Array<Record<string, unknown>> = await strapi.db
        .connection(users.name)
        .select({ id: c('id'), firstname: c('firstname'), lastname: c('lastname'), email: c('email'), active: c('isActive') });
      const words = queryWords(q);
      const options: NetworkUserOption[] = [];
      for (const row of rows) {
        const name = displayName(row as { firstname?: string; lastname?: string; email?: string });
        const email = String(row.email ?? '');
        if (words.length > 0 && !matchesQuery(fold(`${name} ${email}`), words)) continue;
        options.push({ id: Number(row.id), name, email, active: asBoolean(row.active) });
      }
      return options.sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id).slice(0, USER_PICKER_LIMIT);
    },

    /** A page of the directory: each unit's contact official and head, with phone and e-mail. */
    async directory({ q, kind, page, pageSize }: NetworkUnitQuery): Promise<DirectoryPage> {
      const { results, pagination } = pageOf(await searchUnits(strapi, { q, kind }), page, pageSize);
      const heads = await headsOf(results);
      return { results: results.map((unit) => directoryRow(unit, heads.get(unit.id))), pagination };
    },

    /** The whole directory (for the export), filtered as the list. */
    async directoryRows({ q, kind }: { q?: string; kind?: UnitKind }): Promise<DirectoryRow[]> {
      const units = await searchUnits(strapi, { q, kind });
      const heads = await headsOf(units, true);
      return units.map((unit) => directoryRow(unit, heads.get(unit.id)));
    },

    /** How many memberships an account holds now. */
    async membershipCountOf(userId: number): Promise<number> {
      return (await membershipCounts(strapi, [userId])).get(userId) ?? 0;
    },
  };
};
