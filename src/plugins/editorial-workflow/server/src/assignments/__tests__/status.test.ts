import { isOpen, statusOf } from '../status';

const now = new Date('2026-12-03T10:00:00Z');
const before = '2026-12-03T09:00:00Z';
const after = '2026-12-03T11:00:00Z';

describe('the status of a unit part of an assignment', () => {
  it('is pending before its due time and overdue after it, until something is submitted', () => {
    expect(statusOf({ dueAt: after, submittedAt: null }, null, now)).toBe('pending');
    expect(statusOf({ dueAt: before, submittedAt: null }, null, now)).toBe('overdue');
  });

  it('is submitted once submitted, late or not, and published once its item has been online', () => {
    expect(statusOf({ dueAt: before, submittedAt: '2026-12-03T09:30:00Z' }, { firstPublishedAt: null }, now)).toBe('submitted');
    expect(statusOf({ dueAt: before, submittedAt: before }, { firstPublishedAt: '2026-12-03T09:45:00Z' }, now)).toBe('published');
  });

  it('is open while pending or overdue only', () => {
    expect(['pending', 'overdue', 'submitted', 'published'].map((s) => isOpen(s as never))).toEqual([true, true, false, false]);
  });
});
