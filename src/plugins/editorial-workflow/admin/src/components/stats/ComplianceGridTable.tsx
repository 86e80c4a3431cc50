import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';

import { shortDate } from '../../pages/stats/dates';
import {
  HEADLINE_METRIC,
  cellLabeller,
  cellTitle,
  gridRows,
  periodShortLabel,
  toneCounts,
  type GridRow,
  type MetricLine,
  type Paged,
  type Tone,
} from '../../pages/stats/grid';
import type { ComplianceGridPage, Granularity, GridSort, Period, PeriodCell } from '../../pages/stats/types';
import { useStatsMessages, type StatsMessages } from '../../pages/stats/useStatsMessages';
import { GridLegend } from './GridLegend';
import { TONE_COLORS } from './tones';
import { GridSortButtons } from './GridSortButtons';
import { UnitPager } from './UnitTable';

type ComplianceGridTableProps = {
  /** One page of units, as the server sorted and cut it. */
  grid: ComplianceGridPage;
  onPage: (page: number) => void;
  onSort: (sort: GridSort) => void;
};

/**
 * Units × periods, each cell coloured by whether the unit met its quotas then. The unit column stays
 * put while 52 weeks scroll sideways; 600 units come 50 a page, each page asked of the server in the
 * order chosen in the unit column's header. The legend counts the cells of the page.
 *
 * A page change must paint in well under 300 ms (issue 19, bench/stats/README.md): the 2,600 cells are
 * plain elements styled once by the table, rows are keyed by their place on the page so that the next
 * page reuses their elements (React sets only what changed), a cell's accessible name is shared by
 * the cells that read the same, and its tooltip is made when the pointer comes to it.
 */
const ComplianceGridTableView = ({ grid, onPage, onSort }: ComplianceGridTableProps) => {
  const messages = useStatsMessages();
  const { t } = messages;
  const rows = React.useMemo(() => gridRows(grid), [grid]);
  const counts = React.useMemo(() => toneCounts(rows), [rows]);
  const paged: Paged<GridRow> = {
    items: rows,
    page: grid.pagination.page,
    pageCount: Math.max(1, grid.pagination.pageCount),
    total: grid.pagination.total,
    first: (grid.pagination.page - 1) * grid.pagination.pageSize,
  };
  // Every page of a grid has the same columns: the headers and their names are made once per grid, not per page.
  const columnsKey = `${grid.granularity}|${grid.periods.map((period) => period.key).join(',')}`;
  const periods = React.useMemo(() => grid.periods, [columnsKey]);
  const periodNames = React.useMemo(
    () =>
      new Map(
        periods.map((period) => [
          period.key,
          grid.granularity === 'week'
            ? t('grid.week', 'Tuần {week} ({start} – {end})', {
                week: periodShortLabel(period.key),
                start: shortDate(period.start, false),
                end: shortDate(period.end),
              })
            : t('grid.month', 'Tháng {month}', { month: periodShortLabel(period.key) }),
        ])
      ),
    [periods, t]
  );
  const metricsKey = grid.metrics.join(',');
  const label = React.useMemo(
    () => cellLabeller(grid.metrics, memoizedLineDescriber(messages), t('legend.none', 'Không có chỉ tiêu')),
    [metricsKey, messages]
  );

  // One handler for the tooltips of 2,600 cells: the hovered cell's, made from the page on screen.
  const shown = React.useRef({ rows, periodNames, label });
  shown.current = { rows, periodNames, label };
  const showDetails = React.useCallback((event: React.MouseEvent<HTMLTableSectionElement>) => {
    const td = (event.target as Element).closest?.('td');
    if (!td) return;
    const { rows: onScreen, periodNames: names, label: labelOf } = shown.current;
    const row = onScreen[(td.parentElement as HTMLTableRowElement).sectionRowIndex];
    const cell = row?.cells[td.cellIndex - 1];
    if (!cell) return;
    const title = cellTitle(row, names.get(cell.period.key) ?? cell.period.key, labelOf(cell.cell));
    if (td.title !== title) td.title = title;
  }, []);

  return (
    <>
      <GridLegend counts={counts} />
      <Scroller tabIndex={0} aria-label={t('grid.scroll', 'Bảng chỉ tiêu, cuộn ngang để xem các kỳ')}>
        <Table style={{ width: `calc(${UNIT_COLUMN} + ${periods.length} * ${PERIOD_COLUMN})` }}>
          <thead>
            <tr>
              <th className="unit-header" scope="col" aria-sort={grid.sort === 'name' ? 'ascending' : grid.sort === '-name' ? 'descending' : undefined}>
                <Typography variant="sigma" textColor="neutral600">
                  {t('grid.unit', 'Đơn vị')}
                </Typography>
                <GridSortButtons sort={grid.sort} onSort={onSort} />
              </th>
              <PeriodHeaders periods={periods} granularity={grid.granularity} periodNames={periodNames} />
            </tr>
          </thead>
          <tbody onMouseOver={showDetails}>
            {paged.items.map((row, index) => (
              // Keyed by the place on the page: the next page's rows reuse these elements.
              <GridRowView key={index} row={row} label={label} messages={messages} />
            ))}
          </tbody>
        </Table>
      </Scroller>
      <UnitPager paged={paged} onPage={onPage} testId="ew-stats-grid-pager" />
    </>
  );
};

export const ComplianceGridTable = React.memo(ComplianceGridTableView);

type PeriodHeadersProps = { periods: Period[]; granularity: Granularity; periodNames: Map<string, string> };

/** The period columns' headers: the same on every page of a grid. */
const PeriodHeaders = React.memo(({ periods, granularity, periodNames }: PeriodHeadersProps) => (
  <>
    {periods.map((period) => (
      <th key={period.key} scope="col" className="period" title={periodNames.get(period.key)}>
        <span className="sigma">{periodShortLabel(period.key)}</span>
        {granularity === 'week' ? <span className="pi start">{shortDate(period.start, false)}</span> : null}
      </th>
    ))}
  </>
));

type GridRowViewProps = {
  row: GridRow;
  label: (cell: PeriodCell | null) => string;
  messages: StatsMessages;
};

const GridRowView = React.memo(({ row, label, messages }: GridRowViewProps) => {
  const { t, kindLabel } = messages;
  // Plain elements styled by the table (Table below): a design-system component per cell or per row costs too much at 2,600 cells a page.
  return (
    <tr>
      <th scope="row" title={`${row.unit.name} (${row.unit.code}) · ${kindLabel(row.unit.kind)}`}>
        <div className="unit">
          <div className="name">
            <span className="omega">{row.unit.name}</span>
            <span className="pi code">{row.unit.code}</span>
          </div>
          <span className="pi periods-met" title={t('grid.periodsMet', 'Số kỳ đạt / số kỳ có chỉ tiêu')}>
            {row.periodsWithQuota > 0 ? `${row.periodsMet}/${row.periodsWithQuota}` : '—'}
          </span>
        </div>
      </th>
      {row.cells.map(({ period, cell, tone }) => (
        <td key={period.key} className={tone} aria-label={label(cell)}>
          {cell ? cell.metrics[HEADLINE_METRIC]?.count ?? '' : ''}
        </td>
      ))}
    </tr>
  );
});

/** describeLine, remembered: a grid holds few distinct (metric, count, quota, met) lines. */
function memoizedLineDescriber(messages: StatsMessages): (line: MetricLine) => string {
  const known = new Map<string, string>();
  return (line) => {
    const key = `${line.metric}:${line.count}:${line.quota}:${line.met}`;
    let text = known.get(key);
    if (text === undefined) known.set(key, (text = describeLine(line, messages)));
    return text;
  };
}

function describeLine(line: MetricLine, { t, metricLabel }: StatsMessages): string {
  const label = metricLabel(line.metric);
  if (line.quota == null) return t('cell.noQuota', '{label}: {count} (không có chỉ tiêu)', { label, count: line.count });
  if (line.met == null) return t('cell.pending', '{label}: {count}/{quota}', { label, count: line.count, quota: line.quota });
  return line.met
    ? t('cell.met', '{label}: {count}/{quota} – đạt', { label, count: line.count, quota: line.quota })
    : t('cell.unmet', '{label}: {count}/{quota} – chưa đạt', { label, count: line.count, quota: line.quota });
}

const UNIT_COLUMN = '26rem';
const PERIOD_COLUMN = '4.4rem';

const Scroller = styled(Box)`
  overflow: auto;
  max-height: 70vh;
  border: 1px solid ${({ theme }) => theme.colors.neutral150};
  border-radius: ${({ theme }) => theme.borderRadius};
`;

// Fixed layout: the browser sizes 52 columns from the header alone instead of measuring 2,600 cells.
// Every cell, header and text of the grid is styled here, once, by descendant selectors; the text
// classes copy the design system's Typography variants (omega, pi, sigma).
const Table = styled.table`
  table-layout: fixed;
  border-collapse: separate;
  border-spacing: 0;
  font-variant-numeric: tabular-nums;

  .omega {
    font-size: ${({ theme }) => theme.fontSizes[3]};
    line-height: ${({ theme }) => theme.lineHeights[6]};
    ${({ theme }) => theme.breakpoints.medium} {
      font-size: ${({ theme }) => theme.fontSizes[2]};
      line-height: ${({ theme }) => theme.lineHeights[4]};
    }
  }
  .pi {
    font-size: ${({ theme }) => theme.fontSizes[1]};
    line-height: ${({ theme }) => theme.lineHeights[3]};
  }
  .sigma {
    font-weight: ${({ theme }) => theme.fontWeights.bold};
    text-transform: uppercase;
    font-size: ${({ theme }) => theme.fontSizes[0]};
    line-height: ${({ theme }) => theme.lineHeights[5]};
  }

  thead th {
    position: sticky;
    top: 0;
    z-index: 2;
    width: ${PERIOD_COLUMN};
    padding: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[1]}`};
    text-align: center;
    background: ${({ theme }) => theme.colors.neutral100};
    border-bottom: 1px solid ${({ theme }) => theme.colors.neutral200};
  }
  thead th.period .sigma {
    color: ${({ theme }) => theme.colors.neutral700};
  }
  thead th.period .start {
    display: block;
    color: ${({ theme }) => theme.colors.neutral500};
  }
  thead th.unit-header {
    left: 0;
    z-index: 3;
    width: ${UNIT_COLUMN};
    text-align: left;
    padding-left: ${({ theme }) => theme.spaces[4]};
    border-right: 1px solid ${({ theme }) => theme.colors.neutral200};
  }

  tbody th {
    position: sticky;
    left: 0;
    z-index: 1;
    width: ${UNIT_COLUMN};
    min-width: ${UNIT_COLUMN};
    max-width: ${UNIT_COLUMN};
    padding: ${({ theme }) => `${theme.spaces[1]} ${theme.spaces[2]} ${theme.spaces[1]} ${theme.spaces[4]}`};
    text-align: left;
    font-weight: normal;
    background: ${({ theme }) => theme.colors.neutral0};
    border-right: 1px solid ${({ theme }) => theme.colors.neutral200};
    border-bottom: 1px solid ${({ theme }) => theme.colors.neutral150};
  }
  tbody th .unit {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: ${({ theme }) => theme.spaces[2]};
  }
  tbody th .name {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  tbody th .name > span {
    display: block;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  tbody th .name .omega {
    font-weight: ${({ theme }) => theme.fontWeights.semiBold};
  }
  tbody th .code {
    color: ${({ theme }) => theme.colors.neutral500};
  }
  tbody th .periods-met {
    color: ${({ theme }) => theme.colors.neutral600};
  }

  td {
    height: 4.4rem;
    text-align: center;
    font-size: 1.3rem;
    font-weight: 600;
    border-right: 1px solid ${({ theme }) => theme.colors.neutral0};
    border-bottom: 1px solid ${({ theme }) => theme.colors.neutral0};
    cursor: default;
  }
  ${({ theme }) =>
    (Object.keys(TONE_COLORS) as Tone[])
      .map((tone) => `td.${tone} { color: ${theme.colors[TONE_COLORS[tone].text]}; background: ${theme.colors[TONE_COLORS[tone].background]}; }`)
      .join('\n')}
`;
