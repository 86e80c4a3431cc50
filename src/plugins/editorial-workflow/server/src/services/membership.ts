import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ActingRole } from '../../../shared/state-machine';
import { MEMBER_ROLES, MEMBER_ROLE_LABELS, roleFitsUnitKind, type MemberRole } from '../../../shared/member-roles';
import { PERMISSIONS } from '../../../shared/permissions';
import type { ItemDraft } from './item-content';
import type { ItemStateRow } from './item-state';
import { ADMIN_USER, MEMBERSHIP, UNIT } from '../../../shared/uids';
import { memoInRequest } from '../request-memo';
import { activeDelegationsOf, delegatesFor } from '../delegation/active';
import type { DelegatedRole } from '../delegation/standing';

const SUPER_ADMIN_CODE = 'strapi-super-admin';


export interface MembershipRow {
  id: number;
  userId: number;
  unitId: number;
  role: MemberRole;
}

/** What a person may do, by unit: the basis of every scope decision of the plugin. */
export interface Standing {
  userId: number;
  rolesByUnit: Map<number, Set<MemberRole>>;
  /** The publisher (Phòng QLCL) acts on items of every unit. */
  isPublisher: boolean;
  /**
   * The leadership's oversight (an admin role granting `items.take-down`): sees every item and may
   * take a live version down. Absent means none.
   */
  leadership?: boolean;
  /**
   * Roles held today by someone's delegation (delegation/), already merged into `rolesByUnit` and
   * `isPublisher`; only those the person does not hold in their own right. Absent means none.
   */
  delegations?: DelegatedRole[];
}

/** The item facts that scope depends on. */
export interface ItemPlacement {
  unitId: number | null;
  departmentId: number | null;
  /** Submitted at least once: only then do its department and the publisher see it. */
  submitted: boolean;
}

/** Where an item stands for scope: its unit, its department, whether it was ever submitted. */
export const placementOf = (item: Pick<ItemDraft, 'unitId'>, record: Pick<ItemStateRow, 'departmentId' | 'firstSubmittedAt'>): ItemPlacement => ({
  unitId: item.unitId,
  departmentId: record.departmentId,
  submitted: record.firstSubmittedAt !== null,
});

export const membershipKey = (userId: number, unitId: number, role: MemberRole) => `${userId}:${unitId}:${role}`;

/** The roles `standing` gives for one item: author of its unit, editor or head of its department, publisher. */
export function rolesForItem(standing: Standing, item: ItemPlacement): Set<ActingRole> {
  const roles = new Set<ActingRole>();
  if (item.unitId !== null && standing.rolesByUnit.get(item.unitId)?.has('author')) roles.add('author');
  if (item.departmentId !== null) {
    const inDepartment = standing.rolesByUnit.get(item.departmentId);
    if (inDepartment?.has('editor')) roles.add('editor');
    if (inDepartment?.has('head')) roles.add('head');
  }
  if (standing.isPublisher) roles.add('publisher');
  if (standing.leadership) roles.add('leadership');
  return roles;
}

/**
 * Whether the person may know the item exists: anyone of its unit; once submitted, the editors and
 * heads of its department and the publisher. Outside that, the API answers 404.
 */
export function canSee(standing: Standing, item: ItemPlacement): boolean {
  if (standing.leadership) return true;
  if (item.unitId !== null && standing.rolesByUnit.has(item.unitId)) return true;
  if (!item.submitted) return false;
  if (standing.isPublisher) return true;
  const inDepartment = item.departmentId === null ? undefined : standing.rolesByUnit.get(item.departmentId);
  return Boolean(inDepartment && (inDepartment.has('editor') || inDepartment.has('head')));
}

/** `standing` with the roles delegated to the person today added, those they lack in their own right. */
export function withDelegations(standing: Standing, delegated: DelegatedRole[]): Standing {
  const added: DelegatedRole[] = [];
  for (const delegation of delegated) {
    const roles = standing.rolesByUnit.get(delegation.unitId) ?? new Set<MemberRole>();
    if (roles.has(delegation.role)) continue;
    roles.add(delegation.role);
    standing.rolesByUnit.set(delegation.unitId, roles);
    if (delegation.role === 'publisher') standing.isPublisher = true;
    added.push(delegation);
  }
  return added.length > 0 ? { ...standing, delegations: added } : standing;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(MEMBERSHIP);
  const loadStanding = async (userId: number): Promise<Standing> => {
    const [found, overseeing]: [MembershipRow[], number] = await Promise.all([
      rows().findMany({ where: { userId }, select: ['unitId', 'role'] }),
      // One of the person's admin roles holds the leadership's permission. Not the super admin's role,
      // whose rights rows Strapi fills with every action: the administrator manages the system and
      // has no place in the newsroom unless given one.
      strapi.db.query('admin::role').count({
        where: { users: { id: userId }, code: { $ne: SUPER_ADMIN_CODE }, permissions: { action: PERMISSIONS.takeDown } },
      }),
    ]);
    const rolesByUnit = new Map<number, Set<MemberRole>>();
    for (const { unitId, role } of found) {
      if (!rolesByUnit.has(unitId)) rolesByUnit.set(unitId, new Set());
      rolesByUnit.get(unitId)!.add(role);
    }
    const standing: Standing = { userId, rolesByUnit, isPublisher: found.some((row) => row.role === 'publisher'), leadership: overseeing > 0 };
    return withDelegations(standing, await activeDelegationsOf(strapi, userId));
  };

  return {
    /**
     * Looked up once per request (request-memo/: Strapi's conditions ask for it once per right); a
     * membership written in the request forgets it. Callers must not change the answer.
     */
    standingOf(userId: number): Promise<Standing> {
      return memoInRequest(`standing:${userId}`, () => loadStanding(userId));
    },

    /** Ids of the units where the person holds one of `roles` (any role when omitted); looked up once per request, as standingOf. */
    async unitIdsOf(userId: number, roles: readonly MemberRole[] = MEMBER_ROLES): Promise<number[]> {
      const ids = await memoInRequest(`units:${userId}:${[...roles].sort().join(',')}`, async () => {
        const found: Array<{ unitId: number }> = await rows().findMany({
          where: { userId, role: { $in: [...roles] } },
          select: ['unitId'],
        });
        return [...new Set(found.map((row) => row.unitId))];
      });
      return [...ids];
    },

    /** The people holding `role` in a unit (the publisher: in any unit). */
    /**
     * The leadership: active accounts whose admin role (not the super admin's, which Strapi fills with
     * every action) holds the take-down right, as `standingOf` decides it for one person.
     */
    async leadershipUserIds(): Promise<number[]> {
      const users: Array<{ id: number }> = await strapi.db.query(ADMIN_USER).findMany({
        where: { isActive: true, roles: { code: { $ne: SUPER_ADMIN_CODE }, permissions: { action: PERMISSIONS.takeDown } } },
        select: ['id'],
      });
      return users.map((user) => user.id);
    },

    async userIdsWithRole(role: MemberRole, unitId?: number): Promise<number[]> {
      const found: Array<{ userId: number }> = await rows().findMany({
        where: { role, ...(unitId === undefined ? {} : { unitId }) },
        select: ['userId'],
      });
      // Whoever holds the role today by delegation acts, and is told, as its holders are.
      const delegates = role === 'head' || role === 'publisher' ? await delegatesFor(strapi, role, unitId) : [];
      return [...new Set([...found.map((row) => row.userId), ...delegates])];
    },

    async list(filter: { userId?: number; unitId?: number; role?: MemberRole } = {}) {
      return rows().findMany({ where: filter, orderBy: [{ unitId: 'asc' }, { userId: 'asc' }, { role: 'asc' }] });
    },

    /** Adds a membership; adding one that exists returns it unchanged. */
    async add(input: { userId: number; unitId: number; role: MemberRole }): Promise<MembershipRow> {
      const user = await strapi.db.query(ADMIN_USER).findOne({ where: { id: input.userId }, select: ['id'] });
      if (!user) throw new errors.NotFoundError(`Không có tài khoản quản trị số ${input.userId} (no such admin user).`);
      const unit = await strapi.db.query(UNIT).findOne({ where: { id: input.unitId }, select: ['id', 'kind', 'code', 'active'] });
      if (!unit) throw new errors.NotFoundError(`Không có đơn vị số ${input.unitId} (no such unit).`);
      if (!roleFitsUnitKind(input.role, unit.kind)) {
        throw new errors.ValidationError(
          input.role === 'unit-head'
            ? `Thủ trưởng đơn vị thuộc một đơn vị cơ sở; ${unit.code} là phòng chuyên môn của Sở, có Trưởng phòng (head).`
            : `${MEMBER_ROLE_LABELS[input.role]} thuộc một phòng chuyên môn của Sở; đơn vị ${unit.code} không phải phòng chuyên môn.`
        );
      }
      if (unit.active === false) {
        throw new errors.ValidationError(`Đơn vị ${unit.code} đã ngừng hoạt động: không thể thêm thành viên.`);
      }
      const key = membershipKey(input.userId, input.unitId, input.role);
      const existing = await rows().findOne({ where: { membershipKey: key } });
      if (existing) return existing;
      try {
        return await rows().create({ data: { ...input, membershipKey: key } });
      } catch (error) {
        // Two simultaneous adds of the same membership: the unique key keeps one, both callers get it.
        const again = await rows().findOne({ where: { membershipKey: key } });
        if (again) return again;
        throw error;
      }
    },

    async remove(id: number): Promise<MembershipRow> {
      const existing = await rows().findOne({ where: { id } });
      if (!existing) throw new errors.NotFoundError(`Không có thành viên số ${id} (no such membership).`);
      await rows().delete({ where: { id } });
      return existing;
    },
  };
};
