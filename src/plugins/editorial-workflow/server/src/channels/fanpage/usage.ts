/**
 * The Graph API's usage headers (X-App-Usage, X-Page-Usage, X-Business-Use-Case-Usage): percentages
 * of the app's, the page's and the business's limits used in the current window. Near the limit the
 * adapter stops for a while rather than be throttled (or have the app blocked).
 */
export const USAGE_HEADERS = ['x-app-usage', 'x-page-usage', 'x-business-use-case-usage'] as const;
/** A usage at or above this percentage counts as near the limit. */
export const USAGE_LIMIT_PERCENT = 90;

export interface Usage {
  /** The highest percentage any header reports. */
  percent: number;
  /** Facebook's own estimate of when calls go through again, in ms (0 when it gives none). */
  regainMs: number;
}

type Counts = Record<string, unknown>;

function readCounts(counts: Counts, usage: Usage): void {
  for (const field of ['call_count', 'total_cputime', 'total_time', 'call_volume', 'cpu_time']) {
    const value = Number(counts[field]);
    if (Number.isFinite(value)) usage.percent = Math.max(usage.percent, value);
  }
  // Minutes, in the business use case and page headers.
  const minutes = Number(counts.estimated_time_to_regain_access);
  if (Number.isFinite(minutes) && minutes > 0) usage.regainMs = Math.max(usage.regainMs, minutes * 60_000);
}

/** The usage the response's headers report; an unreadable header is ignored. */
export function usageOf(headers: Headers): Usage {
  const usage: Usage = { percent: 0, regainMs: 0 };
  for (const name of USAGE_HEADERS) {
    const raw = headers.get(name);
    if (!raw) continue;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (!parsed || typeof parsed !== 'object') continue;
      if (name === 'x-business-use-case-usage') {
        // { "<business id>": [{ type, call_count, total_cputime, total_time, estimated_time_to_regain_access }] }
        for (const entries of Object.values(parsed as Record<string, unknown>)) {
          if (Array.isArray(entries)) for (const entry of entries) if (entry && typeof entry === 'object') readCounts(entry as Counts, usage);
        }
      } else readCounts(parsed as Counts, usage);
    } catch {
      // Not JSON: nothing to learn from it.
    }
  }
  return usage;
}

export const nearLimit = (usage: Usage): boolean => usage.percent >= USAGE_LIMIT_PERCENT;
