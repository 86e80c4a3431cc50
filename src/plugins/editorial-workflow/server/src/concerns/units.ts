import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UNIT } from '../../../shared/uids';

type Unit = { id: number; name: string };

/**
 * The units a concern names as concerned (đơn vị liên quan): on filing and when those who work on it
 * change the list. They widen who sees the concern (each unit sees its own), so every one must be an
 * active unit of the network.
 */
export async function assertConcernUnits(strapi: Core.Strapi, unitIds: number[]): Promise<Unit[]> {
  if (unitIds.length === 0) return [];
  const units: Array<Unit & { active: boolean | null }> = await strapi.db
    .query(UNIT)
    .findMany({ where: { id: { $in: unitIds } }, select: ['id', 'name', 'active'] });
  if (units.length !== unitIds.length) throw new errors.ValidationError('Có đơn vị liên quan không tồn tại.');
  const inactive = units.filter((unit) => unit.active === false);
  if (inactive.length > 0) throw new errors.ValidationError(`Đơn vị liên quan phải đang hoạt động: ${inactive.map((unit) => unit.name).join(', ')} đã ngừng hoạt động.`);
  return units.map(({ id, name }) => ({ id, name }));
}

/**
 * The timeline's sentence for a new list of units, or null when it names the same units. `before`
 * is the stored list (with names), `after` the new one, already checked by assertConcernUnits.
 */
export async function unitsChangeLine(strapi: Core.Strapi, actorName: string, before: Unit[], afterIds: number[]): Promise<string | null> {
  const had = new Set(before.map((unit) => unit.id));
  const wanted = new Set(afterIds);
  const removed = before.filter((unit) => !wanted.has(unit.id));
  const addedIds = afterIds.filter((id) => !had.has(id));
  if (removed.length === 0 && addedIds.length === 0) return null;
  const added = await assertConcernUnits(strapi, addedIds);
  const names = (units: Unit[]) => units.map((unit) => unit.name).sort((a, b) => a.localeCompare(b, 'vi')).join(', ');
  const parts = [added.length ? `thêm ${names(added)}` : '', removed.length ? `bỏ ${names(removed)}` : ''].filter(Boolean);
  return `${actorName} đổi đơn vị liên quan: ${parts.join('; ')}.`;
}
