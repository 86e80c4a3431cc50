import * as React from 'react';
import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

import type { ReturnCountsReport } from '../../../shared/contracts/reason-categories';
import { useReturnsText } from './messages';
import { returnsTable, type ReturnsTableRow } from './table';

/**
 * Units down, reason categories across, each unit's total at the end and the totals underneath.
 * Plain figures: the queue has no filter by reason category to link them to.
 */
export const ReturnsTable = ({ report }: { report: ReturnCountsReport }) => {
  const { say, count } = useReturnsText();
  const table = returnsTable(report, say('column.total', 'Tổng'));
  const row = (entry: ReturnsTableRow, bold: boolean) => (
    <Tr key={entry.key} data-testid={`returns-row-${entry.key}`}>
      <Td>
        <Typography fontWeight={bold ? 'bold' : 'semiBold'}>{entry.label}</Typography>
      </Td>
      {entry.counts.map((n, index) => (
        <Td key={table.columns[index].code} data-testid={`returns-${entry.key}-${table.columns[index].code}`}>
          <Typography fontWeight={bold ? 'bold' : undefined} textColor={n === 0 ? 'neutral500' : undefined}>
            {count(n)}
          </Typography>
        </Td>
      ))}
      <Td data-testid={`returns-${entry.key}-total`}>
        <Typography fontWeight="bold">{count(entry.total)}</Typography>
      </Td>
    </Tr>
  );
  return (
    <Table colCount={table.columns.length + 2} rowCount={table.rows.length + 2} data-testid="returns-table">
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{say('column.unit', 'Đơn vị')}</Typography>
          </Th>
          {table.columns.map((column) => (
            <Th key={column.code}>
              <Typography variant="sigma">{column.label}</Typography>
            </Th>
          ))}
          <Th>
            <Typography variant="sigma">{say('column.total', 'Tổng')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {table.rows.map((entry) => row(entry, false))}
        {row(table.totals, true)}
      </Tbody>
    </Table>
  );
};
