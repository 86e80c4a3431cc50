import type { Core } from '@strapi/strapi';
import type { ByMonth, ReportFigures } from '../../../shared/contracts/overview';
import { getService } from '../get-service';
import { reportDeadline } from '../stats/grid';
import { perMonth, type MonthWindow } from './months';

/**
 * The monthly opinion reports of each compared month, from the statistics' own table (one per unit
 * whose quota asks for one): on time when filed before 00:00 of the due day in Vietnam (the
 * quota's `dueDay`, the plan's 20th by default, stats/quotas.ts), late after it, missing when none.
 * Three queries a month.
 */
export async function reportFigures(strapi: Core.Strapi, months: ByMonth<MonthWindow>, unitIds: number[] | undefined, now: Date): Promise<ByMonth<ReportFigures>> {
  const stats = getService(strapi, 'stats');
  return perMonth(months, async (window) => {
    const table = await stats.reportStatus({ month: window.key, unitIds, now });
    const count = (status: string) => table.units.filter((row: { status: string }) => row.status === status).length;
    return {
      expected: table.units.length,
      onTime: count('on_time'),
      late: count('late'),
      missing: count('missing'),
      dueDay: table.dueDay,
      due: now.getTime() >= reportDeadline(window.key, table.dueDay).getTime(),
    };
  });
}
