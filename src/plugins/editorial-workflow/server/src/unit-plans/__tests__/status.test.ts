import { dueEndOf, judgeUnitPlan } from '../status';

describe('judgeUnitPlan', () => {
  const due = '2026-01-31';

  it('ends the due day at midnight in Vietnam (17:00 UTC)', () => {
    expect(dueEndOf(due).toISOString()).toBe('2026-01-31T17:00:00.000Z');
  });

  it('counts a first filing up to the last minute of the due day (Vietnam time) as on time, and from midnight as late', () => {
    expect(judgeUnitPlan(new Date('2026-01-31T16:59:59.999Z'), due, new Date('2026-03-01T00:00:00Z'))).toEqual({ status: 'on-time', overdue: false });
    expect(judgeUnitPlan(new Date('2026-01-31T17:00:00.000Z'), due, new Date('2026-03-01T00:00:00Z'))).toEqual({ status: 'late', overdue: false });
  });

  it('counts a unit with no filing as missing, overdue only once the due day is over in Vietnam', () => {
    expect(judgeUnitPlan(null, due, new Date('2026-01-31T16:59:00Z'))).toEqual({ status: 'missing', overdue: false });
    expect(judgeUnitPlan(null, due, new Date('2026-01-31T17:00:00Z'))).toEqual({ status: 'missing', overdue: true });
  });

  it('has nothing to be late for in a year without a due date', () => {
    expect(judgeUnitPlan(new Date('2026-12-31T16:00:00Z'), null, new Date())).toEqual({ status: 'on-time', overdue: false });
    expect(judgeUnitPlan(null, null, new Date())).toEqual({ status: 'missing', overdue: false });
  });
});
