import type { Core } from '@strapi/strapi';
import { relationChange } from '../../../../../utils/relation-input';
import { UNIT } from '../../../shared/uids';

/** The unit id a `unit` value in Document Service data sets: undefined when untouched, null when cleared or unknown. */
export async function unitIdOf(strapi: Core.Strapi, value: unknown): Promise<number | null | undefined> {
  const change = relationChange(value);
  if (change.kind === 'unchanged') return undefined;
  if (change.kind === 'cleared') return null;
  if ('id' in change.ref) return change.ref.id;
  const unit = await strapi.db.query(UNIT).findOne({ where: { documentId: change.ref.documentId }, select: ['id'] });
  return unit?.id ?? null;
}
