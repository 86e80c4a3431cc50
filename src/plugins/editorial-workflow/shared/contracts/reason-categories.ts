import type { ReasonCategory } from '../reason-categories';

/** `GET /editorial-workflow/reason-categories`: the active categories, in order. */
export type ReasonCategoryList = ReasonCategory[];

/** `GET /editorial-workflow/stats/returns?from=&to=`: returns by unit and category over a period. */
export interface ReturnCountsReport {
  period: { from: string; to: string };
  /** Every category (an inactive one keeps its label), then `uncategorised` when returns predate them. */
  categories: ReasonCategory[];
  /** Units with at least one return, most returns first. */
  units: Array<{ unit: { id: number; code: string; name: string; kind: string }; counts: Record<string, number>; total: number }>;
  totals: Record<string, number>;
}
