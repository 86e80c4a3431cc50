const pad = (n: number) => String(n).padStart(2, '0');
const VN = 7 * 3_600_000;

/** An instant in Vietnam time (UTC+7 all year): `08:30 02/12/2026`. */
export function vietnamTime(iso: string): string {
  const local = new Date(new Date(iso).getTime() + VN);
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

/** `hours` from now in Vietnam time, as a `datetime-local` input holds it. */
export function vietnamLocalIn(hours: number): string {
  const local = new Date(Date.now() + hours * 3_600_000 + VN);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** A `datetime-local` value read as Vietnam time. */
export const fromVietnamLocal = (value: string) => new Date(`${value}:00+07:00`).toISOString();
