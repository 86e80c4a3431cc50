import * as React from 'react';
import { Button, Flex, Loader, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useDebounce, useFetchClient, useNotification } from '@strapi/strapi/admin';
import type { DirectoryRow } from '../../../shared/contracts/network';
import { Pager } from '../components/Pager';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { errorMessageOf, filenameFromDisposition, messageFromErrorBody } from '../pages/stats/download';
import { describeError } from '../utils/errors';
import { useT } from '../utils/useT';
import { DIRECTORY_EXPORT_PATH, paramsOf, useGetDirectoryQuery } from './api';
import { useNetworkLabels } from './labels';
import { UnitSearch, type UnitSearchValue } from './UnitSearch';

const PAGE_SIZE = 20;

const lines = (values: Array<string | null>) => values.filter(Boolean).join(' · ');

/** "Danh bạ": every unit's contact official and head with phone and e-mail, and its Excel file. Internal. */
export const DirectoryTab = () => {
  const t = useT();
  const { kindLabel } = useNetworkLabels();
  const [search, setSearch] = React.useState<UnitSearchValue>({ q: '', kind: '' });
  const [page, setPage] = React.useState(1);
  const q = useDebounce(search.q.trim(), 300);
  React.useEffect(() => setPage(1), [q, search.kind]);
  const directory = useGetDirectoryQuery({ q, kind: search.kind || undefined, page, pageSize: PAGE_SIZE });
  const rows = directory.currentData?.results ?? [];
  const pagination = directory.data?.pagination;
  const pageCount = Math.max(pagination?.pageCount ?? 1, 1);
  const { download, busy } = useDirectoryDownload();

  const columns: Array<Column<DirectoryRow>> = [
    {
      key: 'unit',
      header: t('network.unit.name', 'Đơn vị'),
      cell: (row) => (
        <Flex direction="column" alignItems="flex-start">
          <Typography fontWeight="semiBold">{row.name}</Typography>
          <Typography variant="pi" textColor="neutral600">{`${row.code} · ${kindLabel(row.kind)}`}</Typography>
        </Flex>
      ),
    },
    {
      key: 'contact',
      header: t('network.contact.title', 'Đầu mối truyền thông'),
      cell: (row) => (
        <Flex direction="column" alignItems="flex-start">
          <Typography>{lines([row.contactName, row.contactPosition])}</Typography>
          <Typography variant="pi">{lines([row.contactPhone, row.contactEmail])}</Typography>
        </Flex>
      ),
    },
    {
      key: 'heads',
      header: t('network.group.heads', 'Thủ trưởng / Trưởng phòng'),
      cell: (row) => (
        <Flex direction="column" alignItems="flex-start">
          {row.heads.map((head) => (
            <React.Fragment key={head.email}>
              <Typography>{lines([head.name, head.position])}</Typography>
              <Typography variant="pi">{lines([head.phone, head.email])}</Typography>
            </React.Fragment>
          ))}
        </Flex>
      ),
    },
  ];

  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="ew-directory">
      <Flex justifyContent="space-between" gap={4} wrap="wrap">
        <Typography textColor="neutral600">
          {t('network.directory.internal', 'Danh bạ chỉ dùng nội bộ: không công khai số điện thoại và e-mail.')}
        </Typography>
        <Button
          variant="secondary"
          size="S"
          startIcon={<Download />}
          loading={busy}
          data-testid="ew-directory-export"
          onClick={() => download(paramsOf({ q, kind: search.kind }))}
        >
          {t('network.directory.export', 'Tải danh bạ (Excel)')}
        </Button>
      </Flex>
      <UnitSearch value={search} onChange={setSearch} testId="ew-directory" />
      {directory.error ? (
        <Typography textColor="danger600" role="alert">
          {describeError(directory.error).message ?? t('network.error.load', 'Không tải được dữ liệu. Hãy thử lại.')}
        </Typography>
      ) : directory.isFetching && rows.length === 0 ? (
        <Loader>{t('network.loading', 'Đang tải…')}</Loader>
      ) : rows.length === 0 ? (
        <Typography textColor="neutral600">{t('network.unit.empty', 'Không có đơn vị nào phù hợp.')}</Typography>
      ) : (
        <SimpleTable columns={columns} rows={rows} rowKey={(row) => row.id} rowProps={() => ({ 'data-testid': 'ew-directory-row' })} />
      )}
      <Pager
        page={page}
        pageCount={pageCount}
        onPage={setPage}
        summary={pagination ? t('network.unit.total', '{total} đơn vị', { total: pagination.total }) : undefined}
        labels={{
          previous: t('network.paging.prev', 'Trang trước'),
          next: t('network.paging.next', 'Trang sau'),
          position: t('network.paging.of', 'Trang {page}/{pageCount}', { page, pageCount }),
        }}
      />
    </Flex>
  );
};

/** Downloads the directory with the admin token (a plain link carries none) under the server's file name. */
function useDirectoryDownload() {
  const t = useT();
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState(false);
  const download = async (params: Record<string, string | number>) => {
    setBusy(true);
    const failed = t('network.directory.exportError', 'Không tải được danh bạ. Hãy thử lại.');
    try {
      const response = await get<Blob>(DIRECTORY_EXPORT_PATH, { params, responseType: 'blob', validateStatus: (status) => status !== 401 });
      if (response.status && response.status >= 400) {
        toggleNotification({ type: 'danger', message: messageFromErrorBody(await response.data.text()) ?? failed });
        return;
      }
      const name = filenameFromDisposition(response.headers?.get('Content-Disposition'), 'danh-ba-don-vi.xlsx');
      const url = URL.createObjectURL(response.data);
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessageOf(error, failed) });
    } finally {
      setBusy(false);
    }
  };
  return { download, busy };
}
