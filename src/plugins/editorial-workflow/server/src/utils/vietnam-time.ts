import { VN_OFFSET_MS } from '../../../shared/periods';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An instant as people in the Sở read it, in Vietnam time (Asia/Ho_Chi_Minh, UTC+7 all year):
 * `08:30 ngày 02/12/2026 (giờ Việt Nam)`. For e-mails and other server-written text; never UTC.
 */
export function vietnamTime(instant: Date | string | number): string {
  const local = new Date(new Date(instant).getTime() + VN_OFFSET_MS);
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  const date = `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
  return `${time} ngày ${date} (giờ Việt Nam)`;
}

/** A `YYYY-MM-DD` (Vietnam) date as Vietnamese write it: `31/10/2026`. */
export const vietnameseDate = (date: string): string => date.split('-').reverse().join('/');
