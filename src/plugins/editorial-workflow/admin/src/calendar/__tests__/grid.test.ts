import { addDays, entryDate, entryTime, mondayOf, monthWeeks, vnToday, weekDays } from '../grid';

describe("the calendar page's days", () => {
  it('fills a month with whole weeks, Monday first', () => {
    const weeks = monthWeeks('2027-02-14');
    expect(weeks[0][0]).toBe('2027-02-01'); // a Monday
    expect(weeks.at(-1)!.at(-1)).toBe('2027-02-28');
    expect(weeks).toHaveLength(4);
    const march = monthWeeks('2027-03-01');
    expect(march[0][0]).toBe('2027-03-01');
    expect(march.at(-1)!.at(-1)).toBe('2027-04-04');
  });

  it('gives the week of a day and moves by days across months', () => {
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(weekDays('2026-12-03')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('reads an entry in Vietnam time, and today in Vietnam', () => {
    expect(entryDate('2027-02-15T17:00:00+07:00')).toBe('2027-02-15');
    expect(entryTime('2027-02-15T17:00:00+07:00')).toBe('17:00');
    expect(entryTime('2027-02-15')).toBeNull();
    expect(vnToday(Date.parse('2026-12-03T17:30:00Z'))).toBe('2026-12-04');
  });
});
