import type { Core } from '@strapi/strapi';
import type { DeliveryAction } from '../../../../shared/contracts/channels';
import type { PortalFeedEntry, PortalPayload } from '../../../../shared/contracts/channel-portal';
import { PORTAL_ENTRY } from '../../../../shared/uids';
import { isUniqueViolation } from '../../utils/unique-violation';
import { announcePublicChange } from '../../../../../../public-api';

interface EntryRow {
  id: number;
  itemDocumentId: string;
  action: DeliveryAction;
  payload: PortalPayload | string;
  at: Date | string;
}

const iso = (value: Date | string) => new Date(value).toISOString();
// SQLite hands a json column back as text in some paths; PostgreSQL as an object.
const payloadOf = (row: EntryRow): PortalPayload => (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload);

export interface NewPortalEntry {
  itemDocumentId: string;
  action: DeliveryAction;
  payload: PortalPayload;
  /** The outbox row delivered; null for demo data. */
  deliveryId: number | null;
  at?: Date;
}

/**
 * Writes one feed entry, once per outbox row: a row delivered again (the relay retries a row whose
 * confirmation was lost) finds the entry it wrote, even when two processes race on it (the unique
 * deliveryId). The public caches are dropped, so the feeds show it at once.
 */
export async function recordPortalEntry(strapi: Core.Strapi, entry: NewPortalEntry): Promise<{ id: number; created: boolean }> {
  const rows = strapi.db.query(PORTAL_ENTRY);
  const existing = async () => (entry.deliveryId === null ? null : ((await rows.findOne({ select: ['id'], where: { deliveryId: entry.deliveryId } })) as { id: number } | null));
  const found = await existing();
  if (found) return { id: found.id, created: false };
  let id: number;
  try {
    const row = (await rows.create({
      data: { itemDocumentId: entry.itemDocumentId, action: entry.action, payload: entry.payload, at: entry.at ?? new Date(), deliveryId: entry.deliveryId },
    })) as { id: number };
    id = row.id;
  } catch (error) {
    const raced = isUniqueViolation(error) ? await existing() : null;
    if (!raced) throw error;
    return { id: raced.id, created: false };
  }
  await announcePublicChange(strapi);
  return { id, created: true };
}

/** The item's last entry with content (a publish or a correction), for a removal to name it. */
export async function lastPayloadOf(strapi: Core.Strapi, itemDocumentId: string): Promise<PortalPayload | null> {
  const row = (await strapi.db.query(PORTAL_ENTRY).findOne({
    where: { itemDocumentId, action: { $in: ['publish', 'correct'] } },
    orderBy: [{ id: 'desc' }],
  })) as EntryRow | null;
  return row ? payloadOf(row) : null;
}

/**
 * A page of the feed, newest first, and the total. Each entry says whether its item is still on the
 * portal (its last entry is not a removal): the renderers drop the content of a removed item's
 * earlier entries, so the feed does not keep public what was taken down.
 */
export async function readPortalFeed(strapi: Core.Strapi, page: number, pageSize: number): Promise<{ entries: PortalFeedEntry[]; total: number }> {
  const rows = strapi.db.query(PORTAL_ENTRY);
  const [found, total] = await Promise.all([
    rows.findMany({ orderBy: [{ at: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }) as Promise<EntryRow[]>,
    rows.count({}),
  ]);
  const documentIds = [...new Set(found.map((row) => row.itemDocumentId))];
  const latest = new Map<string, { id: number; at: number; action: DeliveryAction }>();
  if (documentIds.length > 0) {
    const all = (await rows.findMany({ select: ['id', 'itemDocumentId', 'action', 'at'], where: { itemDocumentId: { $in: documentIds } } })) as EntryRow[];
    for (const row of all) {
      const at = new Date(row.at).getTime();
      const seen = latest.get(row.itemDocumentId);
      if (!seen || at > seen.at || (at === seen.at && row.id > seen.id)) latest.set(row.itemDocumentId, { id: row.id, at, action: row.action });
    }
  }
  return {
    total: Number(total),
    entries: found.map((row) => ({
      id: row.id,
      action: row.action,
      at: iso(row.at),
      payload: payloadOf(row),
      current: latest.get(row.itemDocumentId)?.action !== 'retract',
    })),
  };
}
