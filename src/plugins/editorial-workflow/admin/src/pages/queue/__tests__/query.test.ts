import { nextQueueSearch, queuePath, queueSearchOf, rememberQueueSearch } from '../query';

describe('queue search in the address', () => {
  it('reads the tab, the filters and the page back from the address', () => {
    expect(queueSearchOf({ state: 'in_review', unit: 'PGDPT', topic: 'III.2', kind: 'news', page: '3' })).toEqual({
      state: 'in_review',
      unit: 'PGDPT',
      topic: 'III.2',
      kind: 'news',
      page: 3,
    });
  });

  it('leaves out what is not a state, an empty filter, and a page that is not a page number', () => {
    expect(queueSearchOf({})).toEqual({ page: 1 });
    expect(queueSearchOf({ state: 'deleted', unit: '', topic: ['a', 'b'], page: '0' })).toEqual({ page: 1 });
    expect(queueSearchOf({ page: '2.5' }).page).toBe(1);
    expect(queueSearchOf({ page: 'x' }).page).toBe(1);
  });

  it('starts again at the first page when the tab or a filter changes, and keeps the other filters', () => {
    const current = queueSearchOf({ state: 'in_review', unit: 'PGDPT', page: '4' });
    expect(nextQueueSearch(current, { kind: 'feature' })).toEqual({ state: 'in_review', unit: 'PGDPT', topic: undefined, kind: 'feature', page: 1 });
    expect(nextQueueSearch(current, { page: 5 })).toMatchObject({ unit: 'PGDPT', page: 5 });
    expect(nextQueueSearch(current, { unit: undefined })).toMatchObject({ unit: undefined, page: 1 });
  });

  it('encodes the values it writes, and reads them back once decoded', () => {
    const written = nextQueueSearch({ page: 1 }, { unit: 'Xã A & B' });
    expect(written.unit).toBe('X%C3%A3%20A%20%26%20B');
    expect(queueSearchOf({ unit: decodeURIComponent(String(written.unit)) }).unit).toBe('Xã A & B');
  });

  it('reads the tab "Tin bài của đơn vị" and its order by waiting time; the order goes with that tab only', () => {
    expect(queueSearchOf({ view: 'unit', state: 'returned', sort: 'waitingSince:desc' })).toEqual({ view: 'unit', state: 'returned', sort: 'waitingSince:desc', page: 1 });
    expect(queueSearchOf({ view: 'other', sort: 'title' })).toEqual({ page: 1 });
    const unitTab = queueSearchOf({ view: 'unit', sort: 'waitingSince:desc', page: '2' });
    expect(nextQueueSearch(unitTab, { state: 'draft' })).toMatchObject({ view: 'unit', state: 'draft', sort: 'waitingSince%3Adesc', page: 1 });
    expect(nextQueueSearch(unitTab, { view: undefined, state: 'in_review' })).toMatchObject({ view: undefined, state: 'in_review', sort: undefined });
  });

  it('reads the channel filter (fanpage, portal, press) and keeps it on the waiting tabs only', () => {
    expect(queueSearchOf({ state: 'approved', channel: 'press' })).toEqual({ state: 'approved', channel: 'press', page: 1 });
    for (const channel of ['website', 'zalo', '', ['press']]) expect(queueSearchOf({ channel }).channel).toBeUndefined();
    const filtered = queueSearchOf({ state: 'approved', channel: 'fanpage', page: '3' });
    expect(nextQueueSearch(filtered, { kind: 'news' })).toMatchObject({ state: 'approved', channel: 'fanpage', kind: 'news', page: 1 });
    expect(nextQueueSearch(filtered, { channel: undefined })).toMatchObject({ channel: undefined, page: 1 });
    expect(nextQueueSearch(filtered, { view: 'unit' }).channel).toBeUndefined();
  });

  it('sends the side panel back to the queue as it was last shown', () => {
    expect(queuePath()).toBe('/plugins/editorial-workflow');
    rememberQueueSearch('?state=in_review&page=2');
    expect(queuePath()).toBe('/plugins/editorial-workflow?state=in_review&page=2');
  });
});
