import { cellLabeller, cellTitle, gridRows, metricLines, pageOf, periodShortLabel, toneCounts, toneOf, type MetricLine } from '../grid';
import { GRID } from './fixtures';

describe('compliance grid rows', () => {
  it('colours a cell met, unmet or without quota', () => {
    expect(toneOf(true)).toBe('met');
    expect(toneOf(false)).toBe('unmet');
    expect(toneOf(null)).toBe('none');
    expect(toneOf(undefined)).toBe('none');
  });

  it('makes one cell per period in column order, a missing period without quota', () => {
    const rows = gridRows(GRID);
    expect(rows.map((row) => row.unit.code)).toEqual(['SGD-VP', 'XA-A', 'XA-B', 'TH-A']);
    expect(rows.map((row) => row.cells.map((c) => c.tone))).toEqual([
      ['met', 'unmet'],
      ['met', 'met'],
      ['unmet', 'met'],
      ['none', 'none'],
    ]);
    expect(rows[3].cells[1]).toMatchObject({ cell: null, period: { key: '2026-W48' } });
    expect(rows.map((row) => [row.periodsMet, row.periodsWithQuota])).toEqual([
      [1, 2],
      [2, 2],
      [1, 2],
      [0, 0],
    ]);
    expect(toneCounts(rows)).toEqual({ met: 4, unmet: 2, none: 2 });
  });

  it('lists a cell’s metrics for its tooltip, in the grid’s column order', () => {
    const cell = GRID.units[1].periods['2026-W48'];
    const lines = metricLines(cell, GRID.metrics);
    expect(lines.map((line) => line.metric)).toEqual(GRID.metrics);
    expect(lines[0]).toEqual({ metric: 'items_submitted', count: 3, quota: 2, met: true });
    expect(metricLines(null, GRID.metrics)).toEqual([]);
  });

  it('labels weeks and months shortly', () => {
    expect(periodShortLabel('2026-W01')).toBe('1');
    expect(periodShortLabel('2026-W48')).toBe('48');
    expect(periodShortLabel('2026-11')).toBe('11/2026');
  });

  it('pages 600 units by 50 and keeps the page in range', () => {
    const units = Array.from({ length: 600 }, (_, i) => i);
    expect(pageOf(units, 1, 50)).toMatchObject({ page: 1, pageCount: 12, total: 600, first: 0 });
    expect(pageOf(units, 12, 50).items).toEqual(units.slice(550));
    expect(pageOf(units, 99, 50).page).toBe(12);
    expect(pageOf(units, 0, 50).page).toBe(1);
    expect(pageOf([], 3, 50)).toMatchObject({ items: [], page: 1, pageCount: 1, total: 0 });
  });

  it('names a cell by its metrics, each distinct text made once, and titles it with its unit and period', () => {
    const made: MetricLine[] = [];
    const describe = (line: MetricLine) => {
      made.push(line);
      return `${line.metric} ${line.count}/${line.quota ?? '-'}`;
    };
    const label = cellLabeller(GRID.metrics, describe, 'none');
    const rows = gridRows(GRID);
    const [a, b] = [rows[1].cells[0].cell, rows[2].cells[1].cell]; // both items_submitted 2/2, the rest the same
    const text = label(a);
    expect(text.split('\n')).toEqual(metricLines(a, GRID.metrics).map(describe));
    made.length = 0;
    expect(label(b)).toBe(text);
    expect(made).toEqual([]);
    expect(label(rows[1].cells[1].cell)).not.toBe(text);
    expect(label(null)).toBe('none');
    expect(cellTitle(rows[1], 'Tuần 47', text)).toBe(`${rows[1].unit.name} · Tuần 47\n${text}`);
  });
});
