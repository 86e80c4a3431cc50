import ExcelJS from 'exceljs';
import { METRICS, METRIC_LABELS, UNIT_KIND_LABELS, type ComplianceGrid, type Ranking, type UnitKind } from '../../../shared/contracts/stats';
import type { ChannelStats } from '../../../shared/contracts/item-channels';

/** A statistics table as rows of plain values, written out as xlsx or CSV. */
export interface Sheet {
  /** Worksheet name (≤ 31 characters). */
  name: string;
  /** File name without extension: ASCII, with the period. */
  fileName: string;
  headers: string[];
  rows: Array<Array<string | number | null>>;
  /** Columns (0-based) holding a share 0..1, shown as a percentage in the xlsx. */
  percentColumns?: number[];
}

const kindLabel = (kind: string) => UNIT_KIND_LABELS[kind as UnitKind] ?? kind;
const metLabel = (met: boolean | null) => (met === null ? '' : met ? 'Đạt' : 'Chưa đạt');

/** One row per unit and period: each metric's count, quota and whether it is met. */
export function complianceSheet(grid: ComplianceGrid): Sheet {
  const headers = ['Đơn vị', 'Mã', 'Loại đơn vị', 'Kỳ', 'Từ ngày', 'Đến ngày'];
  for (const metric of METRICS) headers.push(METRIC_LABELS[metric], `${METRIC_LABELS[metric]} - Chỉ tiêu`, `${METRIC_LABELS[metric]} - Đạt`);
  headers.push('Đạt chỉ tiêu của kỳ');
  const rows: Sheet['rows'] = [];
  for (const { unit, periods } of grid.units) {
    for (const period of grid.periods) {
      const cells = periods[period.key];
      const row: Sheet['rows'][number] = [unit.name, unit.code, kindLabel(unit.kind), period.key, period.start, period.end];
      for (const metric of METRICS) {
        const cell = cells.metrics[metric];
        row.push(cell.count, cell.quota, metLabel(cell.met));
      }
      row.push(metLabel(cells.met));
      rows.push(row);
    }
  }
  const unit = grid.granularity === 'week' ? 'tuan' : 'thang';
  return { name: 'Chỉ tiêu', fileName: `thong-ke-chi-tieu_${grid.from}_${grid.to}_${unit}`, headers, rows };
}

/** The ranking of a school year: rank, unit, totals, periods with a quota and met, share met. */
export function rankingSheet(ranking: Ranking): Sheet {
  const headers = ['Hạng', 'Đơn vị', 'Mã', 'Loại đơn vị', ...METRICS.map((metric) => METRIC_LABELS[metric]), 'Số kỳ có chỉ tiêu', 'Số kỳ đạt', 'Tỉ lệ kỳ đạt'];
  const rows = ranking.units.map((row) => [
    row.rank,
    row.unit.name,
    row.unit.code,
    kindLabel(row.unit.kind),
    ...METRICS.map((metric) => row.totals[metric]),
    row.periodsWithQuota,
    row.periodsMet,
    row.shareMet,
  ]);
  return { name: 'Xếp hạng thi đua', fileName: `xep-hang-thi-dua_${ranking.schoolYear}`, headers, rows, percentColumns: [headers.length - 1] };
}

/** The items published in the period by channel: one row per channel. */
export function channelsSheet(stats: ChannelStats): Sheet {
  const headers = ['Kênh', 'Tin bài được chọn đăng', 'Tin bài đã đăng lên kênh'];
  const rows = stats.rows.map((row) => [row.label, row.marked, row.delivered]);
  return { name: 'Theo kênh', fileName: `tin-bai-theo-kenh_${stats.from}_${stats.to}`, headers, rows };
}

export async function toXlsx(sheet: Sheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tòa soạn Sở GDĐT';
  const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.addRow(sheet.headers).font = { bold: true };
  for (const row of sheet.rows) worksheet.addRow(row.map((value) => (value === null ? '' : value)));
  sheet.headers.forEach((header, index) => {
    const column = worksheet.getColumn(index + 1);
    column.width = Math.min(40, Math.max(8, header.length + 2));
    if (sheet.percentColumns?.includes(index)) column.numFmt = '0.0%';
  });
  worksheet.getColumn(1).width = sheet.headers[0] === 'Hạng' ? 6 : 40;
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.headers.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * RFC 4180 quoting; a text cell that a spreadsheet would run as a formula (= + - @) is prefixed
 * with an apostrophe, since unit names are typed by people.
 */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark (so Excel reads the Vietnamese right), CRLF line ends. */
export function toCsv(sheet: Sheet): Buffer {
  const lines = [sheet.headers, ...sheet.rows].map((row) => row.map(csvField).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
