import * as React from 'react';
import { Typography } from '@strapi/design-system';
import { OVERVIEW_MONTHS, type ByMonth, type OverviewMonth } from '../../../shared/contracts/overview';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { useOverviewText } from './messages';

export interface ComparisonRow {
  key: string;
  label: React.ReactNode;
  /** The row's cell for each month compared. */
  cell: (which: OverviewMonth) => React.ReactNode;
}

/** A row per figure, a column per month compared (this month, the month before, the same month a year earlier). */
export const ComparisonTable = ({ months, header, rows, testId }: { months: ByMonth<string>; header: string; rows: ComparisonRow[]; testId: string }) => {
  const { monthLabel } = useOverviewText();
  const columns: Array<Column<ComparisonRow>> = [
    { key: 'label', header, cell: (row) => (typeof row.label === 'string' ? <Typography>{row.label}</Typography> : row.label) },
    ...OVERVIEW_MONTHS.map((which) => ({ key: which, header: monthLabel(which, months[which]), cell: (row: ComparisonRow) => row.cell(which) })),
  ];
  return <SimpleTable columns={columns} rows={rows} rowKey={(row) => row.key} rowProps={(row) => ({ 'data-testid': `${testId}-${row.key}` })} />;
};
