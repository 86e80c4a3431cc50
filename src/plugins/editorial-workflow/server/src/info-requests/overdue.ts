import type { Core } from '@strapi/strapi';
import { CLOSED_INFO_REQUEST_STATUSES } from '../../../shared/contracts/info-requests';
import { INFO_REQUEST, UNIT } from '../../../shared/uids';
import { getService } from '../get-service';
import { countedJob } from '../metrics';
import { overdueNotice } from './notices';
import type { InfoRequestRecord } from './service';

const JOB = 'info-request-overdue';

export interface InfoRequestOverdueRun {
  /** The requests escalated this run. */
  escalated: number[];
  notified: number;
}

/**
 * Requests past their legal deadline and neither answered nor refused (cron every ten minutes): the
 * leadership and the routed department's heads are told, once per request however many processes
 * run the job. "Once" is a compare-and-set on the request's own column, as for the assignments'
 * overdue parts: an UPDATE … WHERE escalatedAt IS NULL in the transaction that writes the
 * notifications; a second process's UPDATE waits for the first to commit, then claims nothing.
 * E-mail leaves after the commit (mail outbox).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const requests = () => strapi.db.query(INFO_REQUEST);

  async function claim(row: InfoRequestRecord, now: Date, recipients: number[], departmentName: string | null, queued: number[]): Promise<boolean> {
    return strapi.db.transaction(async ({ onCommit }) => {
      const { count } = await requests().updateMany({
        where: { id: row.id, escalatedAt: null, status: { $notIn: [...CLOSED_INFO_REQUEST_STATUSES] } },
        data: { escalatedAt: now },
      });
      if (count !== 1) return false;
      const ids = await getService(strapi, 'inbox').notifyUsers(recipients, overdueNotice({ ...row, departmentName }));
      onCommit(() => getService(strapi, 'mail-outbox').deliverLater(ids));
      queued.push(...ids);
      return true;
    });
  }

  async function runOnce(now: Date): Promise<InfoRequestOverdueRun> {
    const late: InfoRequestRecord[] = await requests().findMany({
      where: { escalatedAt: null, status: { $notIn: [...CLOSED_INFO_REQUEST_STATUSES] }, dueAt: { $lt: now } },
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
      limit: 1000,
    });
    const run: InfoRequestOverdueRun = { escalated: [], notified: 0 };
    if (late.length === 0) return run;
    const membership = getService(strapi, 'membership');
    const leaders = await membership.leadershipUserIds();
    const queued: number[] = [];
    for (const row of late) {
      const department = row.departmentId ? await strapi.db.query(UNIT).findOne({ where: { id: row.departmentId }, select: ['name'] }) : null;
      const heads = row.departmentId ? await membership.userIdsWithRole('head', row.departmentId) : [];
      if (await claim(row, now, [...new Set([...leaders, ...heads])], department?.name ?? null, queued)) run.escalated.push(row.id);
    }
    run.notified = queued.length;
    return run;
  }

  return {
    /** One round (the clock is a parameter, for the tests). Counted for /metrics. */
    async run({ now = new Date() }: { now?: Date } = {}): Promise<InfoRequestOverdueRun> {
      return countedJob(JOB, () => runOnce(now));
    },
  };
};
