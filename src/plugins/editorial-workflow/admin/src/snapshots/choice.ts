import type { SnapshotEntry } from '../../../shared/contracts/snapshots';

/** A side of the comparison the panel offers: a snapshot's id, or the draft. */
export type Side = number | 'draft';

/**
 * What the panel compares first, against the draft as saved now: the last approved or published
 * version (what changed since someone signed it off); before any approval, the first snapshot (what
 * changed since the author sent it: the head sees the editor's corrections). No snapshot (an item
 * from before snapshots, or never sent): nothing to compare.
 */
export function defaultComparison(chain: SnapshotEntry[]): { from: number; to: Side } | null {
  if (chain.length === 0) return null;
  const signedOff = [...chain].reverse().find((entry) => entry.action === 'approve' || entry.publication);
  return { from: (signedOff ?? chain[0]).id, to: 'draft' };
}
