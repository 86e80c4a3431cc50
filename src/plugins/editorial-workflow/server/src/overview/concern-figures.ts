import type { Core } from '@strapi/strapi';
import type { ByMonth, OverviewConcerns } from '../../../shared/contracts/overview';
import { CONCERN_SEVERITIES, SETTLED_STATUSES, type ConcernSeverity, type ConcernStatus } from '../../../shared/contracts/concerns';
import { CONCERN } from '../../../shared/uids';
import { dueAtOf, isOverdue, loadResponseHours } from '../concerns/clock';
import { scopeWhere } from '../concerns/scope';
import { perMonth, type MonthWindow } from './months';
import type { OverviewScope } from './scope';

const bySeverity = (): Record<ConcernSeverity, number> => ({ watch: 0, action: 0, incident: 0, crisis: 0 });

/**
 * The concerns an overview counts: every one for the leadership (the statistics of every unit);
 * otherwise those filed by or about the person's units, or routed to the departments where they edit
 * or approve: the desk's own filter (concerns/scope.ts).
 */
const concernsWhere = (scope: OverviewScope) =>
  scopeWhere({ userId: 0, isOffice: false, seesAll: scope.units.all, unitIds: scope.units.all ? [] : scope.units.unitIds, departmentIds: scope.departmentIds ?? [] });

const and = (...parts: Array<Record<string, unknown> | undefined>) => {
  const present = parts.filter((part): part is Record<string, unknown> => part !== undefined);
  return present.length === 1 ? present[0] : { $and: present };
};

/**
 * The opinion desk in the overview (concerns/): the concerns entered in each compared month, by their
 * severity now, and those still open now (new or in progress) by severity, with how many are past
 * their response time. Five queries, whatever the number of concerns: one per month, one for the open,
 * one for the response times.
 */
export async function concernFigures(strapi: Core.Strapi, months: ByMonth<MonthWindow>, scope: OverviewScope, now: Date): Promise<OverviewConcerns> {
  const where = concernsWhere(scope);
  const entered = await perMonth(months, async (window) => {
    const rows: Array<{ severity: ConcernSeverity }> = await strapi.db.query(CONCERN).findMany({
      select: ['severity'],
      where: and(where, { createdAt: { $gte: window.start, $lt: window.end } }),
    });
    const counts = bySeverity();
    for (const row of rows) counts[row.severity] += 1;
    return counts;
  });
  const [openRows, hours] = await Promise.all([
    strapi.db.query(CONCERN).findMany({
      select: ['severity', 'severitySince', 'status'],
      where: and(where, { status: { $notIn: [...SETTLED_STATUSES] } }),
    }) as Promise<Array<{ severity: ConcernSeverity; severitySince: string; status: ConcernStatus }>>,
    loadResponseHours(strapi),
  ]);
  const open = bySeverity();
  let overdue = 0;
  for (const row of openRows) {
    open[row.severity] += 1;
    if (isOverdue(dueAtOf(row, hours), now)) overdue += 1;
  }
  return { available: true, severities: [...CONCERN_SEVERITIES], entered, open, overdue };
}
