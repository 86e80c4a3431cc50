import type { Core } from '@strapi/strapi';
import { STATE_LABELS, type WorkflowAction } from '../../../shared/state-machine';
import type { Actor, ItemStateRow } from './workflow';
import type { ItemDraft } from './item-content';
import { escapeHtml } from '../utils/escape-html';
import { NOTIFICATION } from '../../../shared/uids';

interface TransitionFacts {
  item: ItemDraft;
  record: ItemStateRow;
  action: WorkflowAction | 'schedule';
  actor: Actor;
  comment?: string;
}

interface Message {
  title: string;
  /** Plain text; the HTML version is built from it with every value escaped. */
  lines: string[];
}

const DEFAULT_RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000];

function retryDelays(): number[] {
  const raw = process.env.EMAIL_RETRY_DELAYS_MS;
  if (!raw) return DEFAULT_RETRY_DELAYS_MS;
  const delays = raw.split(',').map((part) => Number(part.trim())).filter((n) => Number.isFinite(n) && n >= 0);
  return delays.length > 0 ? delays : DEFAULT_RETRY_DELAYS_MS;
}

/** What the next person must know, in Vietnamese. */
function messageFor({ item, record, action, actor, comment }: TransitionFacts): Message {
  const title = `“${item.title}”`;
  const by = `Người thực hiện: ${actor.name}.`;
  switch (action) {
    case 'submit':
    case 'reroute':
      return { title: `Tin bài mới cần biên tập: ${title}`, lines: [`Tin bài ${title} của ${item.unitName ?? 'đơn vị'} đã được gửi đến phòng của bạn để biên tập.`, by] };
    case 'forward':
      return { title: `Tin bài chờ Trưởng phòng duyệt: ${title}`, lines: [`Tin bài ${title} đã được biên tập và chuyển đến bạn để duyệt.`, by] };
    case 'approve':
      return { title: `Tin bài đã duyệt, chờ đăng tải: ${title}`, lines: [`Tin bài ${title} đã được Trưởng phòng duyệt và chờ đăng tải.`, by] };
    case 'return':
      return { title: `Tin bài bị trả lại: ${title}`, lines: [`Tin bài ${title} đã được trả lại để chỉnh sửa.`, `Lý do: ${comment ?? ''}`, by] };
    case 'unpublish':
      return { title: `Tin bài đã bị gỡ: ${title}`, lines: [`Tin bài ${title} đã được gỡ khỏi trang thông tin điện tử.`, `Lý do: ${comment ?? ''}`, by] };
    case 'schedule':
      return { title: `Tin bài được hẹn giờ đăng: ${title}`, lines: [`Tin bài ${title} sẽ được đăng lúc ${record.scheduledAt ? new Date(record.scheduledAt).toISOString() : ''}.`, by] };
    default:
      return { title: `Tin bài đã được đăng: ${title}`, lines: [`Tin bài ${title} đã được đăng trên trang thông tin điện tử (${STATE_LABELS[record.state]}).`, by] };
  }
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const membership = () => strapi.plugin('editorial-workflow').service('membership');
  const rows = () => strapi.db.query(NOTIFICATION);
  // Deliveries and retry timers in flight, so that shutting down waits for them instead of
  // leaving them to query a closed database.
  const inFlight = new Set<Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();

  /** Whoever must act next, or the author who must know: never the actor themself. */
  async function recipientsOf({ item, record, action, actor }: TransitionFacts): Promise<number[]> {
    let ids: number[] = [];
    const author = record.submittedById ?? item.createdById;
    if ((action === 'submit' || action === 'reroute') && record.departmentId) ids = await membership().userIdsWithRole('editor', record.departmentId);
    else if (action === 'forward' && record.departmentId) ids = await membership().userIdsWithRole('head', record.departmentId);
    else if (action === 'approve') ids = await membership().userIdsWithRole('publisher');
    else if (author) ids = [author];
    return ids.filter((id) => id !== actor.id);
  }

  async function send(notification: { id: number; emailTo: string; title: string; message: string; emailAttempts: number }) {
    const lines = notification.message.split('\n');
    await strapi.plugin('email').service('email').send({
      to: notification.emailTo,
      subject: notification.title,
      text: `${lines.join('\n')}\n\n— Tòa soạn Sở GDĐT`,
      html: `${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}<p>— Tòa soạn Sở GDĐT</p>`,
    });
  }

  return {
    /** Writes the notifications of a transition (in its transaction); returns their ids, for deliver(). */
    async afterTransition(facts: TransitionFacts): Promise<number[]> {
      const recipients = await recipientsOf(facts);
      if (recipients.length === 0) return [];
      const { title, lines } = messageFor(facts);
      const users: Array<{ id: number; email: string | null; isActive: boolean }> = await strapi.db
        .query('admin::user')
        .findMany({ where: { id: { $in: recipients } }, select: ['id', 'email', 'isActive'] });
      const active = users.filter((u) => u.isActive);
      if (active.length === 0) return [];
      // One INSERT for every recipient, without create()'s read-back of each row.
      const { ids } = await rows().createMany({
        data: active.map((user) => ({
          userId: user.id,
          itemDocumentId: facts.item.documentId,
          action: facts.action,
          title,
          message: lines.join('\n'),
          emailTo: user.email,
          emailStatus: user.email ? 'pending' : 'none',
          emailAttempts: 0,
        })),
      });
      // RETURNING gives no order to match ids to users; deliver() sends only the rows still pending,
      // so those of users without e-mail ('none') are skipped there.
      return (ids as number[]).filter((id) => typeof id === 'number');
    },

    /**
     * Writes one notification to each of these people (in the caller's transaction) and returns
     * their ids, for deliverLater() after the commit: the channel of notices that no transition
     * causes (the quota reminders). `lines` are plain text; the e-mail escapes them.
     */
    async notifyUsers(userIds: number[], notice: { action: string; title: string; lines: string[] }): Promise<number[]> {
      if (userIds.length === 0) return [];
      const users: Array<{ id: number; email: string | null; isActive: boolean }> = await strapi.db
        .query('admin::user')
        .findMany({ where: { id: { $in: userIds } }, select: ['id', 'email', 'isActive'] });
      const active = users.filter((u) => u.isActive);
      if (active.length === 0) return [];
      const { ids } = await rows().createMany({
        data: active.map((user) => ({
          userId: user.id,
          itemDocumentId: null,
          action: notice.action,
          title: notice.title,
          message: notice.lines.join('\n'),
          emailTo: user.email,
          emailStatus: user.email ? 'pending' : 'none',
          emailAttempts: 0,
        })),
      });
      return (ids as number[]).filter((id) => typeof id === 'number');
    },

    /**
     * Sends the e-mail of these notifications. A mail server that is down fails nothing: the
     * attempt is logged and retried later (EMAIL_RETRY_DELAYS_MS), then marked failed.
     */
    async deliver(ids: number[]): Promise<void> {
      const delays = retryDelays();
      for (const id of ids) {
        const notification = await rows().findOne({ where: { id, emailStatus: 'pending' } });
        if (!notification) continue;
        const attempts = notification.emailAttempts + 1;
        // Claim this attempt, so that two processes retrying the same e-mail send it once.
        const { count } = await rows().updateMany({
          where: { id, emailStatus: 'pending', emailAttempts: notification.emailAttempts },
          data: { emailAttempts: attempts },
        });
        if (count !== 1) continue;
        try {
          await send(notification);
          await rows().update({ where: { id }, data: { emailStatus: 'sent', emailError: null, emailNextAttemptAt: null } });
        } catch (error) {
          const message = (error as Error).message ?? String(error);
          const delay = delays[attempts - 1];
          const failed = delay === undefined;
          strapi.log.warn(
            `[editorial-workflow] e-mail to ${notification.emailTo} (notification ${id}) failed, attempt ${attempts}: ${message}` +
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
          if (!failed) {
            const timer = setTimeout(() => {
              timers.delete(timer);
              this.deliverLater([id]);
            }, delay);
            timer.unref();
            timers.add(timer);
          }
        }
      }
    },

    /** Starts delivery without waiting for it (after a commit); a failure is logged, never thrown. */
    deliverLater(ids: number[]): void {
      if (ids.length === 0) return;
      const delivery: Promise<void> = this.deliver(ids)
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
        where: { emailStatus: 'pending', emailNextAttemptAt: { $lte: now } },
        select: ['id'],
        limit: 200,
      });
      await this.deliver(due.map((row) => row.id));
    },

    async listFor(userId: number, { page, pageSize, unread }: { page: number; pageSize: number; unread: boolean }) {
      const where = { userId, ...(unread ? { readAt: null } : {}) };
      const [results, total, unreadCount] = await Promise.all([
        rows().findMany({
          where,
          orderBy: [{ id: 'desc' }],
          offset: (page - 1) * pageSize,
          limit: pageSize,
          select: ['id', 'itemDocumentId', 'action', 'title', 'message', 'readAt', 'createdAt'],
        }),
        rows().count({ where }),
        rows().count({ where: { userId, readAt: null } }),
      ]);
      return { results, pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) }, unread: unreadCount };
    },

    /** Marks the caller's notifications read; others' are left alone (and not revealed). */
    async markRead(userId: number, ids: number[] | 'all'): Promise<number> {
      const where = { userId, readAt: null, ...(ids === 'all' ? {} : { id: { $in: ids } }) };
      const { count } = await rows().updateMany({ where, data: { readAt: new Date() } });
      return count;
    },
  };
};

