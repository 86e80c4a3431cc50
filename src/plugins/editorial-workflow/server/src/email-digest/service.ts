import type { Core } from '@strapi/strapi';
import { EMAIL_DIGEST_HOUR, type EmailPreference } from '../../../shared/contracts/email-digest';
import { vnDateOf } from '../../../shared/periods';
import { JOB_RUN, NOTIFICATION } from '../../../shared/uids';
import { getService } from '../get-service';
import { countedJob } from '../metrics';
import { noticeUrlOf } from '../notifications/links';
import { isUniqueViolation } from '../utils/unique-violation';
import { digestNotice } from './digest-notice';
import { digestChoiceOf, setDigestChoice } from './preference';

const JOB = 'email-digest';

export interface DigestRun {
  runKey: string;
  skipped: boolean;
  /** Digests written (one per person with something to list). */
  digests: number;
  /** Notifications they list. */
  listed: number;
}

interface KeptRow {
  id: number;
  userId: number;
  emailTo: string;
  title: string;
  itemDocumentId: string | null;
  action: string | null;
  createdAt: Date | string;
}

/**
 * The daily digest (issue 16, item 8): a person who chose it gets their notifications' e-mails as
 * one e-mail a day at EMAIL_DIGEST_HOUR (Vietnam time) instead of one each; the inbox keeps those
 * rows as `digest` (services/inbox.ts). Once per day across processes, as the reminders: an advisory
 * lock and the run's unique key (`email-digest:2026-12-03`), in the transaction that writes each
 * person's digest notification (sent by the mail outbox after the commit, with its retries) and
 * marks the rows it lists `digested`.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(NOTIFICATION);

  async function runOnce(now: Date): Promise<DigestRun> {
    const runKey = `${JOB}:${vnDateOf(now)}`;
    const skipped = { runKey, skipped: true, digests: 0, listed: 0 };
    if (await strapi.db.query(JOB_RUN).findOne({ where: { runKey }, select: ['id'] })) return skipped;
    try {
      return await strapi.db.transaction(async ({ trx, onCommit }) => {
        if (strapi.db.dialect.client === 'postgres') {
          const result = await trx.raw('SELECT pg_try_advisory_xact_lock(hashtext(?)) AS locked', [`editorial-workflow:${JOB}`]);
          if (!result.rows[0]?.locked) return skipped;
        }
        const run = await strapi.db.query(JOB_RUN).create({ data: { runKey, job: JOB, startedAt: now } });
        const kept: KeptRow[] = await rows().findMany({
          where: { emailStatus: 'digest', createdAt: { $lte: now } },
          select: ['id', 'userId', 'emailTo', 'title', 'itemDocumentId', 'action', 'createdAt'],
          orderBy: [{ userId: 'asc' }, { id: 'asc' }],
        });
        const byPerson = new Map<number, KeptRow[]>();
        for (const row of kept) byPerson.set(row.userId, [...(byPerson.get(row.userId) ?? []), row]);

        const queued: number[] = [];
        for (const [userId, entries] of byPerson) {
          const notice = digestNotice(
            vnDateOf(now),
            entries.map((entry) => ({ title: entry.title, createdAt: entry.createdAt, url: noticeUrlOf(strapi, entry)?.url ?? null }))
          );
          // The digest's own row: its e-mail goes through the outbox (retries included); it is no
          // news in the in-admin list, where each notification is already shown, so it is read.
          const digest = await rows().create({
            data: {
              userId,
              action: notice.action,
              title: notice.title,
              message: notice.lines.join('\n'),
              emailTo: entries[entries.length - 1].emailTo,
              emailStatus: 'pending',
              emailAttempts: 0,
              readAt: now,
            },
          });
          await rows().updateMany({ where: { id: { $in: entries.map((entry) => entry.id) }, emailStatus: 'digest' }, data: { emailStatus: 'digested' } });
          queued.push(digest.id);
        }
        await strapi.db.query(JOB_RUN).update({ where: { id: run.id }, data: { finishedAt: new Date(), notified: queued.length } });
        onCommit(() => getService(strapi, 'mail-outbox').deliverLater(queued));
        return { runKey, skipped: false, digests: queued.length, listed: kept.length };
      });
    } catch (error) {
      if (isUniqueViolation(error)) return skipped;
      throw error;
    }
  }

  const preferenceOf = async (userId: number): Promise<EmailPreference> => ({
    emailDigest: await digestChoiceOf(strapi, userId),
    digestTime: `${String(EMAIL_DIGEST_HOUR).padStart(2, '0')}:00`,
  });

  return {
    /** The day's digests (cron at EMAIL_DIGEST_HOUR, Vietnam time); counted for /metrics. */
    async sendDigests({ now = new Date() }: { now?: Date } = {}): Promise<DigestRun> {
      return countedJob(JOB, () => runOnce(now), (run) => run.skipped);
    },

    preferenceOf,

    async setPreference(userId: number, emailDigest: boolean): Promise<EmailPreference> {
      await setDigestChoice(strapi, userId, emailDigest);
      return preferenceOf(userId);
    },
  };
};
