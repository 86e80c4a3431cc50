import type { Core } from '@strapi/strapi';
import { PERSON } from '../../../shared/uids';
import { isUniqueViolation } from '../utils/unique-violation';

/**
 * Who chose the daily digest: a flag on the person's record (`ew_people`, one row per account,
 * made here when the account has none yet).
 */
export async function digestChoosers(strapi: Core.Strapi, userIds: number[]): Promise<Set<number>> {
  if (userIds.length === 0) return new Set();
  const rows: Array<{ userId: number }> = await strapi.db
    .query(PERSON)
    .findMany({ where: { userId: { $in: userIds }, emailDigest: true }, select: ['userId'] });
  return new Set(rows.map((row) => row.userId));
}

export async function digestChoiceOf(strapi: Core.Strapi, userId: number): Promise<boolean> {
  return (await digestChoosers(strapi, [userId])).has(userId);
}

export async function setDigestChoice(strapi: Core.Strapi, userId: number, emailDigest: boolean): Promise<void> {
  const updated = await strapi.db.query(PERSON).updateMany({ where: { userId }, data: { emailDigest } });
  if (updated.count > 0) return;
  try {
    await strapi.db.query(PERSON).create({ data: { userId, emailDigest } });
  } catch (error) {
    // Two requests of the same person at once: the other made the row; set it.
    if (!isUniqueViolation(error)) throw error;
    await strapi.db.query(PERSON).updateMany({ where: { userId }, data: { emailDigest } });
  }
}
