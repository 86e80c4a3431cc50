/** Vietnam keeps UTC+7 all year (no daylight saving), so Asia/Ho_Chi_Minh is a fixed offset. */
export const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar month of `date` in Vietnam, as `YYYY-MM` (the period of a monthly report). */
export function monthKey(date: Date): string {
  const local = new Date(date.getTime() + VIETNAM_OFFSET_MS);
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
}
