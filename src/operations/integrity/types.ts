/** One invariant checked over the whole database (and the stored files). */
export interface IntegrityCheck {
  /** Stable name, for scripts and tests: `item-state`, `history`, `counters`, `mail`, `files`. */
  name: string;
  /** What it checks, in Vietnamese, for the operator. */
  label: string;
  /** How many things were looked at (items, history rows, counter rows, e-mails, files). */
  checked: number;
  /** How many violations. */
  violations: number;
  /** The first violations (LISTED_VIOLATIONS at most), in Vietnamese, naming the item, counter, e-mail or file. */
  listed: string[];
  /** Facts worth printing that are not violations (e-mails given up after their retries). */
  notes?: string[];
}

export interface IntegrityReport {
  checks: IntegrityCheck[];
  violations: number;
}

/** How many violations of one check are listed; the count is always whole. */
export const LISTED_VIOLATIONS = 20;
