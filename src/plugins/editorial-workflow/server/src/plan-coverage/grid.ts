import type { CoverageDepartment, CoverageDepartmentShare, CoverageLine, CoverageSection, CoverageShare, CoverageView } from '../../../shared/contracts/plan-coverage';
import type { Quarter } from './quarter';
import type { LineMonthCount } from './line-counts';

/** A line of the plan as the service loads it, with its subsection and section. */
export interface GridLine {
  id: number;
  code: string;
  text: string;
  form: string | null;
  order: number;
  department: CoverageDepartment | null;
  subsection: { code: string; title: string; order: number };
  section: { code: string; title: string; order: number };
}

const shareOf = (lines: number, covered: number): CoverageShare => ({ lines, covered, share: lines === 0 ? 0 : covered / lines });

/**
 * The grid from the lines and the year's counts, pure: lines in the plan's order under their
 * subsections and sections, one cell per month, a line with no item all year flagged, and the
 * share of lines covered in `quarter` by section and by responsible department.
 */
export function buildCoverage(input: {
  year: number;
  quarter: Quarter;
  department: CoverageDepartment | null;
  departments: CoverageDepartment[];
  lines: GridLine[];
  counts: LineMonthCount[];
}): CoverageView {
  const { year, quarter } = input;
  const byLine = new Map<number, number[]>();
  for (const { lineId, month, n } of input.counts) {
    if (!month.startsWith(`${year}-`)) continue;
    const index = Number(month.slice(5, 7)) - 1;
    let months = byLine.get(lineId);
    if (!months) byLine.set(lineId, (months = new Array(12).fill(0)));
    months[index] += n;
  }
  const quarterMonths = [0, 1, 2].map((i) => (quarter - 1) * 3 + i);
  const sorted = [...input.lines].sort(
    (a, b) => a.section.order - b.section.order || a.subsection.order - b.subsection.order || a.order - b.order || a.code.localeCompare(b.code)
  );

  const sections: CoverageSection[] = [];
  const departments = new Map<string, { department: CoverageDepartment | null; lines: number; covered: number }>();
  const totalMonths = new Array(12).fill(0);
  let covered = 0;
  let uncovered = 0;
  for (const line of sorted) {
    const months = byLine.get(line.id) ?? new Array(12).fill(0);
    const total = months.reduce((sum, n) => sum + n, 0);
    const coveredInQuarter = quarterMonths.some((index) => months[index] > 0);
    const row: CoverageLine = { id: line.id, code: line.code, text: line.text, form: line.form, department: line.department, months, total, uncovered: total === 0, coveredInQuarter };
    months.forEach((n, index) => (totalMonths[index] += n));
    if (coveredInQuarter) covered += 1;
    if (total === 0) uncovered += 1;

    let section = sections[sections.length - 1];
    if (!section || section.code !== line.section.code) {
      sections.push((section = { code: line.section.code, title: line.section.title, subsections: [], ...shareOf(0, 0) }));
    }
    let subsection = section.subsections[section.subsections.length - 1];
    if (!subsection || subsection.code !== line.subsection.code) {
      section.subsections.push((subsection = { code: line.subsection.code, title: line.subsection.title, lines: [] }));
    }
    subsection.lines.push(row);
    Object.assign(section, shareOf(section.lines + 1, section.covered + (coveredInQuarter ? 1 : 0)));

    const key = line.department ? String(line.department.id) : '-';
    const tally = departments.get(key) ?? { department: line.department, lines: 0, covered: 0 };
    tally.lines += 1;
    tally.covered += coveredInQuarter ? 1 : 0;
    departments.set(key, tally);
  }
  const byDepartment: CoverageDepartmentShare[] = [...departments.values()]
    .map(({ department, lines, covered: done }) => ({ department, ...shareOf(lines, done) }))
    .sort((a, b) => (a.department?.name ?? '').localeCompare(b.department?.name ?? '', 'vi'));
  return {
    year,
    quarter,
    department: input.department,
    sections,
    byDepartment,
    departments: [...input.departments].sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    totals: { ...shareOf(sorted.length, covered), items: totalMonths.reduce((sum, n) => sum + n, 0), uncovered, months: totalMonths },
  };
}
