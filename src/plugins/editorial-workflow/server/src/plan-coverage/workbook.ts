import ExcelJS from 'exceljs';
import type { CoverageView } from '../../../shared/contracts/plan-coverage';

type Cell = string | number;

/** A sheet of the workbook: its name (≤ 31 characters), headings and rows. */
export interface CoverageSheet {
  name: string;
  headers: string[];
  rows: Cell[][];
}

const MONTHS = Array.from({ length: 12 }, (_, i) => `T${i + 1}`);
const percent = (share: number) => Math.round(share * 1000) / 10;
/** A cell starting like a formula is written as text (an administrator may have edited a line's text). */
const safe = (value: Cell): Cell => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** The grid and the quarter's shares as the page shows them, one sheet each. */
export function coverageSheets(view: CoverageView): CoverageSheet[] {
  const q = `Quý ${view.quarter}`;
  return [
    {
      name: `Độ phủ ${view.year}`,
      headers: ['Mã', 'Tuyến thông tin', 'Hình thức', 'Phòng phụ trách', ...MONTHS, 'Cả năm', 'Chưa có tin bài trong năm', `Có tin bài ${q}`],
      rows: view.sections.flatMap((section) => [
        [section.code, section.title],
        ...section.subsections.flatMap((subsection) => [
          [subsection.code, subsection.title],
          ...subsection.lines.map((line) => [
            line.code,
            line.text,
            line.form ?? '',
            line.department?.name ?? '',
            ...line.months,
            line.total,
            line.uncovered ? 'Chưa có' : '',
            line.coveredInQuarter ? 'Có' : 'Không',
          ]),
        ]),
      ]),
    },
    {
      name: `Tỷ lệ ${q} theo mục`,
      headers: ['Mục', 'Nội dung', 'Số tuyến', `Số tuyến có tin bài ${q}`, 'Tỷ lệ (%)'],
      rows: view.sections.map((section) => [section.code, section.title, section.lines, section.covered, percent(section.share)]),
    },
    {
      name: `Tỷ lệ ${q} theo phòng`,
      headers: ['Phòng phụ trách', 'Số tuyến', `Số tuyến có tin bài ${q}`, 'Tỷ lệ (%)'],
      rows: view.byDepartment.map((row) => [row.department?.name ?? '(chưa giao phòng)', row.lines, row.covered, percent(row.share)]),
    },
  ];
}

export async function coverageWorkbook(view: CoverageView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tòa soạn Sở GDĐT';
  workbook.title = `Độ phủ kế hoạch thông tin, tuyên truyền năm ${view.year}`;
  for (const sheet of coverageSheets(view)) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow(sheet.headers).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row.map(safe));
    worksheet.getColumn(2).width = 80;
    worksheet.getColumn(1).width = 10;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
