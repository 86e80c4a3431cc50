import { bulkActionOf, BULK_ACTIONS, BULK_TAB } from '../../../../shared/contracts/bulk';
import { TRANSITIONS } from '../../../../shared/state-machine';
import { bulkRequestOf, pageSelection, selectedRows, selectPage, toggle, type BulkRow } from '../selection';

const row = (documentId: string, version: number, allowed: BulkRow['allowedActions'] = ['approve']): BulkRow => ({ documentId, title: `Tin ${documentId}`, version, allowedActions: allowed });

describe('bulk selection on a queue page', () => {
  const rows = [row('a', 3), row('b', 4), row('c', 4, ['return']), row('d', 7)];

  it('offers each bulk action on the tab of the state it moves items from, by the role the state machine names', () => {
    expect(bulkActionOf('in_review')).toBe('forward');
    expect(bulkActionOf('awaiting_approval')).toBe('approve');
    expect(bulkActionOf('approved')).toBe('publish');
    for (const state of ['draft', 'returned', 'published', 'unpublished', undefined] as const) expect(bulkActionOf(state)).toBeNull();
    for (const action of BULK_ACTIONS) {
      expect(TRANSITIONS.filter((t) => t.action === action).map((t) => [t.from, t.role])).toEqual([[BULK_TAB[action], { forward: 'editor', approve: 'head', publish: 'publisher' }[action]]]);
    }
  });

  it('selects every row the person may act on, and only those, with "select all on this page"', () => {
    const all = selectPage(rows, new Set(), 'approve', true);
    expect([...all].sort()).toEqual(['a', 'b', 'd']);
    expect(pageSelection(rows, all, 'approve')).toBe(true);
    expect(selectedRows(rows, all, 'approve').map((r) => r.documentId)).toEqual(['a', 'b', 'd']);
    expect(selectPage(rows, all, 'approve', false).size).toBe(0);
  });

  it('shows some selected, and ignores a selection that is no longer on the page or no longer allowed', () => {
    const some = toggle(new Set(), 'b', true);
    expect(pageSelection(rows, some, 'approve')).toBe('indeterminate');
    expect(pageSelection(rows, new Set(), 'approve')).toBe(false);
    const stale = new Set(['b', 'gone', 'c']);
    expect(selectedRows(rows, stale, 'approve').map((r) => r.documentId)).toEqual(['b']);
    expect(toggle(stale, 'b', false).has('b')).toBe(false);
    // Clearing the page keeps what was chosen elsewhere.
    expect([...selectPage(rows, new Set(['gone', 'a']), 'approve', false)]).toEqual(['gone']);
  });

  it('sends each item at the version the queue showed', () => {
    expect(bulkRequestOf('approve', [rows[0], rows[3]])).toEqual({ action: 'approve', items: [{ documentId: 'a', version: 3 }, { documentId: 'd', version: 7 }] });
  });
});
