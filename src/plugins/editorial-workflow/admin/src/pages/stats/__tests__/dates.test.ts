import {
  dateFromPicker,
  monthStart,
  pickerValueOf,
  presetOf,
  presetRange,
  recentMonths,
  recentSchoolYears,
  schoolYearRange,
  shortDate,
  vietnamToday,
} from '../dates';

describe('statistics dates', () => {
  it('takes today in Vietnam: 00:30 on Monday there is still Sunday in UTC', () => {
    expect(vietnamToday(new Date('2026-11-29T17:30:00Z'))).toBe('2026-11-30');
    expect(vietnamToday(new Date('2026-11-29T16:59:59Z'))).toBe('2026-11-29');
  });

  it('steps months across years', () => {
    expect(monthStart('2026-01-15', -2)).toBe('2025-11-01');
    expect(monthStart('2026-11-28', 2)).toBe('2027-01-01');
    expect(recentMonths('2026-01-10', 3)).toEqual(['2026-01', '2025-12', '2025-11']);
  });

  it('runs school years from 1 September to 31 August', () => {
    expect(recentSchoolYears('2026-08-31', 1)).toEqual(['2025-2026']);
    expect(recentSchoolYears('2026-09-01', 1)).toEqual(['2026-2027']);
    expect(schoolYearRange('2026-2027')).toEqual({ from: '2026-09-01', to: '2027-08-31' });
    expect(recentSchoolYears('2026-11-28', 3)).toEqual(['2026-2027', '2025-2026', '2024-2025']);
  });

  it('makes the presets, the current ones stopping today', () => {
    const today = '2026-11-28';
    expect(presetRange('thisMonth', today)).toEqual({ from: '2026-11-01', to: today });
    expect(presetRange('last3Months', today)).toEqual({ from: '2026-09-01', to: today });
    expect(presetRange('thisSchoolYear', today)).toEqual({ from: '2026-09-01', to: today });
    expect(presetRange('lastSchoolYear', today)).toEqual({ from: '2025-09-01', to: '2026-08-31' });
    expect(presetOf({ from: '2026-09-01', to: today }, today)).toBe('last3Months');
    expect(presetOf({ from: '2026-09-02', to: today }, today)).toBeNull();
  });

  it('gives the date picker UTC midnight and reads its answer by the local day', () => {
    expect(pickerValueOf('2026-09-01').toISOString()).toBe('2026-09-01T00:00:00.000Z');
    expect(dateFromPicker(new Date(2026, 10, 1, 0, 0))).toBe('2026-11-01');
    expect(dateFromPicker(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
    expect(shortDate('2026-11-04')).toBe('04/11/2026');
    expect(shortDate('2026-11-04', false)).toBe('04/11');
  });
});
