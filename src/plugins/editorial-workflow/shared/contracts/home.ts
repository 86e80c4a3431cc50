import type { Granularity, Period } from '../periods';
import type { WorkflowState } from '../state-machine';
import type { Notification } from './notifications';
import type { QueueCounts } from './queue';
import type { Metric, UnitRef } from './stats';

/**
 * The admin home page's contract (`GET /home`): the four blocks of a newsroom person's home page,
 * in one answer, each in the caller's scope.
 */

/**
 * Strapi's own counts of the whole system (its "Project statistics" and "Entries" widgets and
 * their endpoints) are for the administrator: whoever may change the admin roles, and so could
 * give themselves any right. In this newsroom only the super admin's role holds it.
 */
export const SYSTEM_COUNTS_ACTION = 'admin::roles.update';

/** How many notifications the home page lists (the unread count covers them all). */
export const HOME_LATEST_NOTIFICATIONS = 5;

/** Items by workflow state (states with none are absent), and their sum. */
export interface StateCounts {
  total: number;
  byState: Partial<Record<WorkflowState, number>>;
}

/** One quota of this period: the count so far against the minimum (`met` as the statistics judge it). */
export interface QuotaProgress {
  metric: Metric;
  granularity: Granularity;
  /** The period's key: `2026-W49` or `2026-12`. */
  period: string;
  count: number;
  /** The minimum; 0 when the plan only encourages (schools' items: counted, nothing to meet). */
  quota: number;
  met: boolean | null;
}

export interface HomeSummary {
  /** Today in Vietnam (`YYYY-MM-DD`): the figures are of this day's week and month. */
  today: string;
  /** What waits for the person: the queue's counts, as its tabs and the menu badge show them. */
  waiting: QueueCounts;
  /** The items of the units the person belongs to (any role), by state. */
  unitItems: StateCounts & { units: UnitRef[] };
  /** This week's and this month's quotas of those units, counted as the statistics page counts them. */
  quota: {
    week: Period;
    month: Period;
    units: Array<{ unit: UnitRef; progress: QuotaProgress[] }>;
  };
  /** The unread notifications: how many, and the newest of them. */
  notifications: { unread: number; latest: Notification[] };
}
