import type { Core } from '@strapi/strapi';
import { JOB_RUN } from '../../../../shared/uids';
import { getService } from '../../get-service';
import { isUniqueViolation } from '../../utils/unique-violation';
import type { Notice } from '../../notifications/transition-notice';
import { tokenExpiringNotice, tokenInvalidNotice } from './notices';

export const TOKEN_WARNING_JOB = 'fanpage-token-warning';

/**
 * Tells the publishers once per key, however many processes meet the same news: the warning's
 * record in the job runs (unique key) is written in the transaction of its notifications, so a
 * second process's insert fails (PostgreSQL waits for the first commit, then refuses it) and tells
 * no one. E-mail leaves after the commit. Returns whether this call told them.
 */
async function warnOnce(strapi: Core.Strapi, runKey: string, notice: Notice, now: Date): Promise<boolean> {
  if (await strapi.db.query(JOB_RUN).findOne({ where: { runKey }, select: ['id'] })) return false;
  const publishers = await getService(strapi, 'membership').userIdsWithRole('publisher');
  try {
    return await strapi.db.transaction(async ({ onCommit }) => {
      const run = await strapi.db.query(JOB_RUN).create({ data: { runKey, job: TOKEN_WARNING_JOB, startedAt: now } });
      const queued = await getService(strapi, 'inbox').notifyUsers(publishers, notice);
      await strapi.db.query(JOB_RUN).update({ where: { id: run.id }, data: { finishedAt: new Date(), notified: queued.length } });
      onCommit(() => getService(strapi, 'mail-outbox').deliverLater(queued));
      return true;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** The token is invalid (error 190, or the daily check): once per token. */
export const warnTokenInvalid = (strapi: Core.Strapi, tokenKey: string, now = new Date()) =>
  warnOnce(strapi, `fanpage-token-invalid:${tokenKey}`, tokenInvalidNotice(), now);

/** The token expires within the warning days: once per token and expiry. */
export const warnTokenExpiring = (strapi: Core.Strapi, tokenKey: string, expiresAt: Date, now = new Date()) =>
  warnOnce(strapi, `fanpage-token-expiring:${tokenKey}:${expiresAt.toISOString()}`, tokenExpiringNotice(expiresAt), now);
