import { VN_OFFSET_MS } from '../../../shared/periods';

/** An instant as the database gives it back: a Date, epoch milliseconds (SQLite, at times as text) or ISO text. */
export const toMillis = (value: unknown): number =>
  value instanceof Date ? value.getTime() : typeof value === 'number' ? value : /^\d+$/.test(String(value)) ? Number(value) : Date.parse(String(value));

/** `YYYY-MM-DD HH:mm` in Vietnam time: the report's tables print it as `20/11/2026 09:00` (document.ts). */
export const vietnamMinute = (value: unknown): string => new Date(toMillis(value) + VN_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
