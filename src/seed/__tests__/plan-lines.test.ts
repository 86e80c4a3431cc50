import { PLAN_LINES, bulletsOf, planLineLabel } from '../data/plan-lines';
import { PLAN_LINE_FORMS, planLineFormOf } from '../plan-line-form';

/**
 * The lines per subsection, counted by hand in the plan's appendix (/work/shared/seeds,
 * "PHỤ LỤC KẾ HOẠCH THÔNG TIN, TUYÊN TRUYỀN NĂM 2026"): one per entry of the third column, dashed
 * or not (I.1, I.2 and III.4 hold a single undashed entry; 118 dashed + 3 = 121).
 */
const APPENDIX_COUNTS: Record<string, number> = {
  'I.1': 1, 'I.2': 1,
  'II.1': 4, 'II.2': 4,
  'III.1': 6, 'III.2': 7, 'III.3': 4, 'III.4': 1, 'III.5': 5,
  'IV.1': 5, 'IV.2': 2, 'IV.3': 1,
  'V.1': 2, 'V.2': 4,
  'VI.1': 1, 'VI.2': 3,
  'VII.1': 8, 'VII.2': 3, 'VII.3': 7,
  'VIII.1': 8, 'VIII.2': 5,
  'IX.1': 14, 'IX.2': 8,
  'X.1': 3, 'X.2': 6,
  'XI.1': 1,
  'XII.1': 7,
};

describe('the plan lines seed', () => {
  it('has as many lines per subsection as the appendix', () => {
    const counts: Record<string, number> = {};
    for (const line of PLAN_LINES) counts[line.topic] = (counts[line.topic] ?? 0) + 1;
    expect(counts).toEqual(APPENDIX_COUNTS);
    expect(PLAN_LINES).toHaveLength(121);
  });

  it('numbers the lines in order under their subsection, with unique valid codes', () => {
    const codes = PLAN_LINES.map((line) => line.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const line of PLAN_LINES) {
      expect(line.code).toMatch(/^[IVXLC]+\.[1-9][0-9]*\.[1-9][0-9]*$/);
      expect(line.code).toBe(`${line.topic}.${line.order}`);
      expect(line.label.length).toBeLessThanOrEqual(255);
      expect(line.department).toMatch(/^SGD-/);
    }
  });

  it('holds the appendix texts (spot check)', () => {
    const byCode = new Map(PLAN_LINES.map((line) => [line.code, line]));
    expect(byCode.get('I.1.1')?.text).toMatch(/^Tuyến thông tin Đại hội đại biểu toàn quốc lần thứ XIV của Đảng/);
    expect(byCode.get('III.1.4')?.text).toBe('Tuyến thông tin về triển khai giáo dục STEM trong cấp học mầm non.');
    expect(byCode.get('III.3.4')?.text).toBe('Biểu dương các mô hình, cá nhân, tập thể tiêu biểu.');
    expect(byCode.get('VIII.1.2')?.text).toBe('Tuyến thông tin về tuyển sinh đại học, cao đẳng 2026.');
    expect(byCode.get('IX.1.4')?.text).toBe('Tuyến thông tin về các hoạt động chuyển đổi số trong GDĐT.');
    expect(byCode.get('III.2.3')?.department).toBe('SGD-GDPT');
    expect(byCode.get('III.5.1')?.department).toBe('SGD-QLCL');
  });

  it('gives each line the form its opening names', () => {
    const byCode = new Map(PLAN_LINES.map((line) => [line.code, line]));
    expect(byCode.get('III.1.4')?.form).toBe(PLAN_LINE_FORMS.running);
    expect(byCode.get('V.1.1')?.form).toBe(PLAN_LINE_FORMS.running); // "Tuyến, thông tin": the plan's misprint
    expect(byCode.get('II.1.1')?.form).toBe(PLAN_LINE_FORMS.news);
    expect(byCode.get('I.2.1')?.form).toBe(PLAN_LINE_FORMS.newsAndPromotion);
    expect(byCode.get('III.3.4')?.form).toBe(PLAN_LINE_FORMS.honours);
  });
});

describe('planLineFormOf', () => {
  it.each([
    ['Tuyến thông tin về tuyển sinh', PLAN_LINE_FORMS.running],
    ['- Tuyến, thông tin về tuyển dụng', PLAN_LINE_FORMS.running],
    ['Thông tin về hệ thống học liệu số', PLAN_LINE_FORMS.news],
    ['Thông tin, tuyên truyền về công khai', PLAN_LINE_FORMS.newsAndPromotion],
    ['Tuyên truyền phòng chống ma túy', PLAN_LINE_FORMS.promotion],
    ['Biểu dương các mô hình', PLAN_LINE_FORMS.honours],
    ['Tôn vinh nhà giáo', PLAN_LINE_FORMS.honours],
    ['Phòng, chống vi phạm pháp luật: Thông tin về phòng chống', PLAN_LINE_FORMS.news],
    ['Công tác triển khai thực hiện Nghị quyết', PLAN_LINE_FORMS.news],
  ])('%s → %s', (text, form) => expect(planLineFormOf(text)).toBe(form));

  it('reads the opening only: honours mentioned further on do not change a running line', () => {
    expect(planLineFormOf('Tuyến thông tin về các hoạt động ghi nhận, tôn vinh các nhà giáo')).toBe(PLAN_LINE_FORMS.running);
  });
});

describe('planLineLabel and bulletsOf', () => {
  it('keeps a short label whole and cuts a long one at a word, within 255 characters', () => {
    expect(planLineLabel('I.1.1', 'Ngắn.')).toBe('I.1.1 — Ngắn.');
    const long = planLineLabel('II.1.2', 'chữ '.repeat(200));
    expect(long.length).toBeLessThanOrEqual(255);
    expect(long.endsWith('…')).toBe(true);
    expect(long.startsWith('II.1.2 — chữ chữ')).toBe(true);
  });

  it('reads one line per dash, dashed with or without a space', () => {
    expect(bulletsOf('- Một;\n-Hai.\n  - Ba\nkhông gạch')).toEqual(['Một;', 'Hai.', 'Ba']);
  });
});
