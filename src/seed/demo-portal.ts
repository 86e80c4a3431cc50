import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { ARTICLE, CORRECTION, ITEM_STATE, PORTAL_ENTRY } from '../plugins/editorial-workflow/shared/uids';
import type { ChannelItem } from '../plugins/editorial-workflow/shared/contracts/channels';
import { recordPortalEntry } from '../plugins/editorial-workflow/server/src/channels/portal/entries';
import { portalPayloadOf } from '../plugins/editorial-workflow/server/src/channels/portal/payload';
import { blocksToText } from '../public-api/blocks-html';
import { readPublicApiConfig } from '../public-api/config';
import { articleUrl } from '../public-api/feed';

/** How many published demo items go to the provincial portal. */
const PORTAL_ITEMS = 3;

/**
 * The provincial portal's feed at first start (issue 18 item 4): a few published demo items marked
 * for the portal, each with its feed entry as the relay writes it (a publish, and a correction for
 * the one the demo corrected), so /api/portal/feed.rss and /api/portal/feed.json show something.
 * Once: a second seeding finds the entries.
 */
export async function ensureDemoPortal(strapi: Core.Strapi, now: Date): Promise<SeedTally> {
  const existing = Number(await strapi.db.query(PORTAL_ENTRY).count({}));
  if (existing > 0) return { created: 0, kept: existing };
  const site = readPublicApiConfig(strapi).site;
  const states = (await strapi.db.query(ITEM_STATE).findMany({
    where: { state: 'published' },
    orderBy: [{ id: 'asc' }],
    select: ['itemDocumentId'],
    limit: PORTAL_ITEMS,
  })) as Array<{ itemDocumentId: string }>;
  let created = 0;
  for (const [i, { itemDocumentId }] of states.entries()) {
    // Marked for the portal on both rows (draft and published), as the item's channels would be when drafted.
    await strapi.db.query(ARTICLE).updateMany({ where: { documentId: itemDocumentId }, data: { channelPortal: true } });
    const row = await strapi.documents(ARTICLE).findOne({ documentId: itemDocumentId, status: 'published', populate: { unit: { fields: ['name'] } } });
    if (!row) continue;
    const item: ChannelItem = {
      documentId: itemDocumentId,
      title: row.title as string,
      slug: row.slug as string,
      summary: (row.summary as string | null) ?? null,
      text: blocksToText(row.body),
      url: articleUrl(site, row.slug as string),
      coverUrl: null,
      photoUrls: [],
      unitName: (row.unit as { name?: string } | null)?.name ?? null,
      publishedAt: new Date(row.publishedAt as string).toISOString(),
    };
    // Spread over the last hours, oldest first, so the feed reads in the order they went out.
    const at = new Date(now.getTime() - (PORTAL_ITEMS - i) * 60 * 60_000);
    await recordPortalEntry(strapi, { itemDocumentId, action: 'publish', payload: portalPayloadOf(item), deliveryId: null, at });
    created += 1;
    const correction = (await strapi.db.query(CORRECTION).findOne({ where: { itemDocumentId, madePublicAt: { $notNull: true } }, select: ['note'] })) as { note: string } | null;
    if (correction) {
      await recordPortalEntry(strapi, {
        itemDocumentId,
        action: 'correct',
        payload: portalPayloadOf({ ...item, correctionNote: correction.note }),
        deliveryId: null,
        at: new Date(at.getTime() + 30 * 60_000),
      });
      created += 1;
    }
  }
  return { created, kept: 0 };
}
