import type { Core } from '@strapi/strapi';
import { DEADLINE_STATES, type DeadlineState } from '../../../shared/deadlines';
import { ARTICLE, ITEM_STATE, JOB_RUN } from '../../../shared/uids';
import { loadDeadlines } from '../queue/deadlines';
import { isoOf, lastStepTimes } from '../queue/last-steps';
import { getService } from '../get-service';
import { countedJob } from '../metrics';
import { alertNotice, audienceOf, dueAlerts, type Audience, type DueAlert, type WaitingItemFacts } from './due-alerts';

const JOB = 'deadline-alerts';

export interface DeadlineAlertRun {
  skipped: boolean;
  /** The alerts written this run: `deadline-overdue:<documentId>:v<version>`, `deadline-escalation:…`. */
  alerts: string[];
  /** Notifications written. */
  notified: number;
}

/**
 * The overdue reminders and their escalation (due-alerts.ts), run by cron every ten minutes in every
 * process. Once per item, version and kind, however many processes: the reads come first; then one
 * transaction takes a PostgreSQL advisory lock (a second process finds it taken and skips this
 * round), reads again which alerts were written, and writes each new one as a job-run row under its
 * unique key together with its notifications. E-mail leaves after the commit (mail outbox).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The items waiting for the Sở now, with their title and since when they wait (a fixed number of queries). */
  async function waitingItems(): Promise<WaitingItemFacts[]> {
    const records: Array<{ itemDocumentId: string; state: DeadlineState; version: number; departmentId: number | null; scheduledAt: unknown }> =
      await strapi.db.query(ITEM_STATE).findMany({
        where: { state: { $in: [...DEADLINE_STATES] } },
        select: ['itemDocumentId', 'state', 'version', 'departmentId', 'scheduledAt'],
      });
    if (records.length === 0) return [];
    const documentIds = records.map((record) => record.itemDocumentId);
    const [steps, drafts] = await Promise.all([
      lastStepTimes(strapi, documentIds),
      strapi.db.query(ARTICLE).findMany({ where: { documentId: { $in: documentIds }, publishedAt: null }, select: ['documentId', 'title'] }) as Promise<
        Array<{ documentId: string; title: string }>
      >,
    ]);
    const titles = new Map(drafts.map((draft) => [draft.documentId, draft.title]));
    return records.flatMap((record) => {
      const waitingSince = steps.get(record.itemDocumentId);
      if (!waitingSince) return [];
      return [{
        documentId: record.itemDocumentId,
        title: titles.get(record.itemDocumentId) ?? record.itemDocumentId,
        state: record.state,
        version: record.version,
        departmentId: record.departmentId ?? null,
        waitingSince,
        scheduledAt: isoOf(record.scheduledAt),
      }];
    });
  }

  /** The run keys of these alerts already written. */
  async function written(runKeys: string[]): Promise<Set<string>> {
    if (runKeys.length === 0) return new Set();
    const rows: Array<{ runKey: string }> = await strapi.db.query(JOB_RUN).findMany({ where: { runKey: { $in: runKeys } }, select: ['runKey'] });
    return new Set(rows.map((row) => row.runKey));
  }

  async function recipients(audience: Audience, cache: Map<string, number[]>): Promise<number[]> {
    const key = JSON.stringify(audience);
    if (!cache.has(key)) {
      const membership = getService(strapi, 'membership');
      const ids =
        audience.role === 'leadership'
          ? await membership.leadershipUserIds()
          : audience.role === 'publisher'
            ? await membership.userIdsWithRole('publisher')
            : await membership.userIdsWithRole(audience.role, audience.departmentId);
      cache.set(key, ids);
    }
    return cache.get(key)!;
  }

  async function runOnce(now: Date): Promise<DeadlineAlertRun> {
    const skipped: DeadlineAlertRun = { skipped: true, alerts: [], notified: 0 };
    const [items, deadlines] = await Promise.all([waitingItems(), loadDeadlines(strapi)]);
    // What earlier rounds wrote is read first, outside any transaction: a round with nothing new (most
    // rounds, every ten minutes in every process) neither takes the lock nor opens a transaction.
    const due = dueAlerts(items, deadlines, now, new Set());
    const sent = await written(due.map((alert) => alert.runKey));
    const candidates = due.filter((alert) => !sent.has(alert.runKey));
    if (candidates.length === 0) return { skipped: false, alerts: [], notified: 0 };
    const audiences = new Map<string, number[]>();
    const told = new Map<DueAlert, number[]>();
    for (const alert of candidates) {
      const audience = audienceOf(alert.kind, alert.item);
      told.set(alert, audience ? await recipients(audience, audiences) : []);
    }

    return strapi.db.transaction(async ({ trx, onCommit }) => {
      if (strapi.db.dialect.client === 'postgres') {
        const result = await trx.raw('SELECT pg_try_advisory_xact_lock(hashtext(?)) AS locked', [`editorial-workflow:${JOB}`]);
        if (!result.rows[0]?.locked) return skipped;
      }
      // Under the lock: what another process (or an earlier round) wrote is seen here and not written again.
      const done = await written(candidates.map((alert) => alert.runKey));
      const queued: number[] = [];
      const alerts: string[] = [];
      for (const alert of candidates) {
        if (done.has(alert.runKey)) continue;
        const ids = await getService(strapi, 'inbox').notifyUsers(told.get(alert) ?? [], alertNotice(alert), alert.item.documentId);
        await strapi.db.query(JOB_RUN).create({ data: { runKey: alert.runKey, job: JOB, startedAt: now, finishedAt: new Date(), notified: ids.length } });
        queued.push(...ids);
        alerts.push(alert.runKey);
      }
      onCommit(() => getService(strapi, 'mail-outbox').deliverLater(queued));
      return { skipped: false, alerts, notified: queued.length };
    });
  }

  return {
    /** One round: every alert due at `now` and not sent yet. Counted for /metrics (done, skipped, failed). */
    async run({ now = new Date() }: { now?: Date } = {}): Promise<DeadlineAlertRun> {
      return countedJob(JOB, () => runOnce(now), (run) => run.skipped);
    },
  };
};
