/** Reading settings from the environment: the same spelling rules for every part of the app. */

/** A comma-separated list, items trimmed, empty ones dropped. */
export const envList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** A whole number ≥ 0, or `fallback` when unset or empty; anything else stops the start with its name. */
export function envInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0, got "${raw}"`);
  return value;
}
