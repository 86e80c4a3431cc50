import type { Core } from '@strapi/strapi';
import type { DeliveryAction } from '../../../../shared/contracts/channels';
import type { PressSendingView } from '../../../../shared/contracts/press-contacts';
import { PRESS_SENDING } from '../../../../shared/uids';
import { displayName } from '../../utils/display-name';
import { isUniqueViolation } from '../../utils/unique-violation';

interface SendingRow {
  id: number;
  deliveryId: number;
  itemDocumentId: string;
  title: string;
  url: string | null;
  action: DeliveryAction;
  subject: string;
  recipientCount: number;
  recipients: string[] | string;
  sentAt: Date | string;
  actorId: number | null;
}

const listOf = (value: string[] | string): string[] => (typeof value === 'string' ? JSON.parse(value) : value) ?? [];

export interface NewSending {
  deliveryId: number;
  itemDocumentId: string;
  title: string;
  url: string | null;
  action: DeliveryAction;
  subject: string;
  recipients: string[];
  actorId: number | null;
}

/** The record of the e-mails sent to the press (issue 18 item 5: "the sending is recorded"). */
export function pressSendings(strapi: Core.Strapi) {
  const rows = () => strapi.db.query(PRESS_SENDING);
  return {
    /** The sending of this outbox row, when it was already made (a retry after a lost confirmation). */
    async ofDelivery(deliveryId: number): Promise<{ id: number } | null> {
      return (await rows().findOne({ select: ['id'], where: { deliveryId } })) as { id: number } | null;
    },

    /** The item's last e-mail that carried it (a publish or a correction): what a withdrawal names. */
    async lastOfItem(itemDocumentId: string): Promise<{ title: string; url: string | null } | null> {
      return (await rows().findOne({
        select: ['title', 'url'],
        where: { itemDocumentId, action: { $in: ['publish', 'correct'] } },
        orderBy: [{ id: 'desc' }],
      })) as { title: string; url: string | null } | null;
    },

    async record(sending: NewSending): Promise<{ id: number }> {
      try {
        const row = (await rows().create({
          data: { ...sending, recipientCount: sending.recipients.length, sentAt: new Date() },
          select: ['id'],
        })) as { id: number };
        return row;
      } catch (error) {
        // Two processes sent the same row at once (a lease expired mid-send): one record is enough.
        const existing = isUniqueViolation(error) ? await this.ofDelivery(sending.deliveryId) : null;
        if (!existing) throw error;
        return existing;
      }
    },

    /** Newest first, with who published, by name. */
    async list(page: number, pageSize: number): Promise<{ data: PressSendingView[]; total: number }> {
      const [found, total] = await Promise.all([
        rows().findMany({ orderBy: [{ sentAt: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }) as Promise<SendingRow[]>,
        rows().count({}),
      ]);
      const actorIds = [...new Set(found.map((row) => row.actorId).filter((id): id is number => typeof id === 'number'))];
      const users = actorIds.length
        ? ((await strapi.db.query('admin::user').findMany({ where: { id: { $in: actorIds } }, select: ['id', 'firstname', 'lastname', 'email'] })) as Array<{ id: number; firstname: string | null; lastname: string | null; email: string | null }>)
        : [];
      const names = new Map(users.map((user) => [user.id, displayName(user)]));
      return {
        total: Number(total),
        data: found.map((row) => ({
          id: row.id,
          itemDocumentId: row.itemDocumentId,
          title: row.title,
          action: row.action,
          subject: row.subject,
          recipientCount: row.recipientCount,
          recipients: listOf(row.recipients),
          sentAt: new Date(row.sentAt).toISOString(),
          actorName: row.actorId ? (names.get(row.actorId) ?? `#${row.actorId}`) : null,
        })),
      };
    },
  };
}
