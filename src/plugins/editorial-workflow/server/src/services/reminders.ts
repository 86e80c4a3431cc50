import type { Core } from '@strapi/strapi';
import { dateOfDay, dayNumber, mondayOf, vnDateOf, weekKeyOf } from '../../../shared/periods';
import { METRIC_LABELS, METRICS, type UnitRef } from '../../../shared/contracts/stats';
import { JOB_RUN } from '../../../shared/uids';
import { getService } from '../get-service';

/** What a run did: `skipped` when another process (or an earlier call) already ran this key. */
export interface ReminderRun {
  runKey: string;
  skipped: boolean;
  /** Units told. */
  units: string[];
  /** Notifications written. */
  notified: number;
}

interface Shortfall {
  unit: UnitRef;
  lines: string[];
}

const isUniqueViolation = (error: unknown): boolean => {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || /unique constraint/i.test(String(message));
};

/**
 * The quota reminders, run by cron in Vietnam time (plugin bootstrap): on Fridays the units short
 * of a weekly quota this week, on the 15th and the 19th the units without this month's report. The
 * unit's authors are told through the workflow's notifications (in-admin list and e-mail).
 *
 * Once per key, however many processes: the reads come first (a second process computing the same
 * list is harmless), then one transaction takes a PostgreSQL advisory lock (so two processes never
 * write at once), inserts the run's record under a unique key (so a process that takes the lock
 * right after the first one released it finds the run done), and writes the notifications. E-mail
 * leaves after the commit. SQLite has one process: the run record alone.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {

  async function authorsOf(unitId: number): Promise<number[]> {
    return getService(strapi, 'membership').userIdsWithRole('author', unitId);
  }

  async function runOnce(job: string, runKey: string, now: Date, find: () => Promise<Shortfall[]>, title: string): Promise<ReminderRun> {
    const skipped = { runKey, skipped: true, units: [], notified: 0 };
    if (await strapi.db.query(JOB_RUN).findOne({ where: { runKey }, select: ['id'] })) return skipped;
    const shortfalls = await find();
    // One notice per person, listing each of their units that is short.
    const byUser = new Map<number, string[]>();
    for (const { unit, lines } of shortfalls) {
      for (const userId of await authorsOf(unit.id)) {
        byUser.set(userId, [...(byUser.get(userId) ?? []), `${unit.name} (${unit.code}):`, ...lines.map((line) => `– ${line}`)]);
      }
    }
    try {
      return await strapi.db.transaction(async ({ trx, onCommit }) => {
        if (strapi.db.dialect.client === 'postgres') {
          const result = await trx.raw('SELECT pg_try_advisory_xact_lock(hashtext(?)) AS locked', [`editorial-workflow:${job}`]);
          if (!result.rows[0]?.locked) return skipped;
        }
        const run = await strapi.db.query(JOB_RUN).create({ data: { runKey, job, startedAt: now } });
        const queued: number[] = [];
        for (const [userId, lines] of byUser) {
          queued.push(...(await getService(strapi, 'inbox').notifyUsers([userId], { action: job, title, lines: [...lines, 'Xem chi tiết tại trang Thống kê của Tòa soạn.'] })));
        }
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
