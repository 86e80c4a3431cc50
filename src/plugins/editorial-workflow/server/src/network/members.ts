import type { Core } from '@strapi/strapi';
import type { MemberRole } from '../../../shared/member-roles';
import type { NetworkMember } from '../../../shared/contracts/network';
import { ADMIN_USER, MEMBERSHIP, PERSON } from '../../../shared/uids';
import { displayName } from '../utils/display-name';
import { asBoolean, tableOf } from './tables';

export type UnitMember = NetworkMember & { unitId: number };

/**
 * The memberships of some units (all units when `unitIds` is absent), in the given roles, each with
 * its person: name and e-mail (admin user), phone and position (the network's person record). One
 * query, whatever the number of units.
 */
export async function membersOf(
  strapi: Core.Strapi,
  { unitIds, roles }: { unitIds?: number[]; roles?: readonly MemberRole[] }
): Promise<UnitMember[]> {
  if (unitIds && unitIds.length === 0) return [];
  const m = tableOf(strapi, MEMBERSHIP);
  const u = tableOf(strapi, ADMIN_USER);
  const p = tableOf(strapi, PERSON);
  let query = strapi.db
    .connection(`${m.name} as m`)
    .join(`${u.name} as u`, `u.${u.column('id')}`, `m.${m.column('userId')}`)
    .leftJoin(`${p.name} as p`, `p.${p.column('userId')}`, `m.${m.column('userId')}`)
    .select({
      membershipId: `m.${m.column('id')}`,
      unitId: `m.${m.column('unitId')}`,
      role: `m.${m.column('role')}`,
      userId: `m.${m.column('userId')}`,
      firstname: `u.${u.column('firstname')}`,
      lastname: `u.${u.column('lastname')}`,
      email: `u.${u.column('email')}`,
      active: `u.${u.column('isActive')}`,
      phone: `p.${p.column('phone')}`,
      position: `p.${p.column('position')}`,
    })
    .orderBy([{ column: `m.${m.column('unitId')}` }, { column: `m.${m.column('role')}` }, { column: `m.${m.column('id')}` }]);
  if (unitIds) query = query.whereIn(`m.${m.column('unitId')}`, unitIds);
  if (roles) query = query.whereIn(`m.${m.column('role')}`, [...roles]);
  const rows: Array<Record<string, unknown>> = await query;
  return rows.map((row) => ({
    membershipId: Number(row.membershipId),
    unitId: Number(row.unitId),
    role: row.role as MemberRole,
    userId: Number(row.userId),
    name: displayName(row as { firstname?: string; lastname?: string; email?: string }),
    email: String(row.email ?? ''),
    phone: (row.phone as string | null) ?? null,
    position: (row.position as string | null) ?? null,
    active: asBoolean(row.active),
    membershipCount: 0,
  }));
}

/** How many memberships each of these accounts holds, in all units. */
export async function membershipCounts(strapi: Core.Strapi, userIds: number[]): Promise<Map<number, number>> {
  if (userIds.length === 0) return new Map();
  const m = tableOf(strapi, MEMBERSHIP);
  const rows: Array<{ userId: unknown; count: unknown }> = await strapi.db
    .connection(m.name)
    .select({ userId: m.column('userId') })
    .count({ count: '*' })
    .whereIn(m.column('userId'), [...new Set(userIds)])
    .groupBy(m.column('userId'));
  return new Map(rows.map((row) => [Number(row.userId), Number(row.count)]));
}
