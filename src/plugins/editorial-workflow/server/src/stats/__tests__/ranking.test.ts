import { periodsCovering } from '../../../../shared/periods';
import { rank, rankingRows, type RankingRow } from '../ranking';
import { gridOf, unitOf } from './fakes';

const [xaA, xaB, xaC, xaD] = [unitOf(1, 'XA-A'), unitOf(2, 'XA-B'), unitOf(3, 'XA-C'), unitOf(4, 'XA-D')];

/** A row with a share met and the two tie-breaking totals; the other totals are 0. */
const rowOf = (unit: typeof xaA, shareMet: number | null, submitted = 0, published = 0): RankingRow => ({
  unit,
  totals: { items_submitted: submitted, features_submitted: 0, items_published: published, media_assets: 0, opinion_report_on_time: 0 },
  periodsWithQuota: shareMet === null ? 0 : 4,
  periodsMet: shareMet === null ? 0 : shareMet * 4,
  shareMet,
});

/** `code:rank`, in ranking order. */
const ranksOf = (rows: RankingRow[]) => rank(rows).map((row) => `${row.unit.code}:${row.rank}`);

describe('rank', () => {
  it('orders by share met, then items submitted, then items published, then unit code', () => {
    const rows = [rowOf(xaD, 0.5, 9, 9), rowOf(xaC, 0.75, 1, 0), rowOf(xaB, 0.75, 3, 1), rowOf(xaA, 0.75, 3, 2)];
    expect(ranksOf(rows)).toEqual(['XA-A:1', 'XA-B:2', 'XA-C:3', 'XA-D:4']);
  });

  it('puts a unit with nothing to meet after a unit that met nothing', () => {
    expect(ranksOf([rowOf(xaA, null, 50, 50), rowOf(xaB, 0, 0, 0)])).toEqual(['XA-B:1', 'XA-A:2']);
  });

  it('gives tied units the rank of the first of them and skips the ranks they take (1, 1, 3)', () => {
    const rows = [rowOf(xaC, 0.5, 2, 1), rowOf(xaB, 1, 2, 1), rowOf(xaA, 1, 2, 1), rowOf(xaD, 0.5, 2, 1)];
    expect(ranksOf(rows)).toEqual(['XA-A:1', 'XA-B:1', 'XA-C:3', 'XA-D:3']);
    expect(ranksOf([rowOf(xaA, null), rowOf(xaB, null)])).toEqual(['XA-A:1', 'XA-B:1']);
  });

  it('does not reorder the rows it is given', () => {
    const rows = [rowOf(xaB, 0), rowOf(xaA, 1)];
    rank(rows);
    expect(rows.map((row) => row.unit.code)).toEqual(['XA-B', 'XA-A']);
    expect(rank([])).toEqual([]);
  });
});

describe('rankingRows', () => {
  // September to November of the 2026-2027 school year, on 10 November: September and October are over.
  const months = periodsCovering('2026-09-01', '2026-11-30', 'month');
  // The week of 31 August starts before the school year; the week of 9 November is under way.
  const weeks = periodsCovering('2026-09-01', '2026-11-10', 'week');
  const today = '2026-11-10';
  const allWeeks = (met: boolean | null) => Object.fromEntries(weeks.map((week) => [week.key, { met }]));

  const monthGrid = gridOf(months, [
    {
      unit: xaA,
      periods: {
        '2026-09': { met: true, counts: { items_submitted: 2, media_assets: 1 } },
        '2026-10': { met: false, counts: { items_submitted: 1, items_published: 1 } },
        // Not over: not judged, but counted in the totals.
        '2026-11': { met: false, counts: { items_submitted: 4 } },
      },
    },
    { unit: xaB, periods: {} },
  ]);
  const weekGrid = gridOf(weeks, [
    { unit: xaA, periods: { ...allWeeks(true), [weeks[0].key]: { met: false }, [weeks[weeks.length - 1].key]: { met: false } } },
    { unit: xaB, periods: allWeeks(null) },
  ]);

  it('adds up the months for the totals', () => {
    const [a, b] = rankingRows(monthGrid, weekGrid, '2026-09-01', today);
    expect(a.totals).toEqual({ items_submitted: 7, features_submitted: 0, items_published: 1, media_assets: 1, opinion_report_on_time: 0 });
    expect(b.totals.items_submitted).toBe(0);
  });

  it('weighs the months and the weeks over by today that start in the school year', () => {
    expect(weeks[0].start).toBe('2026-08-31');
    expect(weeks[weeks.length - 1].end >= today).toBe(true);
    const judgedWeeks = weeks.length - 2;
    const [a] = rankingRows(monthGrid, weekGrid, '2026-09-01', today);
    expect(a).toMatchObject({ unit: xaA, periodsWithQuota: 2 + judgedWeeks, periodsMet: 1 + judgedWeeks });
    expect(a.shareMet).toBeCloseTo((1 + judgedWeeks) / (2 + judgedWeeks));
  });

  it('has no share when no judged period had a quota', () => {
    const [, b] = rankingRows(monthGrid, weekGrid, '2026-09-01', today);
    expect(b).toMatchObject({ unit: xaB, periodsWithQuota: 0, periodsMet: 0, shareMet: null });
  });

  it('judges nothing before the first period is over', () => {
    const [a] = rankingRows(monthGrid, weekGrid, '2026-09-01', '2026-09-06');
    expect(a).toMatchObject({ periodsWithQuota: 0, shareMet: null });
  });
});
