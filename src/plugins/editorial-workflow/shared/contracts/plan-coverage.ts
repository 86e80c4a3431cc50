/**
 * The coverage of the plan (issue 17 item 8): the plan's sections, subsections and lines against
 * the twelve months of a year, items first published per cell (Vietnam time), the lines nobody
 * covered that year, and the share of lines covered in the quarter. Route and query:
 * COVERAGE_PATH and CoverageQuery in plan.ts; the xlsx at `${COVERAGE_PATH}/export`.
 */
export interface CoverageDepartment {
  id: number;
  name: string;
}

export interface CoverageLine {
  id: number;
  code: string;
  text: string;
  form: string | null;
  department: CoverageDepartment | null;
  /** Items first published in each month, January first (12 numbers). */
  months: number[];
  total: number;
  /** No item in the whole year. */
  uncovered: boolean;
  /** At least one item in the quarter shown. */
  coveredInQuarter: boolean;
}

/** Lines covered in the quarter over lines, and its share (0 when there are no lines). */
export interface CoverageShare {
  lines: number;
  covered: number;
  /** covered / lines, 0…1. */
  share: number;
}

export interface CoverageSubsection {
  code: string;
  title: string;
  lines: CoverageLine[];
}

export interface CoverageSection extends CoverageShare {
  code: string;
  title: string;
  subsections: CoverageSubsection[];
}

export interface CoverageDepartmentShare extends CoverageShare {
  department: CoverageDepartment | null;
}

export interface CoverageView {
  year: number;
  /** The quarter the shares are of: this quarter in Vietnam for this year, Q4 for a past year, Q1 for a future one. */
  quarter: 1 | 2 | 3 | 4;
  department: CoverageDepartment | null;
  sections: CoverageSection[];
  byDepartment: CoverageDepartmentShare[];
  /** Every department responsible for a line of the plan, for the page's filter, by name. */
  departments: CoverageDepartment[];
  /** `items`: items counted per line (an item tagged with two lines counts in both). */
  totals: CoverageShare & { items: number; uncovered: number; months: number[] };
}

/** The year a coverage grid may ask for. */
export const COVERAGE_YEAR_MIN = 2000;
export const COVERAGE_YEAR_MAX = 2100;
