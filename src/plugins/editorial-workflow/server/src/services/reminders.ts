import type { Core } from '@strapi/strapi';
import { dateOfDay, dayNumber, mondayOf, vnDateOf, weekKeyOf } from '../../../shared/periods';
import { METRIC_LABELS, METRICS, type Metric, type UnitRef } from '../../../shared/contracts/stats';
import { JOB_RUN, MEMBERSHIP } from '../../../shared/uids';
import type { MemberRole } from '../../../shared/member-roles';
import { remindersFor, type Shortfall, type UnitPeople } from '../reminders/notices';
import { monthlyReminderOn } from '../reminders/month-end';
import { vietnameseDate } from '../utils/vietnam-time';
import { getService } from '../get-service';
import { countedJob } from '../metrics';
import { isUniqueViolation } from '../utils/unique-violation';

/** What a run did: `skipped` when another process (or an earlier call) already ran this key. */
export interface ReminderRun {
  runKey: string;
  skipped: boolean;
  /** Units told. */
  units: string[];
  /** Notifications written. */
  notified: number;
}

/**
 * The monthly quotas the month-end reminder covers: every metric with a monthly policy (the plan's
 * feature series and photo/video of the month, an association's monthly items), except the opinion
 * report, whose own reminder runs on the 15th and the 19th.
 */
export const MONTHLY_REMINDER_METRICS: readonly Metric[] = METRICS.filter((metric) => metric !== 'opinion_report_on_time');

/**
 * The quota reminders, run by cron in Vietnam time (plugin bootstrap): on Fridays the units short
 * of a weekly quota this week; near the month's end (reminders/month-end.ts) the units short of a
 * monthly quota this month; on the 15th and the 19th the units without this month's report. The
 * unit's authors are told through the workflow's notifications (in-admin list and e-mail), and the
 * unit's head gets a copy (reminders/notices.ts).
 *
 * Once per key, however many processes: the reads come first (a second process computing the same
 * list is harmless), then one transaction takes a PostgreSQL advisory lock (so two processes never
 * write at once), inserts the run's record under a unique key (so a process that takes the lock
 * right after the first one released it finds the run done), and writes the notifications. E-mail
 * leaves after the commit. SQLite has one process: the run record alone.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {

  /** The authors and heads of these units, in one query (a month-end run may name hundreds of units). */
  async function peopleOf(units: UnitRef[]): Promise<Map<number, UnitPeople>> {
    const people = new Map<number, UnitPeople>(units.map((unit) => [unit.id, { authors: [], heads: [] }]));
    if (units.length === 0) return people;
    const rows: Array<{ userId: number; unitId: number; role: MemberRole }> = await strapi.db.query(MEMBERSHIP).findMany({
      where: { unitId: { $in: [...people.keys()] }, role: { $in: ['author', 'unit-head'] } },
      select: ['userId', 'unitId', 'role'],
      orderBy: [{ userId: 'asc' }],
    });
    for (const { userId, unitId, role } of rows) {
      const unit = people.get(unitId)!;
      (role === 'author' ? unit.authors : unit.heads).push(userId);
    }
    return people;
  }

  /** Counted for /metrics: done, skipped (already run), failed. */
  const runOnce = (...args: Parameters<typeof runJobOnce>) => countedJob(args[0], () => runJobOnce(...args), (run) => run.skipped);

  async function runJobOnce(job: string, runKey: string, now: Date, find: () => Promise<Shortfall[]>, title: string): Promise<ReminderRun> {
    const skipped = { runKey, skipped: true, units: [], notified: 0 };
    if (await strapi.db.query(JOB_RUN).findOne({ where: { runKey }, select: ['id'] })) return skipped;
    const shortfalls = await find();
    const people = await peopleOf(shortfalls.map(({ unit }) => unit));
    const notices = remindersFor(shortfalls, (unitId) => people.get(unitId) ?? { authors: [], heads: [] }, { action: job, title });
    try {
      return await strapi.db.transaction(async ({ trx, onCommit }) => {
        if (strapi.db.dialect.client === 'postgres') {
          const result = await trx.raw('SELECT pg_try_advisory_xact_lock(hashtext(?)) AS locked', [`editorial-workflow:${job}`]);
          if (!result.rows[0]?.locked) return skipped;
        }
        const run = await strapi.db.query(JOB_RUN).create({ data: { runKey, job, startedAt: now } });
        const queued: number[] = [];
        for (const { userId, notice } of notices) queued.push(...(await getService(strapi, 'inbox').notifyUsers([userId], notice)));
        await strapi.db.query(JOB_RUN).update({ where: { id: run.id }, data: { finishedAt: new Date(), notified: queued.length } });
        onCommit(() => getService(strapi, 'mail-outbox').deliverLater(queued));
        return { runKey, skipped: false, units: shortfalls.map(({ unit }) => unit.code), notified: queued.length };
      });
    } catch (error) {
      if (isUniqueViolation(error)) return skipped;
      throw error;
    }
  }

  return {
    /** Friday: the units short of a weekly quota in the week so far (Monday to today, Vietnam time). */
    async weeklyQuota({ now = new Date() }: { now?: Date } = {}): Promise<ReminderRun> {
      const today = vnDateOf(now);
      const week = weekKeyOf(today);
      return runOnce('weekly-reminder', `weekly-reminder:${week}`, now, async () => {
        const from = dateOfDay(mondayOf(dayNumber(today)));
        const grid = await getService(strapi, 'stats').compliance({ from, to: today, granularity: 'week', now });
        const shortfalls: Shortfall[] = [];
        for (const { unit, periods } of grid.units) {
          const cells = periods[week]?.metrics;
          if (!cells) continue;
          const lines = METRICS.filter((metric) => cells[metric].met === false).map(
            (metric) => `${METRIC_LABELS[metric]}: ${cells[metric].count}/${cells[metric].quota} trong tuần ${week}`
          );
          if (lines.length > 0) shortfalls.push({ unit, lines });
        }
        return shortfalls;
      }, `Nhắc chỉ tiêu tuần ${week}: đơn vị chưa đạt`);
    },

    /**
     * Near the month's end (MONTHLY_REMINDER_DAYS_BEFORE_END): the units short of a monthly quota in
     * the month so far. Null on any other day (the cron fires on every day a reminder may fall on).
     * One run per month and reminder day: the key names both (`monthly-quota-reminder:2026-10:D-5`).
     */
    async monthlyQuota({ now = new Date() }: { now?: Date } = {}): Promise<ReminderRun | null> {
      const today = vnDateOf(now);
      const occasion = monthlyReminderOn(today);
      if (!occasion) return null;
      const { month, start, daysLeft } = occasion;
      return runOnce('monthly-quota-reminder', `monthly-quota-reminder:${month}:D-${daysLeft}`, now, async () => {
        const grid = await getService(strapi, 'stats').compliance({ from: start, to: today, granularity: 'month', now });
        const shortfalls: Shortfall[] = [];
        for (const { unit, periods } of grid.units) {
          const cells = periods[month]?.metrics;
          if (!cells) continue;
          const lines = MONTHLY_REMINDER_METRICS.filter((metric) => cells[metric].met === false).map(
            (metric) => `${METRIC_LABELS[metric]}: ${cells[metric].count}/${cells[metric].quota} trong tháng ${month}`
          );
          if (lines.length > 0) shortfalls.push({ unit, lines: [...lines, `Còn ${daysLeft} ngày đến hết tháng (${vietnameseDate(occasion.end)}).`] });
        }
        return shortfalls;
      }, `Nhắc chỉ tiêu tháng ${month}: đơn vị chưa đạt`);
    },

    /** The 15th and the 19th: the units whose quota asks for a report and that have not filed this month's. */
    async monthlyReport({ now = new Date() }: { now?: Date } = {}): Promise<ReminderRun> {
      const today = vnDateOf(now);
      const month = today.slice(0, 7);
      return runOnce('report-reminder', `report-reminder:${today}`, now, async () => {
        const status = await getService(strapi, 'stats').reportStatus({ month, now });
        return status.units
          .filter((row: { status: string }) => row.status === 'missing')
          .map((row: { unit: UnitRef }) => ({
            unit: row.unit,
            lines: [`Chưa gửi báo cáo dư luận tháng ${month}; hạn nộp trước ngày ${status.dueDay}.`],
          }));
      }, `Nhắc báo cáo dư luận tháng ${month}`);
    },
  };
};
