import { UNIT_KIND_LABELS, type UnitKind } from '../../../shared/contracts/stats';
import type { ReportFigures } from '../../../shared/contracts/reports';
import type { ReportSettings } from './settings';

/**
 * A report as the Vietnamese administrative layout reads it (Nghị định 30/2020/NĐ-CP): the agency
 * and the national motto side by side, the number and the place-date line, the title, numbered
 * sections with their tables, then "Nơi nhận" beside the signature. One model, written out by both
 * the Word layout (docx.ts) and the HTML printed to PDF (html.ts), so the two never say different things.
 */

export interface ReportTable {
  headers: string[];
  rows: string[][];
  /** Relative widths of the columns. */
  widths: number[];
  /** Columns (0-based) aligned right: the figures. */
  numeric: number[];
  /** The last row is a total (bold). */
  totalRow?: boolean;
}

export interface ReportSection {
  heading: string;
  blocks: Array<{ paragraph: string } | { subheading: string } | { table: ReportTable }>;
}

export interface ReportDocument {
  agencyParent: string;
  agencyName: string;
  /** `Số:      /BC-SGDĐT`: the clerk writes the number when the report is registered. */
  number: string;
  motto: [string, string];
  dateLine: string;
  title: string;
  subtitle: string;
  intro: string;
  sections: ReportSection[];
  recipients: string[];
  signer: { authority: string; title: string; name: string };
  /** File name without extension, ASCII. */
  fileName: string;
}

export const MOTTO: [string, string] = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
export const REPORT_TITLE = 'BÁO CÁO';
export const NO_CONCERNS = 'Trong kỳ không có vấn đề dư luận, sự cố truyền thông nào được đưa vào sổ theo dõi.';

const pad = (n: number) => String(n).padStart(2, '0');
const n = (value: number) => value.toLocaleString('vi-VN');

/** `Điện Biên, ngày 03 tháng 12 năm 2026`: days below 10 and months below 3 with a leading zero, as the decree writes them. */
export function placeDateLine(place: string, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${place}, ngày ${pad(day)} tháng ${month < 3 ? pad(month) : month} năm ${year}`;
}

const vnDate = (date: string) => date.split('-').reverse().join('/');
/** `2026-11-20 09:00` → `20/11/2026 09:00`. */
const vnDateTime = (at: string) => `${vnDate(at.slice(0, 10))} ${at.slice(11)}`;

export function reportDocument(figures: ReportFigures, settings: ReportSettings): ReportDocument {
  const { period } = figures;
  const sections: ReportSection[] = [];
  const underWay = period.until < period.to;
  const scopeNote = figures.wholeProvince ? 'toàn ngành' : 'các đơn vị thuộc phạm vi theo dõi của người lập báo cáo';

  // I. Totals by kind of unit.
  sections.push({
    heading: 'I. TỔNG HỢP SỐ LIỆU THEO LOẠI ĐƠN VỊ',
    blocks: [
      {
        paragraph: `Trong kỳ, ${n(figures.total.units)} đơn vị đã gửi ${n(figures.total.itemsSubmitted)} tin bài (trong đó ${n(figures.total.featuresSubmitted)} chuyên đề), ${n(figures.total.itemsPublished)} tin bài được đăng tải, ${n(figures.total.mediaAssets)} tư liệu ảnh/video và ${n(figures.total.reportsOnTime)} báo cáo dư luận đúng hạn.`,
      },
      {
        table: {
          headers: ['STT', 'Loại đơn vị', 'Số đơn vị', 'Tin bài đã gửi', 'Chuyên đề', 'Tin bài đã đăng', 'Tư liệu ảnh/video', 'Báo cáo dư luận đúng hạn'],
          rows: [
            ...figures.kinds.map((kind, i) => [String(i + 1), kind.label, n(kind.units), n(kind.itemsSubmitted), n(kind.featuresSubmitted), n(kind.itemsPublished), n(kind.mediaAssets), n(kind.reportsOnTime)]),
            ['', 'Tổng cộng', n(figures.total.units), n(figures.total.itemsSubmitted), n(figures.total.featuresSubmitted), n(figures.total.itemsPublished), n(figures.total.mediaAssets), n(figures.total.reportsOnTime)],
          ],
          widths: [7, 23, 9, 11, 10, 11, 11, 13],
          numeric: [2, 3, 4, 5, 6, 7],
          totalRow: true,
        },
      },
    ],
  });

  // II. Quotas.
  const { met, missed, notJudged } = figures.quotas;
  const quotaBlocks: ReportSection['blocks'] = [
    { paragraph: `Có ${n(met.length)} đơn vị đạt đầy đủ chỉ tiêu, ${n(missed.length)} đơn vị chưa đạt chỉ tiêu ít nhất một tháng; ${n(notJudged)} đơn vị không có chỉ tiêu phải đạt trong kỳ.` },
    { subheading: '1. Các đơn vị chưa đạt chỉ tiêu' },
  ];
  if (missed.length === 0) quotaBlocks.push({ paragraph: 'Không có đơn vị nào chưa đạt chỉ tiêu.' });
  else
    quotaBlocks.push({
      table: {
        headers: ['STT', 'Đơn vị', 'Loại đơn vị', 'Số tháng đạt', 'Chỉ tiêu chưa đạt'],
        rows: missed.map((row, i) => [String(i + 1), row.unit.name, UNIT_KIND_LABELS[row.unit.kind as UnitKind] ?? row.unit.kind, `${row.monthsMet}/${row.monthsJudged}`, row.shortfalls.join('; ')]),
        widths: [7, 29, 17, 10, 37],
        numeric: [3],
      },
    });
  quotaBlocks.push({ subheading: '2. Các đơn vị đạt chỉ tiêu' });
  if (met.length === 0) quotaBlocks.push({ paragraph: 'Không có đơn vị nào đạt đầy đủ chỉ tiêu.' });
  else
    quotaBlocks.push({
      table: {
        headers: ['STT', 'Đơn vị', 'Loại đơn vị', 'Số tháng đạt'],
        rows: met.map((row, i) => [String(i + 1), row.unit.name, UNIT_KIND_LABELS[row.unit.kind as UnitKind] ?? row.unit.kind, `${row.monthsMet}/${row.monthsJudged}`]),
        widths: [7, 50, 27, 16],
        numeric: [3],
      },
    });
  sections.push({ heading: 'II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU', blocks: quotaBlocks });

  // III. Published items by the plan's section.
  const published = figures.sections.reduce((sum, section) => sum + section.items, 0);
  sections.push({
    heading: 'III. TIN BÀI ĐÃ ĐĂNG THEO MỤC CỦA KẾ HOẠCH',
    blocks: [
      { paragraph: 'Một tin bài gắn với chủ đề của nhiều mục được tính ở mỗi mục; tin bài chưa gắn chủ đề được tính riêng.' },
      {
        table: {
          headers: ['Mục', 'Nội dung', 'Số tin bài'],
          rows: [...figures.sections.map((section) => [section.code ?? '', section.title, n(section.items)]), ['', 'Cộng', n(published)]],
          widths: [8, 77, 15],
          numeric: [2],
          totalRow: true,
        },
      },
    ],
  });

  // IV. The monthly opinion reports.
  const reportBlocks: ReportSection['blocks'] = [];
  if (figures.opinionReports.length === 0) reportBlocks.push({ paragraph: 'Không có tháng nào phải nộp báo cáo trong kỳ.' });
  else {
    reportBlocks.push({
      table: {
        headers: ['Tháng', 'Hạn nộp', 'Đúng hạn', 'Trễ hạn', 'Chưa nộp'],
        rows: figures.opinionReports.map((month) => [month.month.split('-').reverse().join('/'), `trước ngày ${month.dueDay}`, n(month.onTime), n(month.late), n(month.missing)]),
        widths: [16, 24, 20, 20, 20],
        numeric: [2, 3, 4],
      },
    });
    for (const month of figures.opinionReports) {
      const label = month.month.split('-').reverse().join('/');
      if (month.late > 0) reportBlocks.push({ paragraph: `Tháng ${label}, nộp trễ hạn: ${month.lateUnits.join('; ')}.` });
      if (month.missing > 0) reportBlocks.push({ paragraph: `Tháng ${label}, chưa nộp: ${month.missingUnits.join('; ')}.` });
    }
  }
  sections.push({ heading: 'IV. BÁO CÁO DƯ LUẬN XÃ HỘI HẰNG THÁNG', blocks: reportBlocks });

  // V. The opinion desk: concerns entered, by severity; the incidents and crises listed.
  const { concerns } = figures;
  const concernBlocks: ReportSection['blocks'] = [];
  if (concerns.entered === 0) concernBlocks.push({ paragraph: NO_CONCERNS });
  else {
    const counts = concerns.bySeverity.map((row) => `${row.severity.toLowerCase()} ${n(row.count)}`).join(', ');
    concernBlocks.push({ paragraph: `Trong kỳ có ${n(concerns.entered)} vấn đề dư luận được đưa vào sổ theo dõi (theo mức độ hiện tại: ${counts}).` });
    if (concerns.incidents.length === 0) concernBlocks.push({ paragraph: 'Không có sự cố, khủng hoảng truyền thông.' });
    else {
      concernBlocks.push({ paragraph: `Sự cố, khủng hoảng truyền thông (${n(concerns.incidents.length)}):` });
      concernBlocks.push({
        table: {
          headers: ['STT', 'Thời gian', 'Vấn đề', 'Đơn vị báo', 'Phòng phụ trách', 'Mức độ', 'Tình trạng'],
          rows: concerns.incidents.map((row, i) => [String(i + 1), vnDateTime(row.at), row.title, row.unit, row.department ?? '', row.severity, row.status]),
          widths: [6, 14, 26, 16, 14, 11, 13],
          numeric: [],
        },
      });
    }
  }
  sections.push({ heading: 'V. VẤN ĐỀ DƯ LUẬN, SỰ CỐ TRUYỀN THÔNG', blocks: concernBlocks });

  // VI. Takedowns with their reasons.
  sections.push({
    heading: 'VI. TIN BÀI BỊ GỠ',
    blocks:
      figures.takedowns.length === 0
        ? [{ paragraph: 'Trong kỳ không có tin bài nào bị gỡ.' }]
        : [
            { paragraph: `Trong kỳ có ${n(figures.takedowns.length)} lượt gỡ tin bài, cụ thể:` },
            {
              table: {
                headers: ['STT', 'Thời gian', 'Tin bài', 'Đơn vị', 'Loại lý do', 'Lý do'],
                rows: figures.takedowns.map((row, i) => [String(i + 1), vnDateTime(row.at), row.title, row.unit ?? '', row.category, row.reason]),
                widths: [7, 16, 25, 16, 14, 22],
                numeric: [],
              },
            },
          ],
  });

  const kindSlug = { month: 'thang', quarter: 'quy', semester: 'hoc-ky', 'school-year': 'nam-hoc' }[period.kind];
  return {
    agencyParent: settings.agencyParent,
    agencyName: settings.agencyName,
    number: `Số:        /${settings.numberSuffix}`,
    motto: MOTTO,
    dateLine: placeDateLine(settings.place, figures.generatedOn),
    title: REPORT_TITLE,
    subtitle: `Kết quả thông tin, tuyên truyền ${period.label}`,
    intro:
      `Sở Giáo dục và Đào tạo báo cáo kết quả thông tin, tuyên truyền ${period.label} (từ ngày ${vnDate(period.from)} đến ngày ${vnDate(period.until)}` +
      `${underWay ? ', kỳ đang diễn ra' : ''}) của ${scopeNote}, theo số liệu của Tòa soạn điện tử, như sau:`,
    sections,
    recipients: settings.recipients,
    signer: { authority: settings.signerAuthority, title: settings.signerTitle, name: settings.signerName },
    fileName: `bao-cao-${kindSlug}_${period.key}`,
  };
}
