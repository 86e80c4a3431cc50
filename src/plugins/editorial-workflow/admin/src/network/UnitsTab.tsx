import * as React from 'react';
import { Badge, Box, Flex, Loader, Typography } from '@strapi/design-system';
import { useDebounce } from '@strapi/strapi/admin';
import type { NetworkUnitRow } from '../../../shared/contracts/network';
import { Pager } from '../components/Pager';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { describeError } from '../utils/errors';
import { useT } from '../utils/useT';
import { useGetNetworkUnitsQuery } from './api';
import { useNetworkLabels } from './labels';
import { UnitDetail } from './UnitDetail';
import { UnitSearch, type UnitSearchValue } from './UnitSearch';

const PAGE_SIZE = 20;

/** The units, searched and paged by the server, and the chosen unit beside them. */
export const UnitsTab = () => {
  const t = useT();
  const { kindLabel } = useNetworkLabels();
  const [search, setSearch] = React.useState<UnitSearchValue>({ q: '', kind: '' });
  const [page, setPage] = React.useState(1);
  const [selected, setSelected] = React.useState<number | null>(null);
  const q = useDebounce(search.q.trim(), 300);
  React.useEffect(() => setPage(1), [q, search.kind]);
  const units = useGetNetworkUnitsQuery({ q, kind: search.kind || undefined, page, pageSize: PAGE_SIZE });
  const rows = units.currentData?.results ?? [];
  const pagination = units.data?.pagination;
  const pageCount = Math.max(pagination?.pageCount ?? 1, 1);
  const detail = React.useRef<HTMLDivElement>(null);
  // The unit opens under the list: brought into view.
  const choose = (id: number) => {
    setSelected(id);
    requestAnimationFrame(() => detail.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
  };

  const columns: Array<Column<NetworkUnitRow>> = [
    {
      key: 'name',
      header: t('network.unit.name', 'Đơn vị'),
      cell: (row) => (
        <Flex direction="column" alignItems="flex-start">
          <Typography fontWeight={row.id === selected ? 'bold' : 'semiBold'}>{row.name}</Typography>
          <Typography variant="pi" textColor="neutral600">
            {row.code}
          </Typography>
          {row.active ? null : <Badge>{t('network.unit.inactive', 'Đã ngừng hoạt động')}</Badge>}
        </Flex>
      ),
    },
    { key: 'kind', header: t('network.search.kind', 'Loại đơn vị'), cell: (row) => <Typography>{kindLabel(row.kind)}</Typography> },
    { key: 'contact', header: t('network.unit.contact', 'Đầu mối'), cell: (row) => <Typography>{row.contactName ?? ''}</Typography> },
    { key: 'heads', header: t('network.unit.heads', 'Thủ trưởng'), cell: (row) => <Typography>{row.heads.join(', ')}</Typography> },
    { key: 'authors', header: t('network.unit.authors', 'CTV'), cell: (row) => <Typography>{row.authorCount}</Typography> },
  ];

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <UnitSearch value={search} onChange={setSearch} testId="ew-network" />
      {units.error ? (
        <Typography textColor="danger600" role="alert">
          {describeError(units.error).message ?? t('network.error.load', 'Không tải được dữ liệu. Hãy thử lại.')}
        </Typography>
      ) : units.isFetching && rows.length === 0 ? (
        <Loader>{t('network.loading', 'Đang tải…')}</Loader>
      ) : rows.length === 0 ? (
        <Typography textColor="neutral600">{t('network.unit.empty', 'Không có đơn vị nào phù hợp.')}</Typography>
      ) : (
        <SimpleTable
          columns={columns}
          rows={rows}
          rowKey={(row) => row.id}
          rowProps={(row) => ({
            'data-testid': 'ew-network-row',
            'aria-selected': row.id === selected,
            onClick: () => choose(row.id),
            style: { cursor: 'pointer', background: row.id === selected ? 'var(--strapi-primary-100, #f0f0ff)' : undefined },
          })}
        />
      )}
      <Pager
        page={page}
        pageCount={pageCount}
        onPage={setPage}
        testId="ew-network-page"
        summary={pagination ? t('network.unit.total', '{total} đơn vị', { total: pagination.total }) : undefined}
        labels={{
          previous: t('network.paging.prev', 'Trang trước'),
          next: t('network.paging.next', 'Trang sau'),
          position: t('network.paging.of', 'Trang {page}/{pageCount}', { page, pageCount }),
        }}
      />
      <Box ref={detail} background="neutral0" hasRadius borderColor="neutral200" padding={5}>
        {selected ? (
          <UnitDetail unitId={selected} />
        ) : (
          <Typography textColor="neutral600">{t('network.unit.choose', 'Chọn một đơn vị trong danh sách để xem đầu mối, thủ trưởng và thành viên.')}</Typography>
        )}
      </Box>
    </Flex>
  );
};
