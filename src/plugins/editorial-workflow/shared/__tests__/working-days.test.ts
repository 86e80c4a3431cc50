import { addWorkingDays, clockStartOf, isPublicHoliday, isWorkingDay, workingCalendarOf, workingDaysBetween, workingTimeBetween, type WorkingCalendar } from '../working-days';

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

  it('keeps the old answers when no calendar, or an empty one, is given', () => {
    const empty: WorkingCalendar = new Map();
    expect(addWorkingDays(vn('2027-02-04 10:00'), 1, empty)).toEqual(addWorkingDays(vn('2027-02-04 10:00'), 1));
    expect(workingDaysBetween(vn('2026-12-04 15:00'), vn('2026-12-09 16:00'), empty)).toBe(3);
  });
});

describe('working days with the administrator’s calendar of overrides', () => {
  it('a day off in lieu makes a deadline a working day later', () => {
    // Say Monday 07/12/2026 were given off in lieu: Friday 15:00 plus 1 is Tuesday 15:00, not Monday.
    const calendar: WorkingCalendar = new Map([['2026-12-07', 'day-off']]);
    expect(isWorkingDay('2026-12-07', calendar)).toBe(false);
    expect(addWorkingDays(vn('2026-12-04 15:00'), 1, calendar)).toEqual(vn('2026-12-08 15:00'));
    expect(addWorkingDays(vn('2026-12-04 15:00'), 1)).toEqual(vn('2026-12-07 15:00'));
    expect(workingDaysBetween(vn('2026-12-04 15:00'), vn('2026-12-08 14:00'), calendar)).toBe(0);
    // An extra day of Tết after the library's five: Wednesday 10/02/2027 off too.
    const tet: WorkingCalendar = new Map([['2027-02-10', 'day-off']]);
    expect(addWorkingDays(vn('2027-02-04 10:00'), 1, tet)).toEqual(vn('2027-02-11 10:00'));
  });

  it('a Saturday worked counts as a working day', () => {
    const calendar: WorkingCalendar = new Map([['2026-12-05', 'working-day']]);
    expect(isWorkingDay('2026-12-05', calendar)).toBe(true);
    // Friday 15:00 plus 1 is Saturday 15:00 when that Saturday is worked.
    expect(addWorkingDays(vn('2026-12-04 15:00'), 1, calendar)).toEqual(vn('2026-12-05 15:00'));
    expect(addWorkingDays(vn('2026-12-04 15:00'), 2, calendar)).toEqual(vn('2026-12-07 15:00'));
    // Sent on that Saturday, the clock starts at once.
    expect(clockStartOf(vn('2026-12-05 10:00'), calendar)).toEqual(vn('2026-12-05 10:00'));
    expect(workingDaysBetween(vn('2026-12-04 15:00'), vn('2026-12-07 15:00'), calendar)).toBe(2);
    // A working-day override wins over the library's holiday too.
    expect(isWorkingDay('2027-02-09', new Map([['2027-02-09', 'working-day']]))).toBe(true);
  });

  it('reads the stored rows: a date as text or a Date, and only the two kinds', () => {
    const calendar = workingCalendarOf([
      { date: '2027-02-10', kind: 'day-off' },
      { date: new Date('2027-02-20T00:00:00Z'), kind: 'working-day' },
      { date: '2027-02-31', kind: 'day-off' },
      { date: '2027-03-01', kind: 'holiday' },
      { date: null, kind: 'day-off' },
    ]);
    expect([...calendar]).toEqual([
      ['2027-02-10', 'day-off'],
      ['2027-02-20', 'working-day'],
    ]);
  });
});

describe('working time between two instants, with its fraction', () => {
  it('counts the hours that fall on working days, over 24', () => {
    // Thursday 09:00 to Thursday 21:00: half a day.
    expect(workingTimeBetween(vn('2026-12-03 09:00'), vn('2026-12-03 21:00'))).toBeCloseTo(0.5, 10);
    // Friday 15:00 to Monday 15:00: one working day, the weekend adds nothing.
    expect(workingTimeBetween(vn('2026-12-04 15:00'), vn('2026-12-07 15:00'))).toBeCloseTo(1, 10);
    // Sent on Saturday, done on Monday at 06:00: a quarter of Monday.
    expect(workingTimeBetween(vn('2026-12-05 10:00'), vn('2026-12-07 06:00'))).toBeCloseTo(0.25, 10);
    // Across Tết 2027: Thursday 04/02 18:00 to Wednesday 10/02 12:00 is 6 h of Thursday and 12 h of Wednesday.
    expect(workingTimeBetween(vn('2027-02-04 18:00'), vn('2027-02-10 12:00'))).toBeCloseTo(0.75, 10);
    expect(workingTimeBetween(vn('2026-12-07 10:00'), vn('2026-12-01 10:00'))).toBe(0);
  });

  it('follows the calendar of overrides', () => {
    const dayOff: WorkingCalendar = new Map([['2026-12-07', 'day-off']]);
    expect(workingTimeBetween(vn('2026-12-04 15:00'), vn('2026-12-08 15:00'), dayOff)).toBeCloseTo(1, 10);
    const saturday: WorkingCalendar = new Map([['2026-12-05', 'working-day']]);
    expect(workingTimeBetween(vn('2026-12-04 15:00'), vn('2026-12-07 15:00'), saturday)).toBeCloseTo(2, 10);
  });

  it('agrees with workingDaysBetween on the whole days', () => {
    const start = vn('2027-01-28 11:15');
    const calendar: WorkingCalendar = new Map([['2027-02-01', 'day-off'], ['2027-02-13', 'working-day']]);
    for (let hours = 0; hours <= 24 * 20; hours += 7) {
      const end = start.getTime() + hours * 3_600_000;
      expect({ hours, days: Math.floor(workingTimeBetween(start, end, calendar) + 1e-9) }).toEqual({ hours, days: workingDaysBetween(start, end, calendar) });
    }
  });
});
