import { monthsOf, shiftDate, vnDay, vnIso, vnSpanOf, vnWallClock } from '../time';

describe("the calendar's Vietnam time", () => {
  it('writes an instant at +07:00, across the day line', () => {
    expect(vnIso('2027-02-15T10:00:00Z')).toBe('2027-02-15T17:00:00+07:00');
    expect(vnIso(new Date('2027-02-28T18:30:00Z'))).toBe('2027-03-01T01:30:00+07:00');
  });

  it('spans Vietnam dates from 00:00 of the first to 00:00 after the last (17:00 UTC the day before)', () => {
    expect(vnSpanOf('2027-02-01', '2027-02-28')).toEqual({ start: new Date('2027-01-31T17:00:00Z'), end: new Date('2027-02-28T17:00:00Z') });
  });

  it('lists the months a span touches and moves dates by days', () => {
    expect(monthsOf('2026-12-28', '2027-02-03')).toEqual(['2026-12', '2027-01', '2027-02']);
    expect(monthsOf('2027-02-01', '2027-02-28')).toEqual(['2027-02']);
    expect(shiftDate('2026-12-03', -60)).toBe('2026-10-04');
  });

  it('gives ical-generator the Vietnam wall clock in local fields, whatever the server zone', () => {
    const wall = vnWallClock('2027-02-15T10:00:00Z');
    expect([wall.getFullYear(), wall.getMonth() + 1, wall.getDate(), wall.getHours(), wall.getMinutes()]).toEqual([2027, 2, 15, 17, 0]);
    const day = vnDay('2027-02-19');
    expect([day.getFullYear(), day.getMonth() + 1, day.getDate()]).toEqual([2027, 2, 19]);
  });
});
