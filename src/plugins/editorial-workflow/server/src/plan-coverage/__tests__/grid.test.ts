import { buildCoverage, type GridLine } from '../grid';
import { monthsOfYear, quarterShown } from '../quarter';

const gdpt = { id: 7, name: 'Phòng Giáo dục phổ thông' };
const vp = { id: 3, name: 'Văn phòng Sở' };
const section = (code: string, order: number) => ({ code, title: `Mục ${code}`, order });
const line = (id: number, code: string, order: number, department = gdpt): GridLine => {
  const [s, sub] = code.split('.');
  return { id, code, text: `Tuyến ${code}`, form: 'Tuyến thông tin', order, department, subsection: { code: `${s}.${sub}`, title: `Tiểu mục ${s}.${sub}`, order: Number(sub) }, section: section(s, s === 'II' ? 2 : 3) };
};

describe('buildCoverage', () => {
  const lines = [line(3, 'III.2.2', 2), line(1, 'II.1.1', 1, vp), line(2, 'III.2.1', 1)];
  const view = buildCoverage({
    year: 2026,
    quarter: 4,
    department: null,
    departments: [gdpt, vp],
    lines,
    counts: [
      { lineId: 2, month: '2026-11', n: 3 },
      { lineId: 2, month: '2026-02', n: 1 },
      { lineId: 3, month: '2026-03', n: 2 },
      { lineId: 1, month: '2025-12', n: 9 }, // another year: not in this grid
    ],
  });

  it('orders sections, subsections and lines as the plan does, one cell per month', () => {
    expect(view.sections.map((s) => s.code)).toEqual(['II', 'III']);
    expect(view.sections[1].subsections[0].lines.map((l) => l.code)).toEqual(['III.2.1', 'III.2.2']);
    const first = view.sections[1].subsections[0].lines[0];
    expect(first.months).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0]);
    expect(first).toMatchObject({ total: 4, uncovered: false, coveredInQuarter: true });
  });

  it('flags a line with nothing in the year, and shares the quarter by section and department', () => {
    expect(view.sections[0].subsections[0].lines[0]).toMatchObject({ code: 'II.1.1', total: 0, uncovered: true, coveredInQuarter: false });
    // III.2.2 was covered in March only: covered in the year, not in Q4.
    expect(view.sections[1].subsections[0].lines[1]).toMatchObject({ uncovered: false, coveredInQuarter: false });
    expect(view.sections[1]).toMatchObject({ lines: 2, covered: 1, share: 0.5 });
    expect(view.sections[0]).toMatchObject({ lines: 1, covered: 0, share: 0 });
    expect(view.byDepartment).toEqual([
      { department: gdpt, lines: 2, covered: 1, share: 0.5 },
      { department: vp, lines: 1, covered: 0, share: 0 },
    ]);
    expect(view.totals).toMatchObject({ lines: 3, covered: 1, uncovered: 1, items: 6 });
    expect(view.totals.months[10]).toBe(3);
  });

  it('answers an empty plan with zero shares, not NaN', () => {
    const empty = buildCoverage({ year: 2026, quarter: 1, department: null, departments: [], lines: [], counts: [] });
    expect(empty.totals).toMatchObject({ lines: 0, covered: 0, share: 0 });
  });
});

describe('quarterShown', () => {
  it('is the Vietnam quarter of this year, Q4 of a past year, Q1 of a future one', () => {
    // 31 March 2026 17:30 UTC is 1 April 00:30 in Vietnam: Q2.
    expect(quarterShown(2026, new Date('2026-03-31T17:30:00Z'))).toBe(2);
    expect(quarterShown(2026, new Date('2026-03-31T16:30:00Z'))).toBe(1);
    expect(quarterShown(2025, new Date('2026-05-01T00:00:00Z'))).toBe(4);
    expect(quarterShown(2027, new Date('2026-05-01T00:00:00Z'))).toBe(1);
    // 31 December 2026 17:00 UTC is already 2027 in Vietnam: 2026 is past.
    expect(quarterShown(2026, new Date('2026-12-31T17:00:00Z'))).toBe(4);
    expect(quarterShown(2027, new Date('2026-12-31T17:00:00Z'))).toBe(1);
  });

  it('lists the twelve month keys of a year', () => {
    expect(monthsOfYear(2026)).toHaveLength(12);
    expect(monthsOfYear(2026)[0]).toBe('2026-01');
    expect(monthsOfYear(2026)[11]).toBe('2026-12');
  });
});
