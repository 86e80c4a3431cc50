import { periodByKey, schoolYearRange } from './periods';
import type { ReportPeriod, ReportPeriodKind } from './contracts/reports';

/**
 * The periods of the periodic reports by key, pure (no clock): the server parses with them
 * (server/src/reports/period.ts), the statistics page lists the recent ones.
 */

const QUARTER = /^(\d{4})-Q([1-4])$/;
const SEMESTER = /^(\d{4}-\d{4})-HK([12])$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const ROMAN = ['I', 'II', 'III', 'IV'];
/** Before this year the newsroom held nothing: an older period is a typing mistake. */
export const FIRST_REPORT_YEAR = 2020;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const spaced = (schoolYear: string) => schoolYear.replace('-', ' - ');

export const PERIOD_EXAMPLES = '2026-11 (tháng), 2026-Q4 (quý), 2025-2026-HK1 hoặc 2025-2026-HK2 (học kỳ), 2025-2026 (năm học)';

/** The period of a key, or null when the key names none. Pure: no clock. */
export function reportPeriodOf(key: string): Omit<ReportPeriod, 'until'> | null {
  if (MONTH.test(key)) {
    const period = periodByKey(key)!;
    const [year, month] = key.split('-').map(Number);
    return { kind: 'month', key, from: period.start, to: period.end, label: `tháng ${month} năm ${year}` };
  }
  const quarter = QUARTER.exec(key);
  if (quarter) {
    const [year, q] = [Number(quarter[1]), Number(quarter[2])];
    const first = (q - 1) * 3 + 1;
    return { kind: 'quarter', key, from: `${year}-${pad(first)}-01`, to: `${year}-${pad(first + 2)}-${pad(lastDayOf(year, first + 2))}`, label: `quý ${ROMAN[q - 1]} năm ${year}` };
  }
  const semester = SEMESTER.exec(key);
  if (semester) {
    const range = schoolYearRange(semester[1]);
    if (!range) return null;
    const second = Number(semester[1].slice(5));
    const first = semester[2] === '1';
    return {
      kind: 'semester',
      key,
      from: first ? range.from : `${second}-02-01`,
      to: first ? `${second}-01-31` : range.to,
      label: `học kỳ ${first ? 'I' : 'II'} năm học ${spaced(semester[1])}`,
    };
  }
  const year = schoolYearRange(key);
  if (year) return { kind: 'school-year', key, ...year, label: `năm học ${spaced(key)}` };
  return null;
}

/** The key of a kind's period holding a Vietnam date (the CLI's default, the e-mail's last month). */
export function reportKeyOf(kind: ReportPeriodKind, date: string): string {
  const [year, month] = date.split('-').map(Number);
  const schoolYear = month >= 9 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
  if (kind === 'month') return date.slice(0, 7);
  if (kind === 'quarter') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  if (kind === 'semester') return `${schoolYear}-HK${month >= 9 || month === 1 ? 1 : 2}`;
  return schoolYear;
}

/** The last `count` keys of a kind's periods up to the one holding `date`, newest first. */
export function recentReportKeys(kind: ReportPeriodKind, date: string, count: number): string[] {
  const keys: string[] = [];
  let cursor = date;
  while (keys.length < count) {
    const key = reportKeyOf(kind, cursor);
    if (!keys.includes(key)) keys.push(key);
    const period = reportPeriodOf(key)!;
    const [y, m, d] = period.from.split('-').map(Number);
    cursor = new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
  }
  return keys;
}
