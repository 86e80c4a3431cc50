import { periodByKey, type Granularity } from '../../../shared/periods';
import { PLUGIN_ID } from '../../../shared/permissions';
import { OPINION_REPORT } from '../../../shared/uids';

/**
 * Where each figure of the overview leads: the list behind it, already filtered.
 * - items by unit kind, the quotas, the turnaround: the statistics page on that month (its grid
 *   lists the units with their counts and verdicts; its turnaround section the departments'), read
 *   from the address by pages/stats/address.ts;
 * - items by section: the queue filtered by the section (its topic filter takes a section with its subsections);
 * - the opinion reports: the content-manager's list of the month's reports;
 * - the concerns: the desk "Dư luận & sự cố" filtered by severity, or to the overdue ones.
 */
export const STATS_PAGE = `/plugins/${PLUGIN_ID}-stats`;
export const QUEUE_PAGE = `/plugins/${PLUGIN_ID}`;
export const CONCERNS_PAGE = `/plugins/${PLUGIN_ID}-concerns`;

export function statsLink(month: string, options: { granularity?: Granularity; unitKind?: string } = {}): string {
  const period = periodByKey(month);
  const params = new URLSearchParams({ from: period?.start ?? '', to: period?.end ?? '', granularity: options.granularity ?? 'month', reportMonth: month });
  if (options.unitKind) params.set('unitKind', options.unitKind);
  return `${STATS_PAGE}?${params.toString()}`;
}

export const sectionLink = (code: string): string => `${QUEUE_PAGE}?topic=${encodeURIComponent(code)}`;

export const reportsLink = (month: string): string =>
  `/content-manager/collection-types/${OPINION_REPORT}?page=1&pageSize=50&sort=submittedAt:ASC&filters[$and][0][period][$eq]=${encodeURIComponent(month)}`;

export function concernsLink(filter: { severity?: string; overdue?: boolean }): string {
  const params = new URLSearchParams();
  if (filter.severity) params.set('severity', filter.severity);
  if (filter.overdue) params.set('overdue', 'true');
  return `${CONCERNS_PAGE}?${params.toString()}`;
}
