import type { CalendarQuery } from './plan';

/**
 * The communication calendar "Lịch truyền thông" (issue 17 item 7): `GET /calendar` answers the
 * entries of a range of Vietnam dates (CalendarQuery, contracts/plan.ts). Every time is Vietnam time.
 */
export const CALENDAR_ENTRY_KINDS = ['scheduled', 'published', 'assignment-due', 'event', 'report-due', 'unit-plan-due', 'script-milestone', 'guidance'] as const;
export type CalendarEntryKind = (typeof CALENDAR_ENTRY_KINDS)[number];

export const CALENDAR_ENTRY_KIND_LABELS: Record<CalendarEntryKind, string> = {
  scheduled: 'Hẹn giờ đăng',
  published: 'Đã đăng',
  'assignment-due': 'Hạn bài được giao',
  event: 'Sự kiện',
  'report-due': 'Hạn báo cáo dư luận',
  'unit-plan-due': 'Hạn nộp kế hoạch đơn vị',
  'script-milestone': 'Mốc kịch bản truyền thông',
  guidance: 'Định hướng tuyên truyền',
};

/** What an entry opens: an item (content-manager), an assignment, an event, a script, a guidance note, a page. */
export interface CalendarTarget {
  type: 'item' | 'assignment' | 'event' | 'script' | 'guidance' | 'page';
  /** The item's documentId, or the record's id. */
  id: string;
  /** The admin panel's path (after `/admin`). */
  path: string;
}

export interface CalendarEntry {
  /** Stable across requests (`event:12`, `assignment-due:4:31`): the feed's UID too. */
  key: string;
  kind: CalendarEntryKind;
  title: string;
  /** `YYYY-MM-DDTHH:mm:ss+07:00` for a timed entry, `YYYY-MM-DD` (a Vietnam date) for an all-day one. */
  start: string;
  end: string | null;
  allDay: boolean;
  /** The unit concerned (an item's, a target's), when one. */
  unitName: string | null;
  target: CalendarTarget;
}

export interface CalendarResponse {
  query: CalendarQuery;
  entries: CalendarEntry[];
  /** Published items left out past the calendar's cap (a see-all month can hold thousands). */
  omittedPublished: number;
}

export interface CalendarChoice {
  id: number;
  name: string;
  code: string;
}

/** The filters' choices: the units and departments the person may filter by, and the topics. */
export interface CalendarChoices {
  units: CalendarChoice[];
  departments: CalendarChoice[];
  topics: CalendarChoice[];
}

/** `GET /calendar/feed-token`: the token itself is shown once, at creation; only its hash is kept. */
export interface FeedTokenStatus {
  active: boolean;
  createdAt: string | null;
  lastUsedAt: string | null;
}

export interface FeedTokenCreated extends FeedTokenStatus {
  /** The feed's address, with the token: shown once. */
  url: string;
}
