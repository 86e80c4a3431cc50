import type { Core } from '@strapi/strapi';
import type { ItemDraft } from '../services/item-content';
import type { ItemStateRow } from '../services/item-state';
import { withPublicationPass } from '../utils/publication-pass';
import { conflict } from './conflict';
import { CHANGED_SINCE_APPROVAL } from './wording';
import { ARTICLE } from '../../../shared/uids';
import { publishCorrections } from '../corrections/records';
import { writeDeliveries } from '../channels/writer';

/**
 * Publishes the approved content, provided it is still the content the head approved, and with it
 * the corrections its round was started for (their notes become public at this moment).
 */
export async function publishApproved(strapi: Core.Strapi, item: ItemDraft, record: ItemStateRow, now = new Date()): Promise<void> {
  if (item.hash !== record.approvedHash) throw conflict(record, CHANGED_SINCE_APPROVAL);
  // The pass carries the draft just checked: the rules inside the publish read its files from it.
  await withPublicationPass(item.documentId, 'publish', () => strapi.documents(ARTICLE).publish({ documentId: item.documentId }), item);
  await publishCorrections(strapi, item.documentId, now);
  // The channels the item goes to beyond the website: their outbox rows, in this transaction (channels/writer.ts).
  await writeDeliveries(strapi, { event: 'publish', documentId: item.documentId, now });
}

/** Takes the published version offline; the draft stays. */
export async function unpublishLive(strapi: Core.Strapi, item: ItemDraft, now = new Date()): Promise<void> {
  await withPublicationPass(item.documentId, 'unpublish', () => strapi.documents(ARTICLE).unpublish({ documentId: item.documentId }));
  // The channels it was delivered to take it down too (channels/writer.ts), in this transaction.
  await writeDeliveries(strapi, { event: 'unpublish', documentId: item.documentId, now });
}
