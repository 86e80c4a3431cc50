import type { Core } from '@strapi/strapi';
import type { DelegableRole } from '../../../shared/contracts/delegation';
import { vnDateOf } from '../../../shared/periods';
import { DELEGATION, MEMBERSHIP } from '../../../shared/uids';
import type { DelegatedRole } from './standing';

interface DelegationRow {
  id: number;
  role: DelegableRole;
  unitId: number;
  delegatorId: number;
  delegatorName: string;
}

/**
 * The delegations a person holds today (Vietnam date): not ended early, today within their dates,
 * and their delegator still holding the role in that unit (a head who left the department delegates
 * nothing any more). Usually no row: one indexed query; a second only when there is one.
 */
export async function activeDelegationsOf(strapi: Core.Strapi, userId: number, now = new Date()): Promise<DelegatedRole[]> {
  const today = vnDateOf(now);
  const rows: DelegationRow[] = await strapi.db.query(DELEGATION).findMany({
    where: { delegateId: userId, endedAt: null, startsOn: { $lte: today }, endsOn: { $gte: today } },
    select: ['id', 'role', 'unitId', 'delegatorId', 'delegatorName'],
    orderBy: [{ id: 'asc' }],
  });
  if (rows.length === 0) return [];
  const held: Array<{ userId: number; unitId: number; role: string }> = await strapi.db.query(MEMBERSHIP).findMany({
    where: { userId: { $in: [...new Set(rows.map((row) => row.delegatorId))] }, role: { $in: ['head', 'publisher'] } },
    select: ['userId', 'unitId', 'role'],
  });
  const holds = new Set(held.map((row) => `${row.userId}:${row.unitId}:${row.role}`));
  return rows
    .filter((row) => holds.has(`${row.delegatorId}:${row.unitId}:${row.role}`))
    .map((row) => ({ delegationId: row.id, role: row.role, unitId: row.unitId, delegatorId: row.delegatorId, delegatorName: row.delegatorName }));
}

/**
 * The people acting today in `role` by delegation (for `unitId`, or any unit): told of the work that
 * waits for that role, as its holders are, while the delegation lasts.
 */
export async function delegatesFor(strapi: Core.Strapi, role: DelegableRole, unitId?: number, now = new Date()): Promise<number[]> {
  const today = vnDateOf(now);
  const rows: Array<{ delegateId: number; delegatorId: number; unitId: number }> = await strapi.db.query(DELEGATION).findMany({
    where: { role, ...(unitId === undefined ? {} : { unitId }), endedAt: null, startsOn: { $lte: today }, endsOn: { $gte: today } },
    select: ['delegateId', 'delegatorId', 'unitId'],
  });
  if (rows.length === 0) return [];
  const held: Array<{ userId: number; unitId: number }> = await strapi.db.query(MEMBERSHIP).findMany({
    where: { userId: { $in: [...new Set(rows.map((row) => row.delegatorId))] }, role },
    select: ['userId', 'unitId'],
  });
  const holds = new Set(held.map((row) => `${row.userId}:${row.unitId}`));
  return [...new Set(rows.filter((row) => holds.has(`${row.delegatorId}:${row.unitId}`)).map((row) => row.delegateId))];
}
