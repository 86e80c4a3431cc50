import ical from 'ical-generator';
import type { CalendarEntry } from '../../../shared/contracts/calendar';
import { vnDay, vnWallClock } from '../calendar/time';

export const VN_TZID = 'Asia/Ho_Chi_Minh';

/** Vietnam's zone as iCalendar describes it: +07:00 all year, no daylight saving. */
const VTIMEZONE = ['BEGIN:VTIMEZONE', `TZID:${VN_TZID}`, 'BEGIN:STANDARD', 'DTSTART:19750613T000000', 'TZOFFSETFROM:+0700', 'TZOFFSETTO:+0700', 'TZNAME:+07', 'END:STANDARD', 'END:VTIMEZONE'].join('\r\n');

/**
 * The calendar's entries as an iCalendar file (ical-generator): timed entries in Asia/Ho_Chi_Minh
 * with its VTIMEZONE, the others as all-day dates. The link of each entry is its page in the admin.
 */
export function icsOf(entries: CalendarEntry[], adminBaseUrl: string, now = new Date()): string {
  const calendar = ical({ name: 'Lịch truyền thông - Sở GDĐT', prodId: { company: 'So GDDT', product: 'editorial-workflow', language: 'VI' }, ttl: 60 * 60 });
  calendar.timezone({ name: VN_TZID, generator: () => VTIMEZONE });
  for (const entry of entries) {
    const common = { id: `${entry.key}@editorial-workflow`, summary: entry.title, stamp: now, url: `${adminBaseUrl}${entry.target.path}`, timezone: VN_TZID };
    if (entry.allDay) calendar.createEvent({ ...common, start: vnDay(entry.start), allDay: true });
    else calendar.createEvent({ ...common, start: vnWallClock(entry.start), ...(entry.end ? { end: vnWallClock(entry.end) } : {}) });
  }
  return calendar.toString();
}
