import type { Core } from '@strapi/strapi';
import type { Notification, NotificationPage, NotificationQuery } from '../../../shared/contracts/notifications';
import { noticeOf, type Notice, type TransitionFacts } from '../notifications/transition-notice';
import { getService } from '../get-service';
import { laneOf } from '../../../shared/state-machine';
import { ADMIN_USER, NOTIFICATION } from '../../../shared/uids';
import { digestChoosers } from '../email-digest/preference';
import { DIGEST_ACTION } from '../email-digest/digest-notice';

/**
 * Notices whose e-mail leaves at once whatever the person chose: an invitation, the digest itself, a
 * periodic report (its files are attached), and an incident's alarm and overdue escalation (concerns/:
 * a crisis cannot wait for tomorrow's digest).
 */
const DIGEST_EXEMPT = new Set(['invitation', DIGEST_ACTION, 'concern-alarm', 'concern-overdue']);
const exemptFromDigest = (action: string) => DIGEST_EXEMPT.has(action) || action.startsWith('periodic-report:');

/**
 * The in-admin inbox: one notification row per person told, written in the caller's transaction.
 * Each row also carries its e-mail's state, which the mail outbox (services/mail-outbox.ts) sends
 * after the commit; the ids returned here are what it takes.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(NOTIFICATION);

  /** Whoever must act next, or the author who must know: never the actor themself. */
  async function recipientsOf({ item, record, action, actor }: TransitionFacts): Promise<number[]> {
    const membership = getService(strapi, 'membership');
    let ids: number[] = [];
    const author = record.submittedById ?? item.createdById;
    // The official response goes from the Office straight to the leadership (shared/state-machine.ts RESPONSE_TRANSITIONS).
    if (action === 'submit' && laneOf(item.kind, record.firstSubmittedKind) === 'official-response') ids = await membership.leadershipUserIds();
    else if ((action === 'submit' || action === 'reroute') && record.departmentId) ids = await membership.userIdsWithRole('editor', record.departmentId);
    else if (action === 'forward' && record.departmentId) ids = await membership.userIdsWithRole('head', record.departmentId);
    else if (action === 'approve') ids = await membership.userIdsWithRole('publisher');
    else if (author) ids = [author];
    return ids.filter((id) => id !== actor.id);
  }

  /** One row for each active person (one INSERT), with their e-mail pending when they have an address. */
  async function write(userIds: number[], notice: Notice, itemDocumentId: string | null): Promise<number[]> {
    if (userIds.length === 0) return [];
    const users: Array<{ id: number; email: string | null; isActive: boolean }> = await strapi.db
      .query(ADMIN_USER)
      .findMany({ where: { id: { $in: userIds } }, select: ['id', 'email', 'isActive'] });
    const active = users.filter((user) => user.isActive);
    if (active.length === 0) return [];
    // Those who chose one digest a day get this one in it (email-digest/); an invitation cannot wait.
    const digest = exemptFromDigest(notice.action) ? new Set<number>() : await digestChoosers(strapi, active.map((user) => user.id));
    const { ids } = await rows().createMany({
      data: active.map((user) => ({
        userId: user.id,
        itemDocumentId,
        action: notice.action,
        title: notice.title,
        message: notice.lines.join('\n'),
        emailTo: user.email,
        emailStatus: !user.email ? 'none' : digest.has(user.id) ? 'digest' : 'pending',
        emailAttempts: 0,
      })),
    });
    // RETURNING gives no order to match ids to users; the outbox sends only the rows still pending,
    // so those of users without e-mail ('none') are skipped there.
    return (ids as number[]).filter((id) => typeof id === 'number');
  }

  return {
    /** Writes the notifications of a transition (in its transaction); returns their ids, for the outbox. */
    async afterTransition(facts: TransitionFacts): Promise<number[]> {
      return write(await recipientsOf(facts), noticeOf(facts), facts.item.documentId);
    },

    /**
     * Writes one notification to each of these people (in the caller's transaction) and returns
     * their ids, for the outbox after the commit: the channel of notices that no transition
     * causes (the quota reminders, a comment's mentions: these name their item, for the link).
     */
    async notifyUsers(userIds: number[], notice: Notice, itemDocumentId: string | null = null): Promise<number[]> {
      return write(userIds, notice, itemDocumentId);
    },

    async listFor(userId: number, { page, pageSize, unread }: NotificationQuery): Promise<NotificationPage> {
      const where = { userId, ...(unread ? { readAt: null } : {}) };
      const [results, total, unreadCount] = await Promise.all([
        rows().findMany({
          where,
          orderBy: [{ id: 'desc' }],
          offset: (page - 1) * pageSize,
          limit: pageSize,
          select: ['id', 'itemDocumentId', 'action', 'title', 'message', 'readAt', 'createdAt'],
        }) as Promise<Notification[]>,
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
