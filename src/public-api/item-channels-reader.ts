import type { Core } from '@strapi/strapi';
import { CHOSEN_CHANNELS, type ChosenChannel, type PublicItemChannel } from '../plugins/editorial-workflow/shared/contracts/item-channels';
import { ITEM_CHANNEL } from '../plugins/editorial-workflow/shared/uids';

export type { PublicItemChannel };

/**
 * Where a published item is besides the website (issue 18 item 6), as the public sees it: the
 * channel, the fanpage post's address, and when the channel confirmed. Only named columns are read:
 * never who published it (actorId), the remote id, or anything of the outbox (attempts, errors).
 * A channel the item was retracted from is not listed; the generic webhook (another system of the
 * province) is an internal integration, not a public channel. The caller reads published items only.
 */
export async function publicItemChannels(strapi: Core.Strapi, documentId: string): Promise<PublicItemChannel[]> {
  const rows: Array<{ channel: string; lastAction: string; remoteUrl: string | null; deliveredAt: Date | string | null }> = await strapi.db
    .query(ITEM_CHANNEL)
    .findMany({
      where: { itemDocumentId: documentId, channel: { $in: [...CHOSEN_CHANNELS] }, lastAction: { $ne: 'retract' } },
      select: ['channel', 'lastAction', 'remoteUrl', 'deliveredAt'],
    });
  const order = (channel: string) => (CHOSEN_CHANNELS as readonly string[]).indexOf(channel);
  return rows
    .filter((row) => row.deliveredAt !== null && row.deliveredAt !== undefined)
    .sort((a, b) => order(a.channel) - order(b.channel))
    .map((row) => ({
      channel: row.channel as ChosenChannel,
      url: row.channel === 'fanpage' && isWebAddress(row.remoteUrl) ? row.remoteUrl : null,
      at: new Date(row.deliveredAt as Date | string).toISOString(),
    }));
}

/** Only an http(s) address reaches the website's page as a link. */
function isWebAddress(value: string | null): value is string {
  return typeof value === 'string' && /^https?:\/\//i.test(value);
}
