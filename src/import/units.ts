import type { Core, Modules } from '@strapi/strapi';
import { CsvSyntaxError, parseCsv, type CsvRecord } from './csv';
import { UNIT_KINDS, type UnitKind } from '../seed/data/units';
import { UNIT } from '../plugins/editorial-workflow/shared/uids';

type UnitInput = Modules.Documents.Params.Data.Input<typeof UNIT>;

/** The columns of a unit file, in any order; the header names them. `code`, `name` and `kind` are required. */
export const UNIT_COLUMNS = ['code', 'name', 'kind', 'defaultDepartment', 'contactEmail', 'active'] as const;
type Column = (typeof UNIT_COLUMNS)[number];

export interface UnitRow {
  line: number;
  code: string;
  name: string;
  kind: UnitKind;
  defaultDepartment?: string;
  contactEmail?: string;
  active: boolean;
}

export interface RowError {
  line: number;
  message: string;
}

export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
}

export type Progress = (done: number, total: number) => void;

const CODE = /^[A-Z0-9][A-Z0-9_.-]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TRUE = new Set(['', 'true', '1', 'yes', 'có', 'co', 'x']);
const FALSE = new Set(['false', '0', 'no', 'không', 'khong']);

/** Reads the header and checks each row on its own; rows that pass are returned with the errors of the rest. */
export function readUnitRows(text: string): { rows: UnitRow[]; errors: RowError[] } {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { rows: [], errors: [{ line: error.line, message: error.message }] };
    throw error;
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], errors: [{ line: 1, message: 'tệp trống: dòng đầu phải là tiêu đề cột (code,name,kind,…)' }] };

  const columns = header.fields.map((name) => UNIT_COLUMNS.find((c) => c.toLowerCase() === name.trim().toLowerCase()));
  const missing = (['code', 'name', 'kind'] as const).filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    return { rows: [], errors: [{ line: header.line, message: `thiếu cột bắt buộc: ${missing.join(', ')} (các cột: ${UNIT_COLUMNS.join(', ')})` }] };
  }

  const rows: UnitRow[] = [];
  const errors: RowError[] = [];
  const firstLineOfCode = new Map<string, number>();
  for (const record of body) {
    const value = (column: Column) => {
      const index = columns.indexOf(column);
      return index < 0 ? '' : (record.fields[index] ?? '').trim();
    };
    const problems: string[] = [];
    const code = value('code').toUpperCase();
    const name = value('name').normalize('NFC');
    const kind = value('kind').toLowerCase();
    const defaultDepartment = value('defaultDepartment').toUpperCase();
    const contactEmail = value('contactEmail').toLowerCase();
    const active = value('active').toLowerCase();

    if (!code) problems.push('thiếu mã đơn vị (code)');
    else if (!CODE.test(code) || code.length > 64) problems.push(`mã "${code}" không hợp lệ: chỉ dùng chữ in hoa không dấu, số, "-", "_", "."`);
    else if (firstLineOfCode.has(code)) problems.push(`mã ${code} trùng với dòng ${firstLineOfCode.get(code)}`);
    if (!name) problems.push('thiếu tên đơn vị (name)');
    else if (name.length > 255) problems.push('tên đơn vị dài quá 255 ký tự');
    if (!(UNIT_KINDS as readonly string[]).includes(kind)) problems.push(`loại đơn vị "${kind}" không hợp lệ: dùng một trong ${UNIT_KINDS.join(', ')}`);
    if (defaultDepartment && !CODE.test(defaultDepartment)) problems.push(`mã phòng phụ trách "${defaultDepartment}" không hợp lệ`);
    if (contactEmail && !EMAIL.test(contactEmail)) problems.push(`e-mail "${contactEmail}" không hợp lệ`);
    if (!TRUE.has(active) && !FALSE.has(active)) problems.push(`cột active "${active}" phải là true hoặc false`);

    if (problems.length > 0) {
      errors.push({ line: record.line, message: problems.join('; ') });
      continue;
    }
    firstLineOfCode.set(code, record.line);
    rows.push({
      line: record.line,
      code,
      name,
      kind: kind as UnitKind,
      defaultDepartment: defaultDepartment || undefined,
      contactEmail: contactEmail || undefined,
      active: !FALSE.has(active),
    });
  }
  return { rows, errors };
}

type StoredUnit = {
  documentId: string;
  code: string;
  name: string;
  kind: UnitKind;
  contactEmail: string | null;
  active: boolean;
  defaultDepartment: { code: string } | null;
};

/**
 * Imports units from CSV text: a row with a new code creates a unit, a known code updates it, so a
 * re-run changes nothing. A bad row is reported with its line number and the good rows are kept.
 */
export async function importUnits(strapi: Core.Strapi, text: string, progress: Progress = () => {}): Promise<ImportReport> {
  const { rows, errors } = readUnitRows(text);
  const report: ImportReport = { rows: rows.length + errors.length, created: 0, updated: 0, unchanged: 0, errors };

  const stored: StoredUnit[] = await strapi.db.query(UNIT).findMany({
    select: ['documentId', 'code', 'name', 'kind', 'contactEmail', 'active'],
    populate: { defaultDepartment: { select: ['code'] } },
  });
  // Units of the file join this map as their row is imported, so a department may be defined above its units.
  const byCode = new Map(stored.map((unit) => [unit.code, unit]));
  const remember = (row: UnitRow, documentId: string) =>
    byCode.set(row.code, {
      documentId,
      code: row.code,
      name: row.name,
      kind: row.kind,
      contactEmail: row.contactEmail ?? null,
      active: row.active,
      defaultDepartment: row.defaultDepartment ? { code: row.defaultDepartment } : null,
    });

  for (const [index, row] of rows.entries()) {
    progress(index, rows.length);
    if (row.defaultDepartment) {
      const kind = byCode.get(row.defaultDepartment)?.kind;
      if (kind !== 'department') {
        report.errors.push({
          line: row.line,
          message: kind
            ? `${row.defaultDepartment} không phải phòng chuyên môn (loại ${kind}): không thể là phòng phụ trách`
            : `không có phòng ${row.defaultDepartment} (phòng phụ trách phải có trước hoặc ở dòng trên)`,
        });
        continue;
      }
    }
    const existing = byCode.get(row.code);
    const department = row.defaultDepartment ? byCode.get(row.defaultDepartment)?.documentId : undefined;
    // null clears a field (the generated input type only knows undefined, which leaves it as it is).
    const data = {
      code: row.code,
      name: row.name,
      kind: row.kind,
      contactEmail: row.contactEmail ?? null,
      active: row.active,
      defaultDepartment: department ?? null,
    } as unknown as UnitInput;
    if (!existing) {
      const created = await strapi.documents(UNIT).create({ data });
      remember(row, created.documentId);
      report.created += 1;
    } else if (isSame(existing, row)) {
      report.unchanged += 1;
    } else {
      await strapi.documents(UNIT).update({ documentId: existing.documentId, data });
      remember(row, existing.documentId);
      report.updated += 1;
    }
  }
  progress(rows.length, rows.length);
  report.errors.sort((a, b) => a.line - b.line);
  return report;
}

function isSame(unit: StoredUnit, row: UnitRow): boolean {
  return (
    unit.name === row.name &&
    unit.kind === row.kind &&
    (unit.contactEmail ?? undefined) === row.contactEmail &&
    unit.active === row.active &&
    (unit.defaultDepartment?.code ?? undefined) === row.defaultDepartment
  );
}
