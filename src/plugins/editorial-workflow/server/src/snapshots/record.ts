import type { Core } from '@strapi/strapi';
import type { HistoryRecord } from '../services/item-state';
import { ITEM_SNAPSHOT, TRANSITION } from '../../../shared/uids';
import { asSnapshotWriter } from './guard';
import { HASH_VERSION } from '../services/item-content';

/** A history entry as written, with its time. */
export type SnapshotSource = HistoryRecord & { at: Date };

/** Whether the step put the item online (a publication now, not one scheduled for later). */
export const isPublication = (entry: Pick<HistoryRecord, 'action'> & { to: { state: string } }): boolean =>
  entry.action === 'publish' && entry.to.state === 'published';

/**
 * Writes the snapshot of one transition, in the transition's own transaction (the caller's): one
 * INSERT, and for a publication one indexed read of the approval of the same content, so the
 * archive names who approved what went online. The content is the draft the transition loaded
 * anyway (`item.content`): no extra read of the item.
 */
export async function recordSnapshot(strapi: Core.Strapi, entry: SnapshotSource): Promise<void> {
  const publication = isPublication(entry);
  const approval = publication ? await approvalOf(strapi, entry.item.documentId, entry.item.hash) : null;
  const row = {
    itemDocumentId: entry.item.documentId,
    version: entry.to.version,
    action: entry.action,
    fromState: entry.from,
    toState: entry.to.state,
    role: entry.role,
    actorId: entry.actor.id || null,
    actorName: entry.actor.name,
    actedAt: entry.at,
    hash: entry.item.hash,
    content: entry.item.content,
    onlineFrom: publication ? entry.at : null,
    approvedById: approval?.actorId ?? null,
    approvedByName: approval?.actorName ?? null,
    approvedAt: approval?.createdAt ?? null,
    createdAt: entry.at,
  };
  // createMany: one INSERT, without create()'s read-back of a row nobody uses (as the history).
  await asSnapshotWriter(() => strapi.db.query(ITEM_SNAPSHOT).createMany({ data: [row] }));
}

/**
 * The last approval of this very content (its hash): the one the publication rests on. An approval
 * recorded under an earlier version of the hash was upgraded at start-up (upgradeApprovedHashes:
 * only when the content still matched it), so its history row keeps the old value: then the last
 * approval under an old version is the one.
 */
async function approvalOf(strapi: Core.Strapi, documentId: string, hash: string) {
  const last = async (contentHash: object) => {
    const rows: Array<{ actorId: number | null; actorName: string | null; createdAt: Date | string }> = await strapi.db.query(TRANSITION).findMany({
      where: { itemDocumentId: documentId, action: 'approve', contentHash },
      select: ['actorId', 'actorName', 'createdAt'],
      orderBy: [{ id: 'desc' }],
      limit: 1,
    });
    return rows[0] ?? null;
  };
  return (await last({ $eq: hash })) ?? (await last({ $notNull: true, $not: { $startsWith: HASH_VERSION } }));
}
