import type { Core } from '@strapi/strapi';
import { noticeEmail } from '../notifications/email';
import { noticeUrlOf } from '../notifications/links';
import { NOTIFICATION } from '../../../shared/uids';
import { countedJob } from '../metrics';
import { reportAttachmentsOf } from '../reports/attachments';

const DEFAULT_RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000];
/** How many due e-mails one run of the retry job takes; the next minute takes the rest. */
const RETRY_BATCH = 200;
/**
 * How long a claimed attempt keeps other processes off the e-mail: longer than a send can take
 * (SMTP_TIMEOUT_MS per step), short enough that an attempt cut by a crash is retried soon.
 */
const SENDING_LEASE_MS = 2 * 60_000;
/** A first attempt not made this long after the commit was lost (a crash): the retry job makes it. */
const FIRST_ATTEMPT_GRACE_MS = 60_000;

function retryDelays(): number[] {
  const raw = process.env.EMAIL_RETRY_DELAYS_MS;
  if (!raw) return DEFAULT_RETRY_DELAYS_MS;
  const delays = raw.split(',').map((part) => Number(part.trim())).filter((n) => Number.isFinite(n) && n >= 0);
  return delays.length > 0 ? delays : DEFAULT_RETRY_DELAYS_MS;
}

interface PendingMail {
  id: number;
  emailTo: string;
  title: string;
  message: string;
  emailAttempts: number;
  itemDocumentId: string | null;
  action: string | null;
  createdAt: Date | string;
}

/**
 * The e-mail of the inbox's notifications, sent after the commit that wrote them. A mail server
 * that is down fails nothing: the attempt is logged and retried later (EMAIL_RETRY_DELAYS_MS), then
 * marked failed. Each attempt is claimed on the row first, so two processes send an e-mail once.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(NOTIFICATION);
  // Deliveries and retry timers in flight, so that shutting down waits for them instead of
  // leaving them to query a closed database.
  const inFlight = new Set<Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();

  async function send(mail: PendingMail): Promise<void> {
    // The link is built at sending time, so a retry after PUBLIC_URL changed gives the current address.
    const { subject, text, html } = noticeEmail({ ...mail, link: noticeUrlOf(strapi, mail) });
    // A periodic report's e-mail carries its files (reports/attachments.ts); any other has none.
    const attachments = await reportAttachmentsOf(strapi, mail.action);
    await strapi.plugin('email').service('email').send({ to: mail.emailTo, subject, text, html, ...(attachments.length > 0 ? { attachments } : {}) });
  }

  function retryLater(id: number, delay: number): void {
    const timer = setTimeout(() => {
      timers.delete(timer);
      outbox.deliverLater([id]);
    }, delay);
    timer.unref();
    timers.add(timer);
  }

  const outbox = {
    /** Sends the e-mail of these notifications, each once, whatever other process tries too. */
    async deliver(ids: number[]): Promise<void> {
      const delays = retryDelays();
      for (const id of ids) {
        const mail: PendingMail | null = await rows().findOne({ where: { id, emailStatus: 'pending' } });
        if (!mail) continue;
        const attempts = mail.emailAttempts + 1;
        // Claim this attempt, so that two processes retrying the same e-mail send it once: the
        // claim leases the row (next attempt pushed past the send), so a process reading it while
        // the send is under way does not claim it again.
        const now = new Date();
        const { count } = await rows().updateMany({
          where: { id, emailStatus: 'pending', emailAttempts: mail.emailAttempts, $or: [{ emailNextAttemptAt: null }, { emailNextAttemptAt: { $lte: now } }] },
          data: { emailAttempts: attempts, emailNextAttemptAt: new Date(now.getTime() + SENDING_LEASE_MS) },
        });
        if (count !== 1) continue;
        try {
          await send(mail);
          await rows().update({ where: { id }, data: { emailStatus: 'sent', emailError: null, emailNextAttemptAt: null } });
        } catch (error) {
          const message = (error as Error).message ?? String(error);
          const delay = delays[attempts - 1];
          const failed = delay === undefined;
          strapi.log.warn(
            `[editorial-workflow] e-mail to ${mail.emailTo} (notification ${id}) failed, attempt ${attempts}: ${message}` +
              (failed ? '; giving up' : `; retrying in ${delay} ms`)
          );
          await rows().update({
            where: { id },
            data: {
              emailStatus: failed ? 'failed' : 'pending',
              emailError: message.slice(0, 2000),
              emailNextAttemptAt: failed ? null : new Date(Date.now() + delay),
            },
          });
          if (!failed) retryLater(id, delay);
        }
      }
    },

    /** Starts delivery without waiting for it (after a commit); a failure is logged, never thrown. */
    deliverLater(ids: number[]): void {
      if (ids.length === 0) return;
      const delivery: Promise<void> = outbox
        .deliver(ids)
        .catch((error: Error) => {
          strapi.log.warn(`[editorial-workflow] e-mail delivery stopped: ${error.message}`);
        })
        .finally(() => inFlight.delete(delivery));
      inFlight.add(delivery);
    },

    /** Waits for deliveries in flight and drops pending retry timers (the cron job picks them up later). */
    async drain(): Promise<void> {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...inFlight]);
    },

    /** Retries e-mail whose time has come (after a restart, the timers above are gone). */
    async deliverDue(now = new Date()): Promise<void> {
      const due: Array<{ id: number }> = await rows().findMany({
        where: {
          emailStatus: 'pending',
          $or: [
            { emailNextAttemptAt: { $lte: now } },
            { emailNextAttemptAt: null, createdAt: { $lte: new Date(now.getTime() - FIRST_ATTEMPT_GRACE_MS) } },
          ],
        },
        select: ['id'],
        limit: RETRY_BATCH,
      });
      await countedJob('mail-retry', () => outbox.deliver(due.map((row) => row.id)));
    },
  };
  return outbox;
};
