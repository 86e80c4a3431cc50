import { MONTHLY_REMINDER_CRON, monthEndOf, monthlyReminderOn } from '../month-end';
import { vietnameseDate } from '../../utils/vietnam-time';

describe('the month-end reminder days', () => {
  const reminderDays = (month: string) => {
    const days: string[] = [];
    for (let day = 1; day <= 31; day += 1) {
      const date = `${month}-${String(day).padStart(2, '0')}`;
      if (monthEndOf(date).end >= date && monthlyReminderOn(date)) days.push(date.slice(8));
    }
    return days;
  };

  it('falls 5 and 2 days before the last day of the month, whatever its length', () => {
    expect(reminderDays('2026-10')).toEqual(['26', '29']);
    expect(reminderDays('2026-11')).toEqual(['25', '28']);
    expect(reminderDays('2026-02')).toEqual(['23', '26']);
    expect(reminderDays('2028-02')).toEqual(['24', '27']);
  });

  it('names the month, its bounds and the days left', () => {
    expect(monthlyReminderOn('2026-10-26')).toEqual({ month: '2026-10', start: '2026-10-01', end: '2026-10-31', daysLeft: 5 });
    expect(monthlyReminderOn('2026-10-25')).toBeNull();
    expect(monthEndOf('2026-12-31').daysLeft).toBe(0);
  });

  it('fires the cron on every day a reminder day can fall on (the 23rd to the 29th)', () => {
    const [, , days] = MONTHLY_REMINDER_CRON.split(' ');
    const [from, to] = days.split('-').map(Number);
    for (const month of ['2026-01', '2026-02', '2028-02', '2026-04', '2026-12']) {
      for (const day of reminderDays(month).map(Number)) {
        expect(day).toBeGreaterThanOrEqual(from);
        expect(day).toBeLessThanOrEqual(to);
      }
    }
  });

  it('writes dates the Vietnamese way', () => {
    expect(vietnameseDate('2026-10-31')).toBe('31/10/2026');
  });
});
