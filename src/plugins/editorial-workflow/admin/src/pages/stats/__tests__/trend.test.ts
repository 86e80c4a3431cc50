import { axisTicks, labelStride, linePath, trendByKind } from '../trend';
import { GRID } from './fixtures';

describe('trend by unit kind', () => {
  it('gives the share of units meeting their quota, leaving out kinds without any', () => {
    const trend = trendByKind(GRID, 'shareMet');
    expect(trend.periods).toEqual(['2026-W47', '2026-W48']);
    expect(trend.series).toEqual([
      { kind: 'department', values: [1, 0] },
      { kind: 'commune-culture', values: [0.5, 1] },
    ]);
  });

  it('sums the items submitted per kind, schools without a minimum included', () => {
    expect(trendByKind(GRID, 'itemsSubmitted').series).toEqual([
      { kind: 'department', values: [1, 0] },
      { kind: 'commune-culture', values: [3, 5] },
      { kind: 'school', values: [4, 0] },
    ]);
  });

  it('makes round axis ticks from zero', () => {
    expect(axisTicks('shareMet', 0.3)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(axisTicks('itemsSubmitted', 23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(axisTicks('itemsSubmitted', 3)).toEqual([0, 1, 2, 3]);
    expect(axisTicks('itemsSubmitted', 0)).toEqual([0, 1]);
    expect(axisTicks('itemsSubmitted', 1234)).toEqual([0, 500, 1000, 1500]);
  });

  it('labels at most so many periods', () => {
    expect(labelStride(52, 13)).toBe(4);
    expect(labelStride(3, 13)).toBe(1);
  });

  it('draws a line, lifting the pen over gaps', () => {
    const path = linePath([1, 2, null, 3], (i) => i * 10, (v) => 100 - v);
    expect(path).toBe('M0,99L10,98M30,97');
  });
});
