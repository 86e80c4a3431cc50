/**
 * Times on the queue are the Sở's, whatever the browser's zone or the panel's language:
 * `08:30 02/12/2026`. Vietnam keeps UTC+7 all year (no daylight saving), so this is arithmetic,
 * and the same in every browser (Intl's output differs between locales and engines).
 */
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

export function vietnamDateTime(instant: string | number | Date): string {
  const local = new Date(new Date(instant).getTime() + VN_OFFSET_MS);
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}
