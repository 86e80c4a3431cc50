import { countFeedback, type CountedComment } from '../figures';
import { summaryDocument } from '../document';
import { DEFAULT_REPORT_SETTINGS } from '../../reports/settings';

const comment = (over: Partial<CountedComment>): CountedComment => ({ group: 'parent', commune: 'Phường Him Lam', status: 'received', stance: null, ...over });

describe('countFeedback', () => {
  it('counts a merged duplicate once (not at all beside its original), by group, stance and commune', () => {
    const figures = countFeedback([
      comment({ stance: 'agrees', status: 'classified' }),
      comment({ group: 'teacher', commune: 'Xã Mường Phăng', stance: 'disagrees', status: 'answered' }),
      comment({ group: 'teacher', commune: 'xã  mường phăng', stance: 'disagrees', status: 'merged' }),
      comment({ group: 'pupil', commune: ' xã  Mường Phăng ' }),
    ]);
    expect(figures.total).toBe(3);
    expect(figures.byGroup).toEqual({ pupil: 1, teacher: 1, parent: 1, manager: 0, citizen: 0, other: 0 });
    expect(figures.byStance).toEqual({ agrees: 1, disagrees: 1, proposes: 0 });
    expect(figures.unclassified).toBe(1);
    expect(figures.byCommune).toEqual([{ commune: 'Xã Mường Phăng', count: 2 }, { commune: 'Phường Him Lam', count: 1 }]);
  });

  it('gives zeros for no comment', () => {
    expect(countFeedback([])).toEqual({ total: 0, byGroup: { pupil: 0, teacher: 0, parent: 0, manager: 0, citizen: 0, other: 0 }, byStance: { agrees: 0, disagrees: 0, proposes: 0 }, unclassified: 0, byCommune: [] });
  });
});

describe('summaryDocument', () => {
  it('writes the counts, the main points by paragraph and only the answers given to it, dated in Vietnamese', () => {
    const doc = summaryDocument(
      {
        documentId: 'abc',
        title: 'Dự thảo quy định dạy thêm',
        departmentName: 'Phòng Giáo dục Phổ thông',
        figures: countFeedback([comment({ stance: 'agrees', status: 'answered' })]),
        mainPoints: 'Đoạn một.\n\nĐoạn hai.',
        answers: [{ group: 'parent', text: 'Ý kiến', answer: 'Trả lời' }],
        writtenOn: '2026-12-04',
      },
      DEFAULT_REPORT_SETTINGS
    );
    expect(doc.dateLine).toBe('Điện Biên, ngày 04 tháng 12 năm 2026');
    expect(doc.subtitle).toBe('Tổng hợp ý kiến góp ý đối với dự thảo: Dự thảo quy định dạy thêm');
    expect(doc.sections[1].blocks).toEqual([{ paragraph: 'Đoạn một.' }, { paragraph: 'Đoạn hai.' }]);
    expect(doc.sections[2].blocks).toEqual([{ table: expect.objectContaining({ rows: [['1', 'Phụ huynh', 'Ý kiến', 'Trả lời']] }) }]);
    expect(doc.fileName).toBe('bao-cao-tong-hop-y-kien_abc');
  });
});
