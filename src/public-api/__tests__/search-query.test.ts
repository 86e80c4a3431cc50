import { levelSizes, slices } from '../search-query';

describe('paging across relevance levels', () => {
  it('takes a page from one level, or across the boundary of two', () => {
    expect(slices([5, 10, 100], 0, 3)).toEqual([{ level: 0, offset: 0, limit: 3 }]);
    expect(slices([5, 10, 100], 3, 4)).toEqual([
      { level: 0, offset: 3, limit: 2 },
      { level: 1, offset: 0, limit: 2 },
    ]);
    expect(slices([5, 10, 100], 20, 20)).toEqual([{ level: 2, offset: 5, limit: 20 }]);
  });

  it('skips empty levels and stops at the end', () => {
    expect(slices([0, 0, 7], 0, 20)).toEqual([{ level: 2, offset: 0, limit: 7 }]);
    expect(slices([2, 0, 1], 1, 20)).toEqual([
      { level: 0, offset: 1, limit: 1 },
      { level: 2, offset: 0, limit: 1 },
    ]);
    expect(slices([2, 0, 1], 3, 20)).toEqual([]);
  });
});

describe('sizes of nested relevance levels', () => {
  /** Nested levels of 3, 10 and 50 rows (each holding the one before), counted up to a bound. */
  const counts = [3, 10, 50];
  const asked: Array<[number, number]> = [];
  const count = async (level: number, atMost: number) => {
    asked.push([level, atMost]);
    return Math.min(counts[level], atMost);
  };

  it('counts each level only up to the end of the page', async () => {
    asked.length = 0;
    expect(await levelSizes(3, 50, 2, count)).toEqual([2, 48]);
    expect(asked).toEqual([[0, 2]]);
    expect(slices([2, 48], 0, 2)).toEqual([{ level: 0, offset: 0, limit: 2 }]);
  });

  it('gives every level its own rows when the page reaches the last one', async () => {
    expect(await levelSizes(3, 50, 40, count)).toEqual([3, 7, 40]);
    expect(await levelSizes(3, 50, 8, count)).toEqual([3, 5, 42]);
  });
});
