import { CONCERN_SEVERITIES, CONCERN_STATUSES, type ConcernQuery, type ConcernSeverity, type ConcernStatus } from '../../../shared/contracts/concerns';

/**
 * The desk's filters read from its address (`?severity=incident`, `?overdue=true`, `?status=new`):
 * the overview's figures link here already filtered (overview/links.ts). Anything else is ignored.
 */
export function filtersFromSearch(search: string): Partial<ConcernQuery> {
  const params = new URLSearchParams(search);
  const filters: Partial<ConcernQuery> = {};
  const severity = params.get('severity');
  if (severity && (CONCERN_SEVERITIES as readonly string[]).includes(severity)) filters.severity = severity as ConcernSeverity;
  const status = params.get('status');
  if (status && (CONCERN_STATUSES as readonly string[]).includes(status)) filters.status = status as ConcernStatus;
  const overdue = params.get('overdue');
  if (overdue === 'true' || overdue === 'false') filters.overdue = overdue === 'true';
  return filters;
}
