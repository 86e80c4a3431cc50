import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { UnitKind } from '../../../shared/contracts/stats';
import { UNIT } from '../../../shared/uids';

export interface AudienceUnit {
  id: number;
  name: string;
}

/**
 * The units an assignment is given to: those chosen one by one (each must exist and be active) and
 * every active unit of the chosen kinds, as they are when the assignment is made (a school opened
 * later is not given it). None at all is a 400: an assignment to nobody is nobody's work.
 */
export async function expandAudience(strapi: Core.Strapi, unitIds: number[], unitKinds: UnitKind[]): Promise<AudienceUnit[]> {
  const chosen: Array<AudienceUnit & { active: boolean | null }> = unitIds.length
    ? await strapi.db.query(UNIT).findMany({ where: { id: { $in: unitIds } }, select: ['id', 'name', 'active'] })
    : [];
  if (chosen.length !== new Set(unitIds).size) throw new errors.ValidationError('Có đơn vị được chọn không tồn tại.');
  const inactive = chosen.filter((unit) => unit.active === false);
  if (inactive.length > 0) throw new errors.ValidationError(`Đơn vị đã ngừng hoạt động không nhận được nhiệm vụ: ${inactive.map((unit) => unit.name).join(', ')}.`);
  const byKind: AudienceUnit[] = unitKinds.length
    ? await strapi.db.query(UNIT).findMany({ where: { kind: { $in: unitKinds }, active: true }, select: ['id', 'name'] })
    : [];
  const units = new Map<number, AudienceUnit>();
  for (const unit of [...chosen, ...byKind]) units.set(unit.id, { id: unit.id, name: unit.name });
  if (units.size === 0) throw new errors.ValidationError('Nhiệm vụ chưa chọn đơn vị nào: hãy chọn đơn vị, hoặc loại đơn vị có đơn vị đang hoạt động.');
  return [...units.values()].sort((a, b) => a.id - b.id);
}
