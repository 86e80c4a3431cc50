import type { Core } from '@strapi/strapi';
import type { ByMonth } from '../../../shared/contracts/overview';
import type { DurationFigure } from '../../../shared/contracts/turnaround';
import { workingTimeBetween } from '../../../shared/working-days';
import { loadWorkingCalendar } from '../working-calendar/load';
import { publicationWaits, reviewWaits, type Wait } from '../turnaround/durations';
import { durationFigure } from '../turnaround/figures';
import { perMonth, type MonthWindow } from './months';

export type MonthTurnaround = { submissionToApproval: DurationFigure; approvalToPublication: DurationFigure };

/**
 * The turnaround of each compared month (turnaround/durations.ts: p50 and p90 in working days), all
 * departments of the scope together: submission → approval for the approvals of the month,
 * approval → publication for its publications. Four queries a month and the calendar.
 */
export async function monthTurnaround(strapi: Core.Strapi, months: ByMonth<MonthWindow>, departmentIds: number[] | undefined): Promise<ByMonth<MonthTurnaround>> {
  const calendar = await loadWorkingCalendar(strapi);
  const days = (wait: Wait) => workingTimeBetween(wait.startedAt, wait.endedAt, calendar);
  return perMonth(months, async (window) => {
    const range = { start: window.start, end: window.end, departmentIds };
    const [reviews, publications] = await Promise.all([reviewWaits(strapi, range), publicationWaits(strapi, range)]);
    return { submissionToApproval: durationFigure(reviews.map(days)), approvalToPublication: durationFigure(publications.map(days)) };
  });
}
