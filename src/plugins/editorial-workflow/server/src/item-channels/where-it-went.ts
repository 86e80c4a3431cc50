import type { Core } from '@strapi/strapi';
import { CHANNEL_LABELS, DELIVERY_CHANNELS, ITEM_CHANNEL_FIELDS, type DeliveryAction, type DeliveryChannel } from '../../../shared/contracts/channels';
import { CHOSEN_CHANNELS, ITEM_CHANNEL_STATUS_LABELS, type ChosenChannel, type ItemChannelLine, type ItemChannelStatus } from '../../../shared/contracts/item-channels';
import { displayName, type Named } from '../utils/display-name';
import { ADMIN_USER, ARTICLE, ITEM_CHANNEL } from '../../../shared/uids';

/** A row of ew_item_channels as the side panel reads it. */
interface ChannelRow {
  channel: DeliveryChannel;
  lastAction: DeliveryAction;
  remoteUrl: string | null;
  deliveredAt: string | Date | null;
  actorId: number | null;
}

const iso = (value: string | Date | null) => (value === null || value === undefined ? null : new Date(value).toISOString());

const statusOf = (row: ChannelRow | undefined): ItemChannelStatus => (!row ? 'not_sent' : row.lastAction === 'retract' ? 'retracted' : 'delivered');

const isChosen = (channel: DeliveryChannel): channel is ChosenChannel => (CHOSEN_CHANNELS as readonly string[]).includes(channel);

/**
 * Where an item went, for the workflow side panel (issue 18 item 6): each channel the item is marked
 * for, and each one it reached even if unmarked since, with the record the relay left when the
 * channel confirmed (ew_item_channels): for the fanpage the post's address, when and by whom; for
 * the portal and the press, when; "chưa gửi" when nothing was confirmed; "đã gỡ" after a retraction.
 * Two queries (the marks of the draft, the records) and one for the names of the people.
 */
export async function whereItWent(strapi: Core.Strapi, documentId: string): Promise<ItemChannelLine[]> {
  const [draft, rows]: [Record<string, unknown> | null, ChannelRow[]] = await Promise.all([
    strapi.db.query(ARTICLE).findOne({
      where: { documentId, publishedAt: { $null: true } },
      select: CHOSEN_CHANNELS.map((channel) => ITEM_CHANNEL_FIELDS[channel]),
    }),
    strapi.db.query(ITEM_CHANNEL).findMany({
      where: { itemDocumentId: documentId },
      select: ['channel', 'lastAction', 'remoteUrl', 'deliveredAt', 'actorId'],
    }),
  ]);
  const byChannel = new Map(rows.map((row) => [row.channel, row]));
  const marked = (channel: DeliveryChannel) => isChosen(channel) && draft?.[ITEM_CHANNEL_FIELDS[channel]] === true;
  const shown = DELIVERY_CHANNELS.filter((channel) => marked(channel) || byChannel.has(channel));

  const actorIds = [...new Set(rows.filter((row) => row.channel === 'fanpage' && row.actorId !== null).map((row) => row.actorId as number))];
  const people: Array<Named & { id: number }> = actorIds.length
    ? await strapi.db.query(ADMIN_USER).findMany({ where: { id: { $in: actorIds } }, select: ['id', 'firstname', 'lastname', 'email'] })
    : [];
  const names = new Map(people.map((person) => [person.id, displayName(person)]));

  return shown.map((channel) => {
    const row = byChannel.get(channel);
    const status = statusOf(row);
    const fanpage = channel === 'fanpage';
    return {
      channel,
      label: CHANNEL_LABELS[channel],
      marked: marked(channel),
      status,
      statusLabel: ITEM_CHANNEL_STATUS_LABELS[status],
      // A retracted post's address leads nowhere: not offered.
      url: fanpage && status === 'delivered' ? (row?.remoteUrl ?? null) : null,
      at: iso(row?.deliveredAt ?? null),
      by: fanpage && row?.actorId ? (names.get(row.actorId) ?? `#${row.actorId}`) : null,
    };
  });
}
