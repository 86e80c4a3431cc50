import * as React from 'react';
import { Box, Loader, Typography } from '@strapi/design-system';
import { useNavigate } from 'react-router-dom';
import { Pager } from '../../components/Pager';
import { SimpleTable, type Column } from '../../components/SimpleTable';
import { itemEditPath } from '../../constants';
import { useT } from '../../utils/useT';

interface ItemResultsProps<Row extends { documentId: string }> {
  columns: Array<Column<Row>>;
  rows: Row[];
  error: string | null;
  loading: boolean;
  /** What an empty page says. */
  empty: string;
  page: number;
  pageCount: number;
  total: number | undefined;
  onPage: (page: number) => void;
  /** Test ids of a row and of the pager (the browser suite finds them). */
  rowTestId: string;
  pagerTestId: string;
}

/** A page of items under a queue tab: the error, the loader or the empty note, the rows (each opens its item), the pager. */
export function ItemResults<Row extends { documentId: string }>(props: ItemResultsProps<Row>) {
  const t = useT();
  const navigate = useNavigate();
  const { rows, page, pageCount, total } = props;
  return (
    <>
      {props.error ? (
        <Typography textColor="danger600" role="alert">
          {props.error}
        </Typography>
      ) : null}

      {props.loading && rows.length === 0 ? (
        <Loader>{t('panel.loading', 'Đang tải…')}</Loader>
      ) : rows.length === 0 ? (
        <Box padding={6}>
          <Typography textColor="neutral600">{props.empty}</Typography>
        </Box>
      ) : (
        <SimpleTable
          columns={props.columns}
          rows={rows}
          rowKey={(row) => row.documentId}
          rowProps={(row) => ({
            'data-testid': props.rowTestId,
            onClick: () => navigate(itemEditPath(row.documentId)),
            style: { cursor: 'pointer' },
          })}
        />
      )}

      <Pager
        page={page}
        pageCount={pageCount}
        onPage={props.onPage}
        showSinglePage
        testId={props.pagerTestId}
        gap={3}
        labels={{
          previous: t('paging.prev', 'Trang trước'),
          next: t('paging.next', 'Trang sau'),
          position: `${t('paging.of', 'Trang {page}/{pageCount}', { page, pageCount })}${
            total !== undefined ? ` · ${t('paging.total', '{total} tin bài', { total })}` : ''
          }`,
        }}
      />
    </>
  );
}
