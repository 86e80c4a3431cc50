import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CoverageDepartment, CoverageView } from '../../../shared/contracts/plan-coverage';
import { PLAN_LINE, UNIT } from '../../../shared/uids';
import { buildCoverage, type GridLine } from './grid';
import { readLineCounts } from './line-counts';
import { monthsOfYear, quarterShown } from './quarter';
import type { CoverageInput } from './input';

type LineRow = {
  id: number;
  code: string;
  text: string;
  form: string | null;
  order: number | null;
  department: { id: number; name: string } | null;
  topic: { code: string; title: string; order: number | null; parent: { code: string; title: string; order: number | null } | null } | null;
};

/**
 * The coverage grid of a year: the plan's lines (about 120 rows) and the counts of its twelve
 * months (line-counts.ts, at most lines × 12 rows), whatever the number of items.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const departmentsOf = (rows: Array<{ department: CoverageDepartment | null }>): CoverageDepartment[] => {
    const byId = new Map<number, CoverageDepartment>();
    for (const { department } of rows) if (department) byId.set(department.id, { id: department.id, name: department.name });
    return [...byId.values()];
  };

  /** The departments responsible for a line (the filter's choices), whatever the filter. */
  async function departmentsOfLines(): Promise<CoverageDepartment[]> {
    return departmentsOf(await strapi.db.query(PLAN_LINE).findMany({ select: ['id'], populate: { department: { select: ['id', 'name'] } } }));
  }

  return {
  async grid(input: CoverageInput, now: Date = new Date()): Promise<CoverageView> {
    let department: CoverageDepartment | null = null;
    if (input.department !== undefined) {
      const unit = await strapi.db.query(UNIT).findOne({ select: ['id', 'name', 'kind'], where: { id: input.department } });
      if (!unit || unit.kind !== 'department') throw new errors.ValidationError(`Không có phòng nào của Sở với mã số ${input.department}.`);
      department = { id: unit.id, name: unit.name };
    }
    const where: Record<string, unknown> = {};
    if (department) where.department = { id: department.id };
    if (input.line) where.code = input.line;
    const rows: LineRow[] = await strapi.db.query(PLAN_LINE).findMany({
      select: ['id', 'code', 'text', 'form', 'order'],
      where,
      populate: {
        department: { select: ['id', 'name'] },
        topic: { select: ['code', 'title', 'order'], populate: { parent: { select: ['code', 'title', 'order'] } } },
      },
    });
    if (input.line && rows.length === 0) {
      const exists = await strapi.db.query(PLAN_LINE).count({ where: { code: input.line } });
      throw new errors.ValidationError(
        exists ? `Tuyến thông tin ${input.line} không thuộc phòng đã chọn.` : `Không có tuyến thông tin nào mã ${input.line} trong kế hoạch.`
      );
    }
    const lines: GridLine[] = rows.map((row) => {
      const subsection = row.topic;
      const section = subsection?.parent ?? subsection;
      return {
        id: row.id,
        code: row.code,
        text: row.text,
        form: row.form,
        order: row.order ?? 0,
        department: row.department ? { id: row.department.id, name: row.department.name } : null,
        subsection: { code: subsection?.code ?? '', title: subsection?.title ?? '', order: subsection?.order ?? 0 },
        section: { code: section?.code ?? '', title: section?.title ?? '', order: section?.order ?? 0 },
      };
    });
    // Unfiltered, the lines just read name every department: no second read.
    const departments = department || input.line ? await departmentsOfLines() : departmentsOf(rows);
    const counts = await readLineCounts(strapi, { months: monthsOfYear(input.year), lineIds: input.department || input.line ? lines.map((line) => line.id) : undefined });
    return buildCoverage({ year: input.year, quarter: quarterShown(input.year, now), department, departments, lines, counts });
  },
  };
};
