import { isCalendarDate } from '../../../../shared/periods';
import { UNIT_KINDS } from '../../../../shared/contracts/stats';
import type { GridFilters } from './query';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The filters a link may open the page with (`?from=2026-11-01&to=2026-11-30&granularity=month&unitKind=school`,
 * the overview's links): each one taken when it is valid, the page's default otherwise.
 */
export function filtersFromAddress(search: string, defaults: GridFilters): GridFilters {
  const params = new URLSearchParams(search);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const granularity = params.get('granularity');
  const unitKind = params.get('unitKind') ?? '';
  const range = isCalendarDate(from) && isCalendarDate(to) && from <= to ? { from, to } : {};
  return {
    ...defaults,
    ...range,
    ...(granularity === 'week' || granularity === 'month' ? { granularity } : {}),
    ...((UNIT_KINDS as readonly string[]).includes(unitKind) ? { unitKind } : {}),
  };
}

/** The month of the report table a link asks for (`?reportMonth=2026-11`), else `fallback`. */
export function reportMonthFromAddress(search: string, fallback: string): string {
  const month = new URLSearchParams(search).get('reportMonth') ?? '';
  return MONTH.test(month) ? month : fallback;
}
