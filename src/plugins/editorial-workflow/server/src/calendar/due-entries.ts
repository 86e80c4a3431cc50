import type { Core } from '@strapi/strapi';
import type { CalendarEntry } from '../../../shared/contracts/calendar';
import { PLUGIN_ID } from '../../../shared/permissions';
import { UNIT } from '../../../shared/uids';
import { dayNumber, dateOfDay } from '../../../shared/periods';
import { loadQuotas } from '../stats/quotas';
import { reportDeadline } from '../stats/grid';
import { vnDateOf } from '../../../shared/periods';
import { monthsOf } from './time';
import type { CalendarReading } from './scope';

const UNIT_PLAN_DEADLINE = `plugin::${PLUGIN_ID}.unit-plan-deadline`;
const OPINION_REPORTS_PATH = `/plugins/${PLUGIN_ID}-opinion-reports`;
const UNIT_PLANS_PATH = `/plugins/${PLUGIN_ID}/unit-plans`;

const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/**
 * The monthly opinion report's due date for the person's units that file one (a quota policy of
 * `opinion_report_on_time`, stats/quotas.ts; its `dueDay`, else the 20th). A report is late from
 * 00:00 of the due day (stats/grid.ts reportDeadline), so the entry stands on the LAST day it is on
 * time, the day before. The Office and the leadership see one entry per due day in use.
 */
export async function reportDueEntries(strapi: Core.Strapi, reading: CalendarReading): Promise<CalendarEntry[]> {
  const { standing, filters } = reading;
  if (filters.department || filters.topic) return [];
  const unitIds = filters.unit ? (standing.seesAll || standing.unitIds.includes(filters.unit) ? [filters.unit] : []) : standing.seesAll ? null : standing.unitIds;
  if (unitIds && unitIds.length === 0) return [];
  const quotas = await loadQuotas(strapi);
  const units: Array<{ id: number; kind: string; name: string }> = await strapi.db
    .query(UNIT)
    .findMany({ where: unitIds ? { id: { $in: unitIds } } : {}, select: ['id', 'kind', 'name'] });
  // Due day → the units that file by it.
  const byDueDay = new Map<number, string[]>();
  for (const unit of units) {
    const policy = quotas(unit, 'opinion_report_on_time', 'month');
    if (!policy || policy.minimum <= 0) continue;
    const dueDay = policy.dueDay ?? 20;
    byDueDay.set(dueDay, [...(byDueDay.get(dueDay) ?? []), unit.name]);
  }
  const entries: CalendarEntry[] = [];
  for (const month of monthsOf(reading.from, reading.to)) {
    for (const [dueDay, names] of byDueDay) {
      const lastDay = dateOfDay(dayNumber(vnDateOf(reportDeadline(month, dueDay))) - 1);
      if (lastDay < reading.from || lastDay > reading.to) continue;
      const who = names.length === 1 ? names[0] : `${names.length} đơn vị`;
      entries.push({
        key: `report-due:${month}:${dueDay}${unitIds ? `:${unitIds.join('-')}` : ''}`,
        kind: 'report-due',
        title: `Hạn cuối gửi báo cáo dư luận tháng ${monthLabel(month)} (${who}; chậm từ ngày ${dueDay})`,
        start: lastDay,
        end: null,
        allDay: true,
        unitName: names.length === 1 ? names[0] : null,
        target: { type: 'page', id: month, path: OPINION_REPORTS_PATH },
      });
    }
  }
  return entries;
}

/** The due date of the units' plans for a year (ew_unit_plan_deadlines): every unit files one, so everyone with a unit sees it. */
export async function unitPlanDueEntries(strapi: Core.Strapi, reading: CalendarReading): Promise<CalendarEntry[]> {
  const { standing, filters } = reading;
  if (filters.department || filters.topic) return [];
  if (!standing.seesAll && standing.unitIds.length === 0) return [];
  const rows: Array<{ year: number; dueOn: string }> = await strapi.db
    .query(UNIT_PLAN_DEADLINE)
    .findMany({ where: { dueOn: { $gte: reading.from, $lte: reading.to } }, select: ['year', 'dueOn'] });
  return rows.map((row) => ({
    key: `unit-plan-due:${row.year}`,
    kind: 'unit-plan-due',
    title: `Hạn nộp kế hoạch truyền thông của đơn vị năm ${row.year}`,
    start: String(row.dueOn).slice(0, 10),
    end: null,
    allDay: true,
    unitName: null,
    target: { type: 'page', id: String(row.year), path: UNIT_PLANS_PATH },
  }));
}

