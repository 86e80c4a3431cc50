import type { Core } from '@strapi/strapi';
import { UNIT } from '../../../shared/uids';
import { OFFICE_UNIT_CODE } from './scope';

/** The Office's unit id (Văn phòng Sở), or null where the network has none. */
export async function officeUnitIdOf(strapi: Core.Strapi): Promise<number | null> {
  const office: { id: number } | null = await strapi.db.query(UNIT).findOne({ where: { code: OFFICE_UNIT_CODE }, select: ['id'] });
  return office?.id ?? null;
}
