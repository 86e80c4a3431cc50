import type { Core } from '@strapi/strapi';
import { addWorkingDays } from '../../../shared/working-days';
import { ASSIGNMENT, ASSIGNMENT_TARGET, PLAN_LINE, UNIT } from '../../../shared/uids';
import { getService } from '../get-service';
import { countedJob } from '../metrics';
import { loadWorkingCalendar } from '../working-calendar/load';
import type { Notice } from '../notifications/transition-notice';
import { overdueEscalation, overdueReminder, type OverdueFacts } from './notices';
import type { AssignmentRow, TargetRow } from './service';

const JOB = 'assignment-overdue';
/** The working days after the due time before the commissioning unit is told. */
export const ESCALATION_AFTER_WORKING_DAYS = 1;

export interface AssignmentOverdueRun {
  /** Target ids reminded (the unit's authors and head) and escalated (the commissioning unit) this run. */
  reminded: number[];
  escalated: number[];
  notified: number;
}

type Step = 'remindedAt' | 'escalatedAt';

/**
 * Overdue parts of assignments (cron every ten minutes): the unit's authors and heads are reminded
 * once; a working day after the due time, if still not submitted, the commissioning unit's members
 * are told once. "Once" across processes is a compare-and-set on the part's own column: each part is
 * claimed by an UPDATE … WHERE remindedAt IS NULL (escalatedAt IS NULL) in the transaction that
 * writes its notifications. A second process's UPDATE waits for the first to commit, then finds
 * the column set and claims nothing. E-mail leaves after the commit (mail outbox).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const targets = () => strapi.db.query(ASSIGNMENT_TARGET);
  const membership = () => getService(strapi, 'membership');

  async function factsOf(parts: TargetRow[]): Promise<Map<number, OverdueFacts & { commissionerUnitId: number }>> {
    const rows: AssignmentRow[] = await strapi.db.query(ASSIGNMENT).findMany({ where: { id: { $in: [...new Set(parts.map((part) => part.assignmentId))] } } });
    const unitIds = [...new Set([...parts.map((part) => part.unitId), ...rows.map((row) => row.commissionerUnitId)])];
    const [units, lines]: [Array<{ id: number; name: string }>, Array<{ id: number; code: string }>] = await Promise.all([
      strapi.db.query(UNIT).findMany({ where: { id: { $in: unitIds } }, select: ['id', 'name'] }),
      strapi.db.query(PLAN_LINE).findMany({ where: { id: { $in: rows.map((row) => row.lineId) } }, select: ['id', 'code'] }),
    ]);
    const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
    const lineCode = new Map(lines.map((line) => [line.id, line.code]));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return new Map(
      parts
        .filter((part) => byId.has(part.assignmentId))
        .map((part) => {
          const row = byId.get(part.assignmentId)!;
          return [
            part.id,
            {
              assignmentId: row.id,
              title: row.title,
              lineCode: lineCode.get(row.lineId) ?? null,
              unitName: unitName.get(part.unitId) ?? `Đơn vị số ${part.unitId}`,
              commissionerName: unitName.get(row.commissionerUnitId) ?? 'Nơi giao nhiệm vụ',
              commissionerUnitId: row.commissionerUnitId,
              dueAt: part.dueAt,
            },
          ];
        })
    );
  }

  /** The unit's authors and heads (unit-head; a department's head too), as they are today. */
  async function unitPeople(unitId: number): Promise<number[]> {
    const [authors, unitHeads, heads] = await Promise.all([
      membership().userIdsWithRole('author', unitId),
      membership().userIdsWithRole('unit-head', unitId),
      membership().userIdsWithRole('head', unitId),
    ]);
    return [...new Set([...authors, ...unitHeads, ...heads])];
  }

  /** Every member of the commissioning unit (the Office, or the department's editors and heads). */
  async function commissionerPeople(unitId: number): Promise<number[]> {
    const rows: Array<{ userId: number }> = await membership().list({ unitId });
    return [...new Set(rows.map((row) => row.userId))];
  }

  /** Claims the part's step and writes its notices, in one transaction; false when another run claimed it first. */
  async function claim(part: TargetRow, step: Step, now: Date, recipients: number[], notice: Notice, queued: number[]): Promise<boolean> {
    return strapi.db.transaction(async ({ onCommit }) => {
      const { count } = await targets().updateMany({ where: { id: part.id, submittedAt: null, [step]: null }, data: { [step]: now } });
      if (count !== 1) return false;
      const ids = await getService(strapi, 'inbox').notifyUsers(recipients, notice);
      onCommit(() => getService(strapi, 'mail-outbox').deliverLater(ids));
      queued.push(...ids);
      return true;
    });
  }

  async function runOnce(now: Date): Promise<AssignmentOverdueRun> {
    const run: AssignmentOverdueRun = { reminded: [], escalated: [], notified: 0 };
    const late: TargetRow[] = await targets().findMany({
      where: { submittedAt: null, dueAt: { $lt: now }, $or: [{ remindedAt: null }, { escalatedAt: null }] },
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
      limit: 1000,
    });
    if (late.length === 0) return run;
    const [facts, calendar] = await Promise.all([factsOf(late), loadWorkingCalendar(strapi, now.getTime())]);
    const queued: number[] = [];
    for (const part of late) {
      const fact = facts.get(part.id);
      if (!fact) continue;
      if (!part.remindedAt) {
        if (await claim(part, 'remindedAt', now, await unitPeople(part.unitId), overdueReminder(fact), queued)) run.reminded.push(part.id);
        // The escalation waits for a later run: the unit hears first.
        continue;
      }
      const escalatesAt = addWorkingDays(part.dueAt, ESCALATION_AFTER_WORKING_DAYS, calendar);
      if (!part.escalatedAt && now.getTime() > escalatesAt.getTime()) {
        if (await claim(part, 'escalatedAt', now, await commissionerPeople(fact.commissionerUnitId), overdueEscalation(fact), queued)) run.escalated.push(part.id);
      }
    }
    run.notified = queued.length;
    return run;
  }

  return {
    /** One round (the clock is a parameter, for the tests). Counted for /metrics. */
    async run({ now = new Date() }: { now?: Date } = {}): Promise<AssignmentOverdueRun> {
      return countedJob(JOB, () => runOnce(now));
    },
  };
};
