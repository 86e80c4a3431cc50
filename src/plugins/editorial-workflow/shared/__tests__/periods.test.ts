import {
  periodByKey,
  periodOf,
  periodsCovering,
  rangeProblem,
  schoolYearOf,
  schoolYearRange,
  vnDateOf,
  vnStartOf,
  weekKeyOf,
} from '../periods';

describe('Vietnam periods', () => {
  it('dates an instant in Vietnam time: 00:30 on a Monday there is Sunday 17:30 UTC, and counts in the new week', () => {
    const instant = new Date('2026-11-29T17:30:00Z'); // Monday 30 November 2026, 00:30 in Vietnam
    expect(vnDateOf(instant)).toBe('2026-11-30');
    expect(weekKeyOf(vnDateOf(instant))).toBe('2026-W49');
    expect(weekKeyOf(vnDateOf(new Date('2026-11-29T16:59:59Z')))).toBe('2026-W48');
    expect(vnStartOf('2026-11-30').toISOString()).toBe('2026-11-29T17:00:00.000Z');
  });

  it('puts the first hours of a month in Vietnam in that month', () => {
    expect(vnDateOf(new Date('2026-11-30T17:00:00Z')).slice(0, 7)).toBe('2026-12');
    expect(vnDateOf(new Date('2026-11-30T16:59:59.999Z')).slice(0, 7)).toBe('2026-11');
  });

  it('numbers ISO weeks across year boundaries, week 53 included', () => {
    expect(weekKeyOf('2026-12-31')).toBe('2026-W53'); // 2026 has 53 ISO weeks (it starts on a Thursday)
    expect(weekKeyOf('2027-01-03')).toBe('2026-W53');
    expect(weekKeyOf('2027-01-04')).toBe('2027-W01');
    expect(weekKeyOf('2024-12-30')).toBe('2025-W01'); // a Monday in December, in next year's week 1
    expect(weekKeyOf('2021-01-03')).toBe('2020-W53');
    expect(weekKeyOf('2026-01-01')).toBe('2026-W01');
    expect(periodOf('2026-12-31', 'week')).toEqual({ key: '2026-W53', start: '2026-12-28', end: '2027-01-03' });
  });

  it('finds a period back from its key, and refuses keys that are none', () => {
    expect(periodByKey('2026-W53')).toEqual({ key: '2026-W53', start: '2026-12-28', end: '2027-01-03' });
    expect(periodByKey('2027-W53')).toBeNull();
    expect(periodByKey('2026-W00')).toBeNull();
    expect(periodByKey('2028-02')).toEqual({ key: '2028-02', start: '2028-02-01', end: '2028-02-29' });
    expect(periodByKey('2026-13')).toBeNull();
  });

  it('covers a range with whole periods', () => {
    const weeks = periodsCovering('2026-09-01', '2026-09-30', 'week');
    expect(weeks.map((p) => p.key)).toEqual(['2026-W36', '2026-W37', '2026-W38', '2026-W39', '2026-W40']);
    expect(weeks[0].start).toBe('2026-08-31');
    expect(weeks[4].end).toBe('2026-10-04');
    const months = periodsCovering('2026-11-15', '2027-02-01', 'month');
    expect(months.map((p) => p.key)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(months[3]).toEqual({ key: '2027-02', start: '2027-02-01', end: '2027-02-28' });
    expect(periodsCovering('2026-01-01', '2026-12-31', 'week')).toHaveLength(53);
  });

  it('runs the school year from 1 September to 31 August', () => {
    expect(schoolYearRange('2026-2027')).toEqual({ from: '2026-09-01', to: '2027-08-31' });
    expect(schoolYearRange('2026-2028')).toBeNull();
    expect(schoolYearRange('2026')).toBeNull();
    expect(schoolYearOf('2026-08-31')).toBe('2025-2026');
    expect(schoolYearOf('2026-09-01')).toBe('2026-2027');
  });

  it('explains a range it refuses', () => {
    expect(rangeProblem('2026-09-01', '2026-11-30')).toBeNull();
    expect(rangeProblem('2026-12-01', '2026-11-30')).toMatch(/đứng sau/);
    expect(rangeProblem('2026-01-01', '2028-12-31')).toBeNull();
    expect(rangeProblem('2026-01-01', '2029-01-01')).toMatch(/tối đa 3 năm/);
    expect(rangeProblem('2026-02-30', '2026-03-01')).toMatch(/không hợp lệ/);
    expect(rangeProblem('01/09/2026', '2026-03-01')).toMatch(/không hợp lệ/);
  });
});
