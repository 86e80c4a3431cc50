import type { Core } from '@strapi/strapi';
import type { DiffSide, SnapshotDiff, SnapshotEntry } from '../../../shared/contracts/snapshots';
import type { ItemDraft } from '../services/item-content';
import { snapshotChain, snapshotOf, type SnapshotRow } from './chain';
import { fieldChanges } from './diff';
import { namesFor, parseContent } from './readable';

/** What the diff compares a snapshot with: another snapshot, or the current draft. */
export type DiffTarget = { snapshotId: number } | { draft: ItemDraft };

const sideOf = (row: SnapshotRow): DiffSide => ({ snapshotId: row.id, hash: row.hash, action: row.action, actedAt: new Date(row.actedAt).toISOString() });

/** The read side of the snapshots: an item's chain, and the changes between two of its versions. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  list(documentId: string): Promise<SnapshotEntry[]> {
    return snapshotChain(strapi, documentId);
  },

  /** The fields that changed from snapshot `fromId` to `to` (both of this item, else a 404). */
  async diff(documentId: string, fromId: number, to: DiffTarget): Promise<SnapshotDiff> {
    const from = await snapshotOf(strapi, documentId, fromId);
    const [toSide, toContent] =
      'draft' in to
        ? [{ snapshotId: null, hash: to.draft.hash, action: null, actedAt: null } as DiffSide, to.draft.content]
        : await snapshotOf(strapi, documentId, to.snapshotId).then((row) => [sideOf(row), row.content ?? ''] as const);
    const before = parseContent(from.content ?? '');
    const after = parseContent(toContent);
    const same = from.hash === toSide.hash;
    return {
      from: sideOf(from),
      to: toSide,
      same,
      changes: same ? [] : fieldChanges(before, after, await namesFor(strapi, [before, after])),
    };
  },
});
