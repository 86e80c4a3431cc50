import ExcelJS from 'exceljs';
import { CONCERN_STATUS_LABELS, CONCERN_SEVERITY_LABELS } from '../../../shared/contracts/concerns';
import { RECEIPT_STATUS_LABELS } from '../../../shared/contracts/opinion-reports';
import { UNIT_KIND_LABELS, type UnitKind } from '../../../shared/contracts/stats';
import type { OpinionMonthView } from '../../../shared/contracts/opinion-month';
import { VN_OFFSET_MS } from '../../../shared/periods';

type Cell = string | number;

/** One table of the month view as a sheet: a name (≤ 31 characters), its headings, its rows. */
export interface MonthSheet {
  name: string;
  headers: string[];
  rows: Cell[][];
}

const pad = (n: number) => String(n).padStart(2, '0');
/** An instant in Vietnam time as the sheets show it: `08:30 02/12/2026`. */
export function vietnamMinute(isoInstant: string): string {
  const local = new Date(new Date(isoInstant).getTime() + VN_OFFSET_MS);
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}
const kindLabel = (kind: string) => UNIT_KIND_LABELS[kind as UnitKind] ?? kind;
const yes = (value: boolean) => (value ? 'Có' : 'Không');

/** The month view's tables, in the page's order: the same figures as the JSON, one sheet each. */
export function monthSheets(view: OpinionMonthView): MonthSheet[] {
  const { reports } = view;
  return [
    {
      name: 'Tổng hợp',
      headers: ['Chỉ tiêu', 'Số lượng'],
      rows: [
        ['Đơn vị phải báo cáo', reports.required],
        ['Báo cáo đã gửi', reports.filed],
        ['Gửi đúng hạn', reports.onTime],
        ['Gửi trễ hạn', reports.late],
        ['Chờ tiếp nhận', reports.awaiting],
        ['Đã tiếp nhận', reports.acknowledged],
        ['Đã trả lại', reports.returned],
        ['Không có vấn đề phát sinh', reports.noIssues],
        ['Đơn vị chưa gửi', reports.missing],
        ['Tổng số nội dung báo cáo', view.entries],
      ],
    },
    {
      name: 'Theo lĩnh vực',
      headers: ['Mã lĩnh vực', 'Lĩnh vực', 'Số nội dung'],
      rows: view.byTopic.map((row) => [row.code ?? '', row.title, row.count]),
    },
    {
      name: 'Theo đơn vị',
      headers: ['Mã đơn vị', 'Đơn vị', 'Loại đơn vị', 'Số nội dung', 'Không có vấn đề phát sinh', 'Đúng hạn', 'Tình trạng tiếp nhận', 'Gửi lúc (giờ Việt Nam)'],
      rows: view.byUnit.map((row) => [
        row.unit.code,
        row.unit.name,
        kindLabel(row.unit.kind),
        row.entries,
        yes(row.noIssues),
        yes(row.onTime),
        RECEIPT_STATUS_LABELS[row.receiptStatus] ?? row.receiptStatus,
        vietnamMinute(row.submittedAt),
      ]),
    },
    {
      name: 'Theo mức độ',
      headers: ['Mức độ', 'Số nội dung'],
      rows: view.bySeverity.map((row) => [row.label, row.count]),
    },
    {
      name: 'Theo kênh',
      headers: ['Nơi phát hiện', 'Số nội dung'],
      rows: view.byChannel.map((row) => [row.label, row.count]),
    },
    {
      name: 'Vấn đề chưa xử lý xong',
      headers: ['Mã vấn đề', 'Vấn đề', 'Mức độ', 'Trạng thái', 'Lĩnh vực', 'Đơn vị báo', 'Phát hiện lúc (giờ Việt Nam)', 'Quá hạn xử lý', 'Số lần được báo cáo trong tháng'],
      rows: view.openConcerns.map((row) => [
        row.id,
        row.title,
        CONCERN_SEVERITY_LABELS[row.severity],
        CONCERN_STATUS_LABELS[row.status],
        row.topic ? `${row.topic.code} ${row.topic.title}` : '',
        row.filingUnit.name,
        vietnamMinute(row.firstSeenAt),
        yes(row.overdue),
        row.reportEntries,
      ]),
    },
    {
      name: 'Đơn vị chưa gửi',
      headers: ['Mã đơn vị', 'Đơn vị', 'Loại đơn vị'],
      rows: view.unitsWithoutReport.map((unit) => [unit.code, unit.name, kindLabel(unit.kind)]),
    },
  ];
}

/**
 * A text cell a spreadsheet would run as a formula (= + - @) gets an apostrophe, as the statistics'
 * CSV does: concern titles and unit names are typed by people.
 */
const safe = (value: Cell): Cell => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** The month view as an xlsx workbook: a title line per sheet is left out so that each sheet reads back as a table. */
export async function monthWorkbook(view: OpinionMonthView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tòa soạn Sở GDĐT';
  workbook.title = `Tổng hợp báo cáo dư luận tháng ${view.period.split('-').reverse().join('/')}`;
  for (const sheet of monthSheets(view)) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow(sheet.headers).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row.map(safe));
    sheet.headers.forEach((header, index) => {
      worksheet.getColumn(index + 1).width = Math.min(60, Math.max(10, header.length + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
