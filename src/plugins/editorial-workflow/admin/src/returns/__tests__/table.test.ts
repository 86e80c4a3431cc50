import type { ReturnCountsReport } from '../../../../shared/contracts/reason-categories';
import { returnsTable } from '../table';

const unit = (id: number, name: string) => ({ id, code: `U${id}`, name, kind: 'school' });

describe('returnsTable', () => {
  const report: ReturnCountsReport = {
    period: { from: '2026-11-01', to: '2026-11-30' },
    categories: [
      { code: 'facts', label: 'Sai thông tin, số liệu' },
      { code: 'form', label: 'Hình thức, chính tả' },
      { code: 'uncategorised', label: 'Chưa phân loại' },
    ],
    units: [
      { unit: unit(2, 'Trường THPT A'), counts: { form: 2, uncategorised: 1 }, total: 3 },
      { unit: unit(1, 'Trường THCS B'), counts: { facts: 1 }, total: 1 },
    ],
    totals: { facts: 1, form: 2, uncategorised: 1 },
  };

  it('has a column per category in the API order, a row per unit with zeros filled, and the totals', () => {
    const table = returnsTable(report, 'Tổng');
    expect(table.columns.map((column) => column.label)).toEqual(['Sai thông tin, số liệu', 'Hình thức, chính tả', 'Chưa phân loại']);
    expect(table.rows).toEqual([
      { key: 'unit-2', label: 'Trường THPT A', counts: [0, 2, 1], total: 3 },
      { key: 'unit-1', label: 'Trường THCS B', counts: [1, 0, 0], total: 1 },
    ]);
    expect(table.totals).toEqual({ key: 'total', label: 'Tổng', counts: [1, 2, 1], total: 4 });
  });

  it('shows the categories with zero totals when nobody was returned', () => {
    const table = returnsTable({ ...report, categories: report.categories.slice(0, 2), units: [], totals: {} }, 'Tổng');
    expect(table.rows).toEqual([]);
    expect(table.totals).toEqual({ key: 'total', label: 'Tổng', counts: [0, 0], total: 0 });
  });
});
