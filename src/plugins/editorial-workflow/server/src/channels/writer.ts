import type { Core } from '@strapi/strapi';
import { DELIVERY_CHANNELS, type DeliveryAction, type DeliveryChannel } from '../../../shared/contracts/channels';
import { ARTICLE, CHANNEL_DELIVERY } from '../../../shared/uids';
import { getService } from '../get-service';
import type { ItemChannelChoice } from './adapter';
import { adapterOf } from './registry';
import { channelsOn } from './standing';
import { deliveriesMuted } from './muted';

/**
 * What happened to the item on the website, as the outbox's writer is told: it went online (a
 * publication, by hand or by the scheduler), came offline, or its corrections became public.
 */
export type ChannelEvent =
  | { event: 'publish'; documentId: string; now: Date }
  | { event: 'unpublish'; documentId: string; now: Date }
  | { event: 'correct'; documentId: string; now: Date; correctionId: number };

/**
 * Writes the outbox rows of one event, in the caller's transaction (the publish's, the unpublish's):
 * a publication that fails writes none, and a row written is delivered whatever happens to this
 * process after the commit. After the commit the relay is kicked; its cron takes whatever a kick missed.
 *
 * - publish: a `publish` row for each channel whose adapter selects the item and that it is not on
 *   already (a republication after a correction round carries the correction instead);
 * - unpublish: a `retract` row for each channel it is on or has a publish waiting for;
 * - correct: a `correct` row for each channel it is on.
 */
export async function writeDeliveries(strapi: Core.Strapi, change: ChannelEvent): Promise<number[]> {
  if (deliveriesMuted()) return [];
  return strapi.db.transaction(async ({ onCommit }) => {
    const on = await channelsOn(strapi, change.documentId);
    let targets: Array<{ channel: DeliveryChannel; action: DeliveryAction }>;
    if (change.event === 'publish') {
      const choice = await choiceOf(strapi, change.documentId);
      targets = DELIVERY_CHANNELS.filter((channel) => !on.has(channel) && adapterOf(channel).selects(choice)).map((channel) => ({ channel, action: 'publish' }));
    } else {
      const action: DeliveryAction = change.event === 'unpublish' ? 'retract' : 'correct';
      targets = DELIVERY_CHANNELS.filter((channel) => on.has(channel)).map((channel) => ({ channel, action }));
    }
    if (targets.length === 0) return [];
    const actorId = requestActorId(strapi);
    const correctionId = change.event === 'correct' ? change.correctionId : null;
    const ids: number[] = [];
    for (const { channel, action } of targets) {
      const row = await strapi.db.query(CHANNEL_DELIVERY).create({
        data: { itemDocumentId: change.documentId, channel, action, status: 'pending', attempts: 0, nextAttemptAt: null, actorId, correctionId, createdAt: change.now },
        select: ['id'],
      });
      ids.push(row.id);
    }
    onCommit(() => getService(strapi, 'channel-relay').deliverLater());
    return ids;
  });
}

/** The item's channel choice as the draft being published holds it, with its unit's kind. */
async function choiceOf(strapi: Core.Strapi, documentId: string): Promise<ItemChannelChoice> {
  const row = await strapi.db.query(ARTICLE).findOne({
    where: { documentId, publishedAt: null },
    select: ['channelFanpage', 'channelPortal', 'channelPress'],
    populate: { unit: { select: ['kind'] } },
  });
  return {
    channelFanpage: row?.channelFanpage ?? null,
    channelPortal: row?.channelPortal ?? null,
    channelPress: row?.channelPress ?? null,
    unitKind: (row?.unit as { kind?: string } | null | undefined)?.kind ?? null,
  };
}

/**
 * The admin user whose request this is (the publisher's click); null for the scheduler, which runs
 * outside any request. Read from the request so the workflow's functions need no new parameter.
 */
function requestActorId(strapi: Core.Strapi): number | null {
  const state = strapi.requestContext.get()?.state as { user?: { id?: unknown }; auth?: { strategy?: { name?: string } } } | undefined;
  if (state?.auth?.strategy?.name !== 'admin') return null;
  return typeof state.user?.id === 'number' ? state.user.id : null;
}
