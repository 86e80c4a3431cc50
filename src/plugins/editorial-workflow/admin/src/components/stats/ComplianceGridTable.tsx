import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';

import { shortDate } from '../../pages/stats/dates';
import {
  HEADLINE_METRIC,
  gridRows,
  metricLines,
  periodShortLabel,
  toneCounts,
  type GridRow,
  type MetricLine,
  type Paged,
  type Tone,
} from '../../pages/stats/grid';
import type { ComplianceGridPage, GridSort, Metric } from '../../pages/stats/types';
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
 */
export const ComplianceGridTable = ({ grid, onPage, onSort }: ComplianceGridTableProps) => {
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
  // Tooltips are plain strings built from parts made once per grid: 2,600 cells a page stay cheap.
  const periodNames = React.useMemo(
    () =>
      new Map(
        grid.periods.map((period) => [
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
    [grid, t]
  );
  const describe = React.useMemo(() => memoizedLineDescriber(messages), [messages]);

  return (
    <>
      <GridLegend counts={counts} />
      <Scroller tabIndex={0} aria-label={t('grid.scroll', 'Bảng chỉ tiêu, cuộn ngang để xem các kỳ')}>
        <Table style={{ width: `calc(${UNIT_COLUMN} + ${grid.periods.length} * ${PERIOD_COLUMN})` }}>
          <thead>
            <tr>
              <UnitHeader scope="col" aria-sort={grid.sort === 'name' ? 'ascending' : grid.sort === '-name' ? 'descending' : undefined}>
                <Typography variant="sigma" textColor="neutral600">
                  {t('grid.unit', 'Đơn vị')}
                </Typography>
                <GridSortButtons sort={grid.sort} onSort={onSort} />
              </UnitHeader>
              {grid.periods.map((period) => (
                <PeriodHeader key={period.key} scope="col" title={periodNames.get(period.key)}>
                  <Typography variant="sigma" textColor="neutral700">
                    {periodShortLabel(period.key)}
                  </Typography>
                  {grid.granularity === 'week' ? (
                    <Typography variant="pi" textColor="neutral500" tag="div">
                      {shortDate(period.start, false)}
                    </Typography>
                  ) : null}
                </PeriodHeader>
              ))}
            </tr>
          </thead>
          <tbody>
            {paged.items.map((row) => (
              <GridRowView
                key={row.unit.id}
                row={row}
                metrics={grid.metrics}
                periodNames={periodNames}
                describe={describe}
                messages={messages}
              />
            ))}
          </tbody>
        </Table>
      </Scroller>
      <UnitPager paged={paged} onPage={onPage} testId="ew-stats-grid-pager" />
    </>
  );
};

type GridRowViewProps = {
  row: GridRow;
  metrics: Metric[];
  periodNames: Map<string, string>;
  describe: (line: MetricLine) => string;
  messages: StatsMessages;
};

const GridRowView = React.memo(({ row, metrics, periodNames, describe, messages }: GridRowViewProps) => {
  const { t, kindLabel } = messages;
  return (
    <tr>
      <UnitCell scope="row" title={`${row.unit.name} (${row.unit.code}) · ${kindLabel(row.unit.kind)}`}>
        <UnitCellInner>
          <UnitName>
            <Typography fontWeight="semiBold" ellipsis>
              {row.unit.name}
            </Typography>
            <Typography variant="pi" textColor="neutral500" ellipsis>
              {row.unit.code}
            </Typography>
          </UnitName>
          <Typography variant="pi" textColor="neutral600" title={t('grid.periodsMet', 'Số kỳ đạt / số kỳ có chỉ tiêu')}>
            {row.periodsWithQuota > 0 ? `${row.periodsMet}/${row.periodsWithQuota}` : '—'}
          </Typography>
        </UnitCellInner>
      </UnitCell>
      {row.cells.map(({ period, cell, tone }) => {
        const details = [`${row.unit.name} · ${periodNames.get(period.key)}`, ...metricLines(cell, metrics).map(describe)].join('\n');
        // A plain cell coloured by its class: a styled component per cell costs too much at 2,600 a page.
        return (
          <td key={period.key} className={tone} title={details} aria-label={details}>
            {cell ? cell.metrics[HEADLINE_METRIC]?.count ?? '' : ''}
          </td>
        );
      })}
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
const Table = styled.table`
  table-layout: fixed;
  border-collapse: separate;
  border-spacing: 0;
  font-variant-numeric: tabular-nums;

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

const stickyTop = `
  position: sticky;
  top: 0;
`;

const PeriodHeader = styled.th`
  ${stickyTop}
  z-index: 2;
  width: ${PERIOD_COLUMN};
  padding: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[1]}`};
  text-align: center;
  background: ${({ theme }) => theme.colors.neutral100};
  border-bottom: 1px solid ${({ theme }) => theme.colors.neutral200};
`;

const UnitHeader = styled(PeriodHeader)`
  left: 0;
  z-index: 3;
  width: ${UNIT_COLUMN};
  text-align: left;
  padding-left: ${({ theme }) => theme.spaces[4]};
  border-right: 1px solid ${({ theme }) => theme.colors.neutral200};
`;

const UnitCell = styled.th`
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
`;

const UnitCellInner = styled.div`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${({ theme }) => theme.spaces[2]};
`;

const UnitName = styled.div`
  display: flex;
  flex-direction: column;
  min-width: 0;
`;
