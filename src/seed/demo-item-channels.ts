import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { CHOSEN_CHANNELS, type ChosenChannel } from '../plugins/editorial-workflow/shared/contracts/item-channels';
import { ITEM_CHANNEL_FIELDS } from '../plugins/editorial-workflow/shared/contracts/channels';
import { ARTICLE, ITEM_CHANNEL, ITEM_STATE } from '../plugins/editorial-workflow/shared/uids';

/** The demo publisher (src/seed/data/demo.ts): who posted on the fanpage. */
const PUBLISHER_EMAIL = 'publisher@demo.local';

/** How long after the website each channel confirmed, in minutes: the relay's delay, the press's mail. */
const DELAY_MINUTES: Record<ChosenChannel, number> = { fanpage: 2, portal: 15, press: 5 };

/**
 * Where the demo's published items went (issue 18), so that a newcomer sees the side panel's
 * "Kênh đăng tải", the queue's badges and the statistics by channel at first start: for each
 * published item marked for the fanpage, the portal or the press, the record a confirmed delivery
 * leaves (ew_item_channels), a little after its publication; one marked item is left without a
 * record ("chưa gửi"), and one unpublished item that was on the fanpage shows its post taken down.
 * The demo posts no real fanpage post: its address is the page's made-up one. Once: a second
 * seeding finds the records.
 */
export async function ensureDemoItemChannels(strapi: Core.Strapi): Promise<SeedTally> {
  const existing = await strapi.db.query(ITEM_CHANNEL).count();
  if (existing > 0) return { created: 0, kept: existing };
  const publisher: { id: number } | null = await strapi.db.query('admin::user').findOne({ where: { email: PUBLISHER_EMAIL }, select: ['id'] });
  const states: Array<{ itemDocumentId: string; state: string; lastPublishedAt: string | Date | null }> = await strapi.db.query(ITEM_STATE).findMany({
    where: { state: { $in: ['published', 'unpublished'] }, lastPublishedAt: { $notNull: true } },
    select: ['itemDocumentId', 'state', 'lastPublishedAt'],
    orderBy: [{ id: 'asc' }],
  });
  if (states.length === 0) return { created: 0, kept: 0 };
  const drafts: Array<Record<string, unknown> & { documentId: string }> = await strapi.db.query(ARTICLE).findMany({
    where: { documentId: { $in: states.map((state) => state.itemDocumentId) }, publishedAt: null },
    select: ['documentId', ...CHOSEN_CHANNELS.map((channel) => ITEM_CHANNEL_FIELDS[channel])],
  });
  const marksOf = new Map(drafts.map((row) => [row.documentId, CHOSEN_CHANNELS.filter((channel) => row[ITEM_CHANNEL_FIELDS[channel]] === true)]));

  let created = 0;
  let leftUnsent = false;
  let retracted = false;
  for (const { itemDocumentId, state, lastPublishedAt } of states) {
    const marks = marksOf.get(itemDocumentId) ?? [];
    if (marks.length === 0) continue;
    if (state === 'published' && !leftUnsent) {
      // The newest story of the demo: still waiting for its channels.
      leftUnsent = true;
      continue;
    }
    if (state === 'unpublished' && (retracted || !marks.includes('fanpage'))) continue;
    const published = new Date(lastPublishedAt as string | Date).getTime();
    for (const channel of state === 'unpublished' ? (['fanpage'] as ChosenChannel[]) : marks) {
      const fanpage = channel === 'fanpage';
      const postId = `100000000000001_${String(1000 + created)}`;
      await strapi.db.query(ITEM_CHANNEL).create({
        data: {
          itemDocumentId,
          channel,
          itemChannelKey: `${itemDocumentId}:${channel}`,
          lastAction: state === 'unpublished' ? 'retract' : 'publish',
          remoteId: fanpage ? postId : null,
          remoteUrl: fanpage ? `https://www.facebook.com/${postId.replace('_', '/posts/')}` : null,
          deliveredAt: new Date(published + DELAY_MINUTES[channel] * 60_000 + (state === 'unpublished' ? 3 * 86_400_000 : 0)),
          actorId: publisher?.id ?? null,
        },
      });
      created += 1;
    }
    if (state === 'unpublished') retracted = true;
  }
  return { created, kept: 0 };
}
