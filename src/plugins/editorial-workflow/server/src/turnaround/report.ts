import type { Core } from '@strapi/strapi';
import type { BacklogGroup, DepartmentRef, TurnaroundReport } from '../../../shared/contracts/turnaround';
import { dateOfDay, dayNumber, vnStartOf } from '../../../shared/periods';
import { UNIT } from '../../../shared/uids';
import { workingTimeBetween } from '../../../shared/working-days';
import { loadWorkingCalendar } from '../working-calendar/load';
import { publicationWaits, reviewWaits, type Wait } from './durations';
import { backlogGroupOf, backlogItemOf, unitsOf, waitingItems, type Waiting } from './backlog';
import { durationFigure } from './figures';
import type { TurnaroundScope } from './scope';

/**
 * The turnaround of a period and the backlog now, for the departments of a scope: five queries
 * (approvals and their submissions, publications and their approvals, the waiting items) plus the
 * departments' names and the listed items' units, whatever the number of items.
 */
export async function turnaroundReport(strapi: Core.Strapi, scope: TurnaroundScope, period: { from: string; to: string }, now = new Date()): Promise<TurnaroundReport> {
  const departmentIds = scope.all ? undefined : scope.departmentIds;
  const window = { start: vnStartOf(period.from), end: vnStartOf(dateOfDay(dayNumber(period.to) + 1)), departmentIds };
  const calendar = await loadWorkingCalendar(strapi);
  const [reviews, publications, waiting, departments] = await Promise.all([
    reviewWaits(strapi, window),
    publicationWaits(strapi, window),
    waitingItems(strapi, departmentIds, calendar, now),
    strapi.db.query(UNIT).findMany({
      where: scope.all ? { kind: 'department' } : { id: { $in: scope.departmentIds } },
      select: ['id', 'code', 'name'],
      orderBy: [{ code: 'asc' }],
    }) as Promise<DepartmentRef[]>,
  ]);
  const days = (wait: Wait) => workingTimeBetween(wait.startedAt, wait.endedAt, calendar);

  // The department rows: those of the scope, and any other department an item was routed to.
  const known = new Set(departments.map((department) => department.id));
  const others = [...new Set([...reviews, ...waiting].map((entry) => entry.departmentId))].filter((id): id is number => id !== null && !known.has(id));
  const extra: DepartmentRef[] = others.length === 0 ? [] : await strapi.db.query(UNIT).findMany({ where: { id: { $in: others } }, select: ['id', 'code', 'name'], orderBy: [{ code: 'asc' }] });
  const rows = [...departments, ...extra].map(({ id, code, name }) => ({ id, code, name }));

  const atDepartment = waiting.filter((item) => item.state !== 'approved');
  const atPublisher = waiting.filter((item) => item.state === 'approved');
  const groups = new Map<number | 'publisher', ReturnType<typeof backlogGroupOf>>();
  for (const department of rows) groups.set(department.id, backlogGroupOf(atDepartment.filter((item) => item.departmentId === department.id)));
  groups.set('publisher', backlogGroupOf(atPublisher));
  const listed = [...groups.values()].flatMap((group) => group.oldest);
  const units = await unitsOf(strapi, [...new Set(listed.map((item) => item.item))]);
  const withOldest = (key: number | 'publisher'): BacklogGroup => {
    const { group, oldest } = groups.get(key)!;
    return { ...group, oldest: oldest.map((item: Waiting) => backlogItemOf(item, units.get(item.item) ?? null)) };
  };

  return {
    from: period.from,
    to: period.to,
    asOf: now.toISOString(),
    departments: rows.map((department) => ({
      department,
      submissionToApproval: durationFigure(reviews.filter((wait) => wait.departmentId === department.id).map(days)),
      backlog: withOldest(department.id),
    })),
    publisher: { approvalToPublication: durationFigure(publications.map(days)), backlog: withOldest('publisher') },
  };
}
