import { ageBucketOf, durationFigure, nearestRank, oneDecimal } from '../figures';

describe('turnaround figures', () => {
  it('takes percentiles by nearest rank: always a measured duration', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(nearestRank(ten, 50)).toBe(5);
    expect(nearestRank(ten, 90)).toBe(9);
    expect(nearestRank([0.2, 3, 1], 50)).toBe(3); // unsorted in: the caller sorts
    expect(nearestRank([0.2, 1, 3], 50)).toBe(1);
    expect(nearestRank([0.2, 1, 3], 90)).toBe(3);
    expect(nearestRank([4], 50)).toBe(4);
    expect(nearestRank([4], 90)).toBe(4);
  });

  it('sorts, counts and rounds to one decimal', () => {
    expect(durationFigure([])).toEqual({ count: 0, p50: null, p90: null });
    expect(durationFigure([2.96, 0.04, 1.25, 0.5])).toEqual({ count: 4, p50: 0.5, p90: 3 });
    expect(oneDecimal(1.25)).toBe(1.3);
    expect(oneDecimal(0.04)).toBe(0);
  });

  it('puts ages in their buckets, bounds included below', () => {
    expect([0, 0.99, 1, 1.99, 2, 5, 5.01, 30].map(ageBucketOf)).toEqual(['under-1', 'under-1', '1-2', '1-2', '2-5', '2-5', 'over-5', 'over-5']);
  });
});
