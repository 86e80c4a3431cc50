import type { SnapshotEntry } from '../../../../shared/contracts/snapshots';
import { defaultComparison } from '../choice';

const entry = (id: number, action: SnapshotEntry['action'], published = false): SnapshotEntry => ({
  id,
  version: id + 1,
  action,
  fromState: 'draft',
  toState: 'in_review',
  hash: `v2:${id}`,
  actorName: 'Người thử',
  role: 'author',
  actedAt: new Date(2026, 11, id).toISOString(),
  publication: published ? { onlineFrom: new Date(2026, 11, id).toISOString(), onlineUntil: null, approvedByName: 'Trưởng phòng', approvedAt: null } : null,
});

describe('the comparison the side panel opens with', () => {
  it('has none without snapshots', () => {
    expect(defaultComparison([])).toBeNull();
  });

  it('compares the draft with the first snapshot before any approval: the head sees what changed since the author sent it', () => {
    expect(defaultComparison([entry(1, 'submit'), entry(2, 'forward')])).toEqual({ from: 1, to: 'draft' });
  });

  it('compares the draft with the last approved or published version once there is one', () => {
    expect(defaultComparison([entry(1, 'submit'), entry(2, 'forward'), entry(3, 'approve')])).toEqual({ from: 3, to: 'draft' });
    expect(defaultComparison([entry(1, 'submit'), entry(3, 'approve'), entry(4, 'publish', true), entry(5, 'edit')])).toEqual({ from: 4, to: 'draft' });
  });
});
