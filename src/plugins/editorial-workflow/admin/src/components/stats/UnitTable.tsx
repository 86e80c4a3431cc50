import * as React from 'react';

import { pageOf, type Paged } from '../../pages/stats/grid';
import type { UnitRef } from '../../pages/stats/types';
import { useStatsMessages } from '../../pages/stats/useStatsMessages';
import { Pager } from '../Pager';
import { SimpleTable, type Column } from '../SimpleTable';

const PAGE_SIZE = 50;

/** Tables of 600 units come 50 a page; new rows start again on the first page. */
export function useUnitPages<Row>(rows: readonly Row[]) {
  const [page, setPage] = React.useState(1);
  React.useEffect(() => setPage(1), [rows]);
  return { paged: pageOf(rows, page, PAGE_SIZE), setPage };
}

/** "Đơn vị 51–100 trên 600" with previous and next. */
export const UnitPager = ({ paged, onPage, testId }: { paged: Paged<unknown>; onPage: (page: number) => void; testId?: string }) => {
  const { t } = useStatsMessages();
  if (paged.total === 0) return null;
  return (
    <Pager
      page={paged.page}
      pageCount={paged.pageCount}
      onPage={onPage}
      chevrons
      testId={testId}
      summary={t('pager.range', 'Đơn vị {first}–{last} trên {total}', {
        first: paged.first + 1,
        last: paged.first + paged.items.length,
        total: paged.total,
      })}
      labels={{
        previous: t('pager.previous', 'Trang trước'),
        next: t('pager.next', 'Trang sau'),
        position: t('pager.page', 'Trang {page}/{pageCount}', { page: paged.page, pageCount: paged.pageCount }),
      }}
    />
  );
};

type UnitTableProps<Row extends { unit: UnitRef }> = { columns: ReadonlyArray<Column<Row>>; rows: readonly Row[] };

/** A plain table with a row per unit, 50 units a page. */
export function UnitTable<Row extends { unit: UnitRef }>({ columns, rows }: UnitTableProps<Row>) {
  const { paged, setPage } = useUnitPages(rows);
  return (
    <>
      <SimpleTable columns={columns} rows={paged.items} rowKey={(row) => row.unit.id} />
      <UnitPager paged={paged} onPage={setPage} />
    </>
  );
}
