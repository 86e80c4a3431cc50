import type { Core } from '@strapi/strapi';
import { ADMIN_USER, MEMBERSHIP } from '../../../shared/uids';
import { canSee, type ItemPlacement } from '../services/membership';
import { getService } from '../get-service';

/**
 * Who may read an item's workflow, hence its comments, hence may be mentioned: the same rule as the
 * item's view (`canSee`: its unit's members; once submitted, its department's editors and heads and
 * the publisher; the leadership always). Candidates come from the memberships and the leadership's
 * admin roles in a few queries; each is then held to `canSee` itself, so the two can never differ.
 */
export async function readersOf(strapi: Core.Strapi, placement: ItemPlacement): Promise<number[]> {
  return readersAmong(strapi, await candidatesOf(strapi, placement), placement);
}

/** Everyone who may read the item, and perhaps a few more: the people `readersAmong` then checks. */
export async function candidatesOf(strapi: Core.Strapi, placement: ItemPlacement): Promise<number[]> {
  const memberships = strapi.db.query(MEMBERSHIP);
  const or: Array<Record<string, unknown>> = [];
  if (placement.unitId !== null) or.push({ unitId: placement.unitId });
  if (placement.submitted) {
    or.push({ role: 'publisher' });
    if (placement.departmentId !== null) or.push({ unitId: placement.departmentId, role: { $in: ['editor', 'head'] } });
  }
  const [members, leaders]: [Array<{ userId: number }>, number[]] = await Promise.all([
    or.length > 0 ? memberships.findMany({ where: { $or: or }, select: ['userId'] }) : [],
    getService(strapi, 'membership').leadershipUserIds(),
  ]);
  return [...new Set([...members.map((row) => row.userId), ...leaders])];
}

/** Those of `userIds` who are active and may read the item (the check a mention must pass). */
export async function readersAmong(strapi: Core.Strapi, userIds: number[], placement: ItemPlacement): Promise<number[]> {
  if (userIds.length === 0) return [];
  const active: Array<{ id: number }> = await strapi.db.query(ADMIN_USER).findMany({ where: { id: { $in: userIds }, isActive: true }, select: ['id'] });
  const membership = getService(strapi, 'membership');
  const readers: number[] = [];
  for (const { id } of active) {
    if (canSee(await membership.standingOf(id), placement)) readers.push(id);
  }
  return readers;
}
