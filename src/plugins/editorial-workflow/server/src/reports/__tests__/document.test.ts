import { placeDateLine, reportDocument } from '../document';
import { DEFAULT_REPORT_SETTINGS } from '../settings';
import type { ReportFigures } from '../../../../shared/contracts/reports';

const figures: ReportFigures = {
  period: { kind: 'month', key: '2026-11', from: '2026-11-01', to: '2026-11-30', until: '2026-11-30', label: 'tháng 11 năm 2026' },
  wholeProvince: true,
  generatedOn: '2026-12-03',
  kinds: [{ kind: 'school', label: 'Trường học', units: 2, itemsSubmitted: 1234, featuresSubmitted: 0, itemsPublished: 3, mediaAssets: 1, reportsOnTime: 0 }],
  total: { units: 2, itemsSubmitted: 1234, featuresSubmitted: 0, itemsPublished: 3, mediaAssets: 1, reportsOnTime: 0 },
  quotas: { met: [], missed: [], notJudged: 2 },
  sections: [{ code: 'I', title: 'Mục I', items: 3 }],
  opinionReports: [],
  takedowns: [],
  concerns: { entered: 0, bySeverity: [], incidents: [] },
};

describe('the report document model', () => {
  it('writes the place-date line as the decree does: day below 10 and month below 3 with a leading zero', () => {
    expect(placeDateLine('Điện Biên', '2026-12-03')).toBe('Điện Biên, ngày 03 tháng 12 năm 2026');
    expect(placeDateLine('Điện Biên', '2027-02-15')).toBe('Điện Biên, ngày 15 tháng 02 năm 2027');
    expect(placeDateLine('Điện Biên', '2027-03-09')).toBe('Điện Biên, ngày 09 tháng 3 năm 2027');
  });

  it('has the header, the six numbered sections, "Nơi nhận" and the signer; figures in Vietnamese number format', () => {
    const doc = reportDocument(figures, DEFAULT_REPORT_SETTINGS);
    expect([doc.agencyParent, doc.agencyName, doc.number, doc.title, doc.subtitle]).toEqual([
      'UBND TỈNH ĐIỆN BIÊN',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'Số:        /BC-SGDĐT',
      'BÁO CÁO',
      'Kết quả thông tin, tuyên truyền tháng 11 năm 2026',
    ]);
    expect(doc.sections.map((section) => section.heading.split('.')[0])).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    const kinds = doc.sections[0].blocks.find((block) => 'table' in block) as { table: { rows: string[][] } };
    expect(kinds.table.rows[0]).toEqual(['1', 'Trường học', '2', '1.234', '0', '3', '1', '0']);
    expect(doc.recipients).toEqual(['Bộ GDĐT (b/c);', 'Ban Tuyên giáo Tỉnh ủy (b/c);', 'Giám đốc, các PGĐ;', 'Lưu: VT, QLCL.']);
    expect(doc.fileName).toBe('bao-cao-thang_2026-11');
    expect(JSON.stringify(doc)).toContain('Trong kỳ không có tin bài nào bị gỡ.');
    expect(JSON.stringify(doc)).toContain('Trong kỳ không có vấn đề dư luận, sự cố truyền thông nào được đưa vào sổ theo dõi.');
  });
});
