import type { Core } from '@strapi/strapi';
import { CONCERN_SEVERITY_LABELS, type ConcernSeverity } from '../../../shared/contracts/concerns';
import { CONCERN, CONCERN_ENTRY, JOB_RUN } from '../../../shared/uids';
import { getService } from '../get-service';
import { countedJob } from '../metrics';
import { dueAtOf, isOverdue, loadResponseHours, overdueRunKey } from './clock';
import { overdueNotice } from './notices';
import type { ConcernRow } from './service';

const JOB = 'concern-overdue';

export interface ConcernOverdueRun {
  skipped: boolean;
  /** The escalations written this run: `concern-overdue:<id>:<severity>`. */
  escalated: string[];
  notified: number;
}

/**
 * A concern past its severity's response time and still not handled (đã xử lý, đóng) goes to the
 * leadership, once per concern and severity, however many processes run the job (cron every ten
 * minutes): the pattern of deadline-alerts/. The reads come first; then one transaction takes a
 * PostgreSQL advisory lock (a second process finds it taken and skips the round), reads again which
 * escalations were written, and writes each new one as a job-run row under its unique key, with its
 * timeline entry and its notifications. E-mail leaves after the commit (mail outbox).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function written(runKeys: string[]): Promise<Set<string>> {
    if (runKeys.length === 0) return new Set();
    const rows: Array<{ runKey: string }> = await strapi.db.query(JOB_RUN).findMany({ where: { runKey: { $in: runKeys } }, select: ['runKey'] });
    return new Set(rows.map((row) => row.runKey));
  }

  async function runOnce(now: Date): Promise<ConcernOverdueRun> {
    const [open, hours]: [ConcernRow[], Awaited<ReturnType<typeof loadResponseHours>>] = await Promise.all([
      strapi.db.query(CONCERN).findMany({ where: { status: { $in: ['new', 'in-progress'] } }, orderBy: [{ id: 'asc' }] }),
      loadResponseHours(strapi),
    ]);
    const due = open
      .map((row) => ({ row, dueAt: dueAtOf(row, hours) }))
      .filter(({ dueAt }) => isOverdue(dueAt, now))
      .map((entry) => ({ ...entry, runKey: overdueRunKey(entry.row.id, entry.row.severity) }));
    const sent = await written(due.map((entry) => entry.runKey));
    const candidates = due.filter((entry) => !sent.has(entry.runKey));
    if (candidates.length === 0) return { skipped: false, escalated: [], notified: 0 };
    const concerns = getService(strapi, 'concerns');
    const leaders = await getService(strapi, 'membership').leadershipUserIds();

    return strapi.db.transaction(async ({ trx, onCommit }) => {
      if (strapi.db.dialect.client === 'postgres') {
        const result = await trx.raw('SELECT pg_try_advisory_xact_lock(hashtext(?)) AS locked', [`editorial-workflow:${JOB}`]);
        if (!result.rows[0]?.locked) return { skipped: true, escalated: [], notified: 0 };
      }
      // Under the lock: what another process (or an earlier round) wrote is seen here and not written again.
      const done = await written(candidates.map((entry) => entry.runKey));
      const queued: number[] = [];
      const escalated: string[] = [];
      for (const { row, dueAt, runKey } of candidates) {
        if (done.has(runKey)) continue;
        const facts = await concerns.alarmFactsOf(row);
        const severity: ConcernSeverity = row.severity;
        const ids = await getService(strapi, 'inbox').notifyUsers(leaders, overdueNotice({ ...facts, status: row.status, dueAt: dueAt! }, hours[severity]));
        await strapi.db.query(CONCERN_ENTRY).create({
          data: {
            concernId: row.id,
            kind: 'escalation',
            body: `Quá thời hạn xử lý ${hours[severity]} giờ của mức "${CONCERN_SEVERITY_LABELS[severity]}": đã báo cáo lãnh đạo Sở (${ids.length} người nhận).`,
            authorId: null,
            authorName: null,
          },
        });
        await strapi.db.query(JOB_RUN).create({ data: { runKey, job: JOB, startedAt: now, finishedAt: new Date(), notified: ids.length } });
        queued.push(...ids);
        escalated.push(runKey);
      }
      onCommit(() => getService(strapi, 'mail-outbox').deliverLater(queued));
      return { skipped: false, escalated, notified: queued.length };
    });
  }

  return {
    /** One round: every overdue concern not escalated yet at its severity. Counted for /metrics. */
    async run({ now = new Date() }: { now?: Date } = {}): Promise<ConcernOverdueRun> {
      return countedJob(JOB, () => runOnce(now), (run) => run.skipped);
    },
  };
};
