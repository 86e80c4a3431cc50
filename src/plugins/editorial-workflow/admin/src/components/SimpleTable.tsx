import * as React from 'react';
import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

export interface Column<Row> {
  key: string;
  /** The column's title, in the table's header style. */
  header: React.ReactNode;
  cell: (row: Row) => React.ReactNode;
}

/** What a row may carry besides its cells: a click handler, a style, a test id. */
export type RowProps = React.HTMLAttributes<HTMLTableRowElement> & { 'data-testid'?: string };

interface SimpleTableProps<Row> {
  columns: ReadonlyArray<Column<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => React.Key;
  rowProps?: (row: Row) => RowProps;
}

/** A header row and one row per entry, a cell per column: the plugin's plain tables (queue, ranking, report status). */
export function SimpleTable<Row>({ columns, rows, rowKey, rowProps }: SimpleTableProps<Row>) {
  return (
    <Table colCount={columns.length} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          {columns.map((column) => (
            <Th key={column.key}>
              <Typography variant="sigma">{column.header}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={rowKey(row)} {...rowProps?.(row)}>
            {columns.map((column) => (
              <Td key={column.key}>{column.cell(row)}</Td>
            ))}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
