import { periodsCovering } from '../../../../shared/periods';
import { cellCache, meets, monthShift, reportDeadline, reportJudge, reportStatusTable, reportsOnTime, rowBuilder, type GridFacts } from '../grid';
import { countMap, countedOf, quotaLookup, reportOf, unitOf } from './fakes';

const xaA = unitOf(1, 'XA-A');
const school = unitOf(2, 'TH-B', 'school');
const xaC = unitOf(3, 'XA-C');

describe('meets', () => {
  it.each([
    [3, null, null],
    [3, 0, null],
    [0, 0, null],
    [2, 2, true],
    [5, 2, true],
    [1, 2, false],
  ])('count %d against quota %p is %p', (count, quota, verdict) => {
    expect(meets(count, quota)).toBe(verdict);
  });
});

describe('reportDeadline', () => {
  it('is 00:00 of the due day in Vietnam (17:00 UTC the day before)', () => {
    expect(reportDeadline('2026-11', 20).toISOString()).toBe('2026-11-19T17:00:00.000Z');
    expect(reportDeadline('2027-01', 5).toISOString()).toBe('2027-01-04T17:00:00.000Z');
    expect(reportDeadline('2026-03', 1).toISOString()).toBe('2026-02-28T17:00:00.000Z');
  });
});

describe('monthShift', () => {
  it.each([
    ['2026-05', 0, '2026-05'],
    ['2026-01', -1, '2025-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-03', -14, '2025-01'],
    ['2026-11', 13, '2027-12'],
  ])('%s shifted by %d is %s', (month, by, shifted) => {
    expect(monthShift(month, by)).toBe(shifted);
  });
});

describe('reportJudge', () => {
  const quotas = quotaLookup({ '#3:opinion_report_on_time:month': { minimum: 1, dueDay: 10 } });
  const judge = reportJudge(quotas, [reportOf(1, '2026-10', '2026-10-19T23:59:59+07:00'), reportOf(1, '2026-11', '2026-11-20T00:00:00+07:00')]);

  it('takes the due day from the unit policy, else the 20th', () => {
    expect(judge.dueDayOf(xaA)).toBe(20);
    expect(judge.dueDayOf(xaC)).toBe(10);
  });

  it('finds the report of a unit about a month, or null', () => {
    expect(judge.find(xaA, '2026-10')?.period).toBe('2026-10');
    expect(judge.find(xaA, '2026-09')).toBeNull();
    expect(judge.find(xaC, '2026-10')).toBeNull();
  });

  it('is on time strictly before 00:00 of the due day, Vietnam time', () => {
    expect(judge.onTime(xaA, judge.find(xaA, '2026-10')!)).toBe(true);
    expect(judge.onTime(xaA, judge.find(xaA, '2026-11')!)).toBe(false);
    // The same report is late for a unit due on the 10th.
    expect(judge.onTime(xaC, reportOf(3, '2026-10', '2026-10-10T00:00:00+07:00'))).toBe(false);
    expect(judge.onTime(xaC, reportOf(3, '2026-10', '2026-10-09T23:59:59+07:00'))).toBe(true);
  });
});

describe('reportsOnTime', () => {
  const reports = [
    // Sunday 18 October 23:30 in Vietnam (W42), though 16:30 UTC.
    reportOf(1, '2026-10', '2026-10-18T23:30:00+07:00'),
    // Filed early, in the week of 28 September (W40), about October.
    reportOf(3, '2026-10', '2026-09-30T09:00:00+07:00'),
    reportOf(3, '2026-09', '2026-09-18T09:00:00+07:00'),
    // Late: not counted.
    reportOf(1, '2026-11', '2026-11-21T09:00:00+07:00'),
    // A unit not in the grid: not counted.
    reportOf(9, '2026-10', '2026-10-02T09:00:00+07:00'),
  ];
  const judge = reportJudge(quotaLookup({}), reports);

  it('counts a month in the month the report is about', () => {
    expect(reportsOnTime([xaA, xaC], reports, judge, 'month')).toEqual(countMap({ 1: { '2026-10': 1 }, 3: { '2026-10': 1, '2026-09': 1 } }));
  });

  it('counts a week in the Vietnam week the report was filed in', () => {
    expect(reportsOnTime([xaA, xaC], reports, judge, 'week')).toEqual(countMap({ 1: { '2026-W42': 1 }, 3: { '2026-W40': 1, '2026-W38': 1 } }));
  });
});

describe('cellCache', () => {
  it('hands out one frozen cell per count, quota and verdict', () => {
    const cellOf = cellCache();
    const cell = cellOf(0, 2, false);
    expect(cell).toEqual({ count: 0, quota: 2, met: false });
    expect(Object.isFrozen(cell)).toBe(true);
    expect(cellOf(0, 2, false)).toBe(cell);
    expect(cellOf(0, 2, null)).not.toBe(cell);
    expect(cellOf(0, null, null)).not.toBe(cellOf(0, 0, null));
    expect(cellOf(1, 2, false)).not.toBe(cell);
  });

  it('does not share cells between caches', () => {
    expect(cellCache()(1, 1, true)).not.toBe(cellCache()(1, 1, true));
  });
});

describe('rowBuilder', () => {
  const autumn = periodsCovering('2026-10-01', '2026-11-30', 'month');
  const quotas = quotaLookup({
    'commune-culture:items_submitted:month': 2,
    'commune-culture:opinion_report_on_time:month': { minimum: 1, dueDay: 20 },
    'commune-culture:opinion_report_on_time:week': 1,
    // Schools: "encouraged, counted all the same".
    'school:items_submitted:month': 0,
    '#3:items_submitted:month': 5,
  });
  const reports = [reportOf(1, '2026-10', '2026-10-15T09:00:00+07:00')];
  const facts = (over: Partial<GridFacts> = {}): GridFacts => {
    const judge = reportJudge(quotas, reports);
    return {
      periods: autumn,
      granularity: 'month',
      now: new Date('2026-11-10T12:00:00+07:00'),
      quotas,
      counted: countedOf({
        items_submitted: countMap({ 1: { '2026-10': 3, '2026-11': 1 }, 2: { '2026-10': 5 }, 3: { '2026-10': 5 } }),
        opinion_report_on_time: reportsOnTime([xaA, xaC], reports, judge, 'month'),
      }),
      judge,
      ...over,
    };
  };

  it('gives each metric its count, quota and verdict, and the period met only when every quota is', () => {
    const row = rowBuilder(facts())(xaA);
    expect(Object.keys(row)).toEqual(['2026-10', '2026-11']);
    expect(row['2026-10'].metrics).toEqual({
      items_submitted: { count: 3, quota: 2, met: true },
      features_submitted: { count: 0, quota: null, met: null },
      items_published: { count: 0, quota: null, met: null },
      media_assets: { count: 0, quota: null, met: null },
      opinion_report_on_time: { count: 1, quota: 1, met: true },
    });
    expect(row['2026-10'].met).toBe(true);
    expect(row['2026-11'].metrics.items_submitted).toEqual({ count: 1, quota: 2, met: false });
    expect(row['2026-11'].met).toBe(false);
  });

  it('leaves a month whose report is not due yet unjudged, and judges it once the due day has come', () => {
    const before = rowBuilder(facts())(xaA)['2026-11'].metrics.opinion_report_on_time;
    expect(before).toEqual({ count: 0, quota: 1, met: null });
    const after = rowBuilder(facts({ now: new Date('2026-11-20T00:00:00+07:00') }))(xaA)['2026-11'].metrics.opinion_report_on_time;
    expect(after).toEqual({ count: 0, quota: 1, met: false });
  });

  it('does not excuse a report that was filed, late, or a week without one', () => {
    const late = reportJudge(quotas, [reportOf(1, '2026-11', '2026-11-25T09:00:00+07:00')]);
    expect(rowBuilder(facts({ judge: late }))(xaA)['2026-11'].metrics.opinion_report_on_time.met).toBe(false);
    const weeks = periodsCovering('2026-11-02', '2026-11-08', 'week');
    const week = rowBuilder(facts({ periods: weeks, granularity: 'week' }))(xaA)['2026-W45'];
    expect(week.metrics.opinion_report_on_time).toEqual({ count: 0, quota: 1, met: false });
    expect(week.met).toBe(false);
  });

  it('counts but does not judge a minimum of 0 or no policy: the period is then null', () => {
    const row = rowBuilder(facts())(school);
    expect(row['2026-10'].metrics.items_submitted).toEqual({ count: 5, quota: 0, met: null });
    expect(row['2026-10'].met).toBeNull();
    expect(row['2026-11'].met).toBeNull();
  });

  it("lets a unit's own policy win over its kind's", () => {
    expect(rowBuilder(facts())(xaC)['2026-10'].metrics.items_submitted).toEqual({ count: 5, quota: 5, met: true });
  });

  it('shares equal cells between the rows of one builder', () => {
    const rowOf = rowBuilder(facts());
    const [a, c] = [rowOf(xaA), rowOf(xaC)];
    expect(a['2026-11'].metrics.media_assets).toBe(c['2026-10'].metrics.media_assets);
    expect(a['2026-10'].metrics.opinion_report_on_time).not.toBe(c['2026-10'].metrics.opinion_report_on_time);
    expect(Object.isFrozen(a['2026-10'].metrics.items_submitted)).toBe(true);
  });
});

describe('reportStatusTable', () => {
  const quotas = quotaLookup({ '#3:opinion_report_on_time:month': { minimum: 1, dueDay: 10 } });
  const reports = [reportOf(1, '2026-10', '2026-10-19T23:59:00+07:00'), reportOf(3, '2026-10', '2026-10-12T08:00:00+07:00')];
  const judge = reportJudge(quotas, reports);

  it('says on time, late or missing, with when the report came', () => {
    const table = reportStatusTable('2026-10', [xaA, xaC, school], judge);
    expect(table.units).toEqual([
      { unit: xaA, status: 'on_time', submittedAt: '2026-10-19T16:59:00.000Z' },
      { unit: xaC, status: 'late', submittedAt: '2026-10-12T01:00:00.000Z' },
      { unit: school, status: 'missing', submittedAt: null },
    ]);
  });

  it("shows the units' due day when they share one, else the 20th", () => {
    expect(reportStatusTable('2026-10', [xaA, xaC], judge)).toMatchObject({ month: '2026-10', dueDay: 20 });
    expect(reportStatusTable('2026-10', [xaC], judge).dueDay).toBe(10);
    expect(reportStatusTable('2026-10', [], judge).dueDay).toBe(20);
  });
});
