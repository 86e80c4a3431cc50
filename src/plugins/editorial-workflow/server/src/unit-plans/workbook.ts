import ExcelJS from 'exceljs';
import { UNIT_PLAN_STATUS_LABELS, type UnitPlansView } from '../../../shared/contracts/unit-plans';
import { UNIT_KIND_LABELS, type UnitKind } from '../../../shared/contracts/stats';
import { vietnamMinute } from '../report-month/workbook';

const safe = (value: string | number): string | number => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * Who has filed their plan for a year, as the Office's page shows it: one sheet, one row per unit,
 * times in Vietnam. Unit names and file names are typed by people: a leading = + - @ is escaped, as in
 * the month report's workbook.
 */
export async function unitPlansWorkbook(view: UnitPlansView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tòa soạn Sở GDĐT';
  workbook.title = `Kế hoạch truyền thông của đơn vị năm ${view.year}`;
  const sheet = workbook.addWorksheet(`Kế hoạch năm ${view.year}`, { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = ['Mã đơn vị', 'Đơn vị', 'Loại đơn vị', 'Tình trạng', 'Nộp lần đầu (giờ Việt Nam)', 'Nộp gần nhất (giờ Việt Nam)', 'Người nộp', 'Tệp'];
  sheet.addRow(headers).font = { bold: true };
  for (const row of view.rows) {
    const status = row.status === 'missing' && row.overdue ? `${UNIT_PLAN_STATUS_LABELS.missing} (quá hạn)` : UNIT_PLAN_STATUS_LABELS[row.status];
    sheet.addRow(
      [
        row.unit.code,
        row.unit.name,
        UNIT_KIND_LABELS[row.unit.kind as UnitKind] ?? row.unit.kind,
        status,
        row.firstFiledAt ? vietnamMinute(row.firstFiledAt) : '',
        row.lastFiledAt ? vietnamMinute(row.lastFiledAt) : '',
        row.filedByName ?? '',
        row.file?.name ?? '',
      ].map(safe)
    );
  }
  headers.forEach((header, index) => {
    sheet.getColumn(index + 1).width = Math.min(60, Math.max(12, header.length + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
