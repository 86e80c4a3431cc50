import type { Core } from '@strapi/strapi';
import type { OverviewReport } from '../../../shared/contracts/overview';
import { countsByKind, countsBySection, totalsOf } from './item-counts';
import { comparedMonths } from './months';
import { quotaShares } from './quota-shares';
import { reportFigures } from './report-figures';
import { monthTurnaround } from './durations';
import { concernFigures } from './concern-figures';
import type { OverviewScope } from './scope';

/** Why the plan's coverage is not shown: the desk that would hold it does not exist yet. */
export const PLAN_NOT_AVAILABLE = 'Chưa có: bàn theo dõi kế hoạch (các dòng kế hoạch chưa có tin bài) chưa được đưa vào hệ thống.';

/**
 * The overview of a month against the month before and the same month a year earlier. A fixed
 * number of queries whatever the number of items: two grouped counts (kinds, sections) and the
 * section titles; per month two statistics grids (about five queries each, over the counters and
 * the units), the report table (three) and the turnaround (four); the concerns (five).
 */
export async function overviewReport(strapi: Core.Strapi, scope: OverviewScope, month: string, now = new Date()): Promise<OverviewReport> {
  const months = comparedMonths(month);
  const unitIds = scope.units.all ? undefined : scope.units.unitIds;
  const [byKind, bySection, quotas, reports, turnaround, concerns] = await Promise.all([
    countsByKind(strapi, months, unitIds),
    countsBySection(strapi, months, unitIds),
    quotaShares(strapi, months, unitIds, now),
    reportFigures(strapi, months, unitIds, now),
    scope.departmentIds === null ? Promise.resolve(null) : monthTurnaround(strapi, months, scope.departmentIds),
    concernFigures(strapi, months, scope, now),
  ]);
  return {
    month,
    months: { current: months.current.key, previous: months.previous.key, lastYear: months.lastYear.key },
    scope: scope.units.all ? 'all' : 'units',
    asOf: now.toISOString(),
    totals: totalsOf(byKind),
    byKind,
    bySection,
    quotas,
    reports,
    turnaround,
    concerns,
    planCoverage: { available: false, reason: PLAN_NOT_AVAILABLE },
  };
}
