import { deadlineOf, type Deadlines } from '../deadlines';

const vn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);
const DEADLINES: Deadlines = new Map([
  ['in_review', 2],
  ['awaiting_approval', 1],
  ['approved', 1],
]);

describe('an item’s deadline on the queue', () => {
  it('is not overdue over a weekend until the working day has passed', () => {
    const item = { state: 'awaiting_approval' as const, waitingSince: vn('2026-12-04 15:00').toISOString(), scheduledAt: null };
    // Friday 15:00 to Monday 14:00 is almost three calendar days, but less than one working day.
    expect(deadlineOf(DEADLINES, item, vn('2026-12-07 14:00'))).toEqual({ dueAt: vn('2026-12-07 15:00').toISOString(), overdue: false });
    expect(deadlineOf(DEADLINES, item, vn('2026-12-07 15:01')).overdue).toBe(true);
  });

  it('gives department review two working days, across Tết', () => {
    const item = { state: 'in_review' as const, waitingSince: vn('2027-02-04 09:00').toISOString(), scheduledAt: null };
    expect(deadlineOf(DEADLINES, item, vn('2027-02-10 09:00'))).toEqual({ dueAt: vn('2027-02-11 09:00').toISOString(), overdue: false });
  });

  it('has none for states nobody must act in by a date, nor for a scheduled item', () => {
    const since = vn('2026-11-02 09:00').toISOString();
    const now = vn('2026-12-02 09:00');
    for (const state of ['draft', 'returned', 'published', 'unpublished'] as const) {
      expect({ state, deadline: deadlineOf(DEADLINES, { state, waitingSince: since, scheduledAt: null }, now) }).toEqual({ state, deadline: { dueAt: null, overdue: false } });
    }
    expect(deadlineOf(DEADLINES, { state: 'approved', waitingSince: since, scheduledAt: vn('2026-12-03 08:00').toISOString() }, now)).toEqual({ dueAt: null, overdue: false });
    expect(deadlineOf(DEADLINES, { state: 'approved', waitingSince: since, scheduledAt: null }, now).overdue).toBe(true);
  });
});
