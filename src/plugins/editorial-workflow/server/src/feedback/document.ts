import { COMMENTER_GROUPS, COMMENTER_GROUP_LABELS, COMMENT_STANCES, COMMENT_STANCE_LABELS, type CommenterGroup } from '../../../shared/contracts/consultations';
import type { FeedbackFigures } from '../../../shared/contracts/feedback';
import { MOTTO, REPORT_TITLE, placeDateLine, type ReportDocument, type ReportSection } from '../reports/document';
import type { ReportSettings } from '../reports/settings';

/** What the Word summary says: only public answers (the document is published as it is). */
export interface SummaryFacts {
  documentId: string;
  title: string;
  departmentName: string | null;
  figures: FeedbackFigures;
  mainPoints: string;
  answers: Array<{ group: CommenterGroup; text: string; answer: string }>;
  /** `YYYY-MM-DD`, Vietnam time. */
  writtenOn: string;
}

const n = (value: number) => value.toLocaleString('vi-VN');
const share = (count: number, total: number) => (total === 0 ? '0' : ((count * 100) / total).toLocaleString('vi-VN', { maximumFractionDigits: 1 }));
const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The summary of feedback (báo cáo tổng hợp ý kiến) in the administrative layout of the periodic
 * reports (reports/document.ts, written out by reports/docx.ts): counts by group, stance and
 * commune, the main points, the answers made public.
 */
export function summaryDocument(facts: SummaryFacts, settings: ReportSettings): ReportDocument {
  const { figures } = facts;
  const total = figures.total;
  const sections: ReportSection[] = [
    {
      heading: 'I. TỔNG HỢP SỐ LƯỢNG Ý KIẾN',
      blocks: [
        {
          paragraph: `Tổng số ý kiến góp ý nhận được: ${n(total)} (các ý kiến trùng lặp đã được gộp và tính một lần)${figures.unclassified ? `; ${n(figures.unclassified)} ý kiến chưa được phân loại` : ''}.`,
        },
        { subheading: '1. Theo đối tượng góp ý' },
        {
          table: {
            headers: ['STT', 'Đối tượng', 'Số ý kiến', 'Tỷ lệ (%)'],
            rows: [...COMMENTER_GROUPS.map((group, i) => [String(i + 1), COMMENTER_GROUP_LABELS[group], n(figures.byGroup[group]), share(figures.byGroup[group], total)]), ['', 'Tổng cộng', n(total), total ? '100' : '0']],
            widths: [8, 52, 20, 20],
            numeric: [2, 3],
            totalRow: true,
          },
        },
        { subheading: '2. Theo nội dung ý kiến' },
        {
          table: {
            headers: ['STT', 'Nội dung', 'Số ý kiến', 'Tỷ lệ (%)'],
            rows: [
              ...COMMENT_STANCES.map((stance, i) => [String(i + 1), COMMENT_STANCE_LABELS[stance], n(figures.byStance[stance]), share(figures.byStance[stance], total)]),
              ...(figures.unclassified ? [[String(COMMENT_STANCES.length + 1), 'Chưa phân loại', n(figures.unclassified), share(figures.unclassified, total)]] : []),
            ],
            widths: [8, 52, 20, 20],
            numeric: [2, 3],
          },
        },
        { subheading: '3. Theo xã, phường' },
        figures.byCommune.length === 0
          ? { paragraph: 'Không có ý kiến nào.' }
          : {
              table: {
                headers: ['STT', 'Xã, phường', 'Số ý kiến'],
                rows: figures.byCommune.map((row, i) => [String(i + 1), row.commune, n(row.count)]),
                widths: [8, 67, 25],
                numeric: [2],
              },
            },
      ],
    },
    {
      heading: 'II. NỘI DUNG CHÍNH CỦA CÁC Ý KIẾN',
      blocks: paragraphs(facts.mainPoints).map((paragraph) => ({ paragraph })),
    },
    {
      heading: 'III. TIẾP THU, GIẢI TRÌNH',
      blocks:
        facts.answers.length === 0
          ? [{ paragraph: 'Không có ý kiến nào được trả lời công khai.' }]
          : [
              {
                table: {
                  headers: ['STT', 'Đối tượng', 'Ý kiến góp ý', 'Tiếp thu, giải trình'],
                  rows: facts.answers.map((row, i) => [String(i + 1), COMMENTER_GROUP_LABELS[row.group], row.text, row.answer]),
                  widths: [7, 15, 39, 39],
                  numeric: [],
                },
              },
            ],
    },
  ];
  if (sections[1].blocks.length === 0) sections[1].blocks.push({ paragraph: 'Chưa có nội dung.' });
  return {
    agencyParent: settings.agencyParent,
    agencyName: settings.agencyName,
    number: `Số:        /${settings.numberSuffix}`,
    motto: MOTTO,
    dateLine: placeDateLine(settings.place, facts.writtenOn),
    title: REPORT_TITLE,
    subtitle: `Tổng hợp ý kiến góp ý đối với dự thảo: ${facts.title}`,
    intro: `Thực hiện việc lấy ý kiến rộng rãi đối với dự thảo "${facts.title}", ${facts.departmentName ?? 'phòng chuyên môn'} thuộc Sở Giáo dục và Đào tạo tổng hợp các ý kiến góp ý của học sinh, giáo viên, phụ huynh, cán bộ quản lý và nhân dân như sau:`,
    sections,
    recipients: settings.recipients,
    signer: { authority: settings.signerAuthority, title: settings.signerTitle, name: settings.signerName },
    fileName: `bao-cao-tong-hop-y-kien_${facts.documentId}`,
  };
}
