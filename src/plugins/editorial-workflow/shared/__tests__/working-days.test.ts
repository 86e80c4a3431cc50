import { addWorkingDays, clockStartOf, isPublicHoliday, isWorkingDay, workingDaysBetween } from '../working-days';

/** An instant written in Vietnam time (UTC+7): `vn('2027-02-04 10:00')`. */
const vn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);

describe('working days in Vietnam time', () => {
  it('knows weekends and the national holidays, Tết’s five days included', () => {
    expect(isWorkingDay('2026-12-04')).toBe(true); // a Friday
    expect(isWorkingDay('2026-12-05')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-06')).toBe(false); // Sunday
    // Tết Nguyên Đán 2027: the library gives the eve and the four days after (Fri 5 to Tue 9 February).
    for (const date of ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']) expect({ date, working: isWorkingDay(date) }).toEqual({ date, working: false });
    expect(isWorkingDay('2027-02-04')).toBe(true);
    expect(isWorkingDay('2027-02-10')).toBe(true);
    for (const date of ['2027-01-01', '2027-04-16', '2027-04-30', '2027-05-01', '2026-04-30', '2026-05-01', '2026-09-02', '2027-09-02']) {
      expect({ date, holiday: isPublicHoliday(date) }).toEqual({ date, holiday: true });
    }
    // Observances are working days: Ngày Nhà giáo Việt Nam, Quốc tế Phụ nữ.
    expect(isWorkingDay('2026-11-20')).toBe(true);
    expect(isWorkingDay('2027-03-08')).toBe(true);
  });

  it('reads dates in Vietnam time, not UTC', () => {
    // 18:00 UTC on Friday is 01:00 on Saturday in Vietnam: the wait starts on Monday.
    expect(clockStartOf(new Date('2026-12-04T18:00:00Z')).toISOString()).toBe(vn('2026-12-07 00:00').toISOString());
    // 16:59 UTC on Friday is still Friday 23:59 in Vietnam.
    expect(clockStartOf(new Date('2026-12-04T16:59:00Z')).toISOString()).toBe('2026-12-04T16:59:00.000Z');
  });

  it('adds working days over a weekend, keeping the time of day', () => {
    expect(addWorkingDays(vn('2026-12-03 09:00'), 1)).toEqual(vn('2026-12-04 09:00')); // Thursday → Friday
    expect(addWorkingDays(vn('2026-12-04 15:00'), 1)).toEqual(vn('2026-12-07 15:00')); // Friday → Monday
    expect(addWorkingDays(vn('2026-12-04 15:00'), 2)).toEqual(vn('2026-12-08 15:00'));
    // Sent on Saturday: the clock starts on Monday 00:00, one working day is Monday's.
    expect(addWorkingDays(vn('2026-12-05 10:00'), 1)).toEqual(vn('2026-12-08 00:00'));
    expect(addWorkingDays(vn('2026-12-05 10:00'), 0)).toEqual(vn('2026-12-07 00:00'));
    expect(() => addWorkingDays(vn('2026-12-05 10:00'), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(vn('2026-12-05 10:00'), 1.5)).toThrow(RangeError);
  });

  it('adds working days across Tết 2027', () => {
    expect(addWorkingDays(vn('2027-02-04 10:00'), 1)).toEqual(vn('2027-02-10 10:00'));
    expect(addWorkingDays(vn('2027-02-03 16:30'), 2)).toEqual(vn('2027-02-10 16:30'));
    // Sent during Tết: the clock starts on Wednesday 10 February.
    expect(addWorkingDays(vn('2027-02-06 08:00'), 2)).toEqual(vn('2027-02-12 00:00'));
  });

  it('adds working days across 30/4–1/5 and 2/9', () => {
    // 2027: 30/4 is a Friday, 1/5 a Saturday.
    expect(addWorkingDays(vn('2027-04-29 08:30'), 1)).toEqual(vn('2027-05-03 08:30'));
    // 2026: 30/4 Thursday, 1/5 Friday, then the weekend.
    expect(addWorkingDays(vn('2026-04-29 08:30'), 1)).toEqual(vn('2026-05-04 08:30'));
    expect(addWorkingDays(vn('2026-04-29 08:30'), 2)).toEqual(vn('2026-05-05 08:30'));
    // 2026: 2/9 is a Wednesday.
    expect(addWorkingDays(vn('2026-09-01 09:00'), 1)).toEqual(vn('2026-09-03 09:00'));
    // 2027: 2/9 is a Thursday.
    expect(addWorkingDays(vn('2027-09-01 14:00'), 2)).toEqual(vn('2027-09-06 14:00'));
  });

  it('counts whole working days between two instants', () => {
    expect(workingDaysBetween(vn('2026-12-04 15:00'), vn('2026-12-07 14:59'))).toBe(0);
    expect(workingDaysBetween(vn('2026-12-04 15:00'), vn('2026-12-07 15:00'))).toBe(1);
    expect(workingDaysBetween(vn('2026-12-04 15:00'), vn('2026-12-09 16:00'))).toBe(3);
    expect(workingDaysBetween(vn('2027-02-04 10:00'), vn('2027-02-10 09:00'))).toBe(0);
    expect(workingDaysBetween(vn('2027-02-04 10:00'), vn('2027-02-11 10:00'))).toBe(2);
    expect(workingDaysBetween(vn('2026-04-29 08:30'), vn('2026-05-04 08:30'))).toBe(1);
    expect(workingDaysBetween(vn('2026-12-07 10:00'), vn('2026-12-01 10:00'))).toBe(0);
  });

  it('agrees with addWorkingDays: past the deadline of n days exactly when more than n have passed', () => {
    const start = vn('2027-01-28 11:15');
    for (let n = 0; n <= 12; n += 1) {
      const due = addWorkingDays(start, n);
      expect({ n, at: workingDaysBetween(start, due) }).toEqual({ n, at: n });
      expect({ n, before: workingDaysBetween(start, due.getTime() - 1) }).toEqual({ n, before: Math.max(n - 1, 0) });
    }
  });
});
