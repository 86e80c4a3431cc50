import * as React from 'react';
import { Badge, Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useLocation } from 'react-router-dom';
import {
  CONCERN_KIND_LABELS,
  CONCERN_KINDS,
  CONCERN_SEVERITIES,
  CONCERN_SEVERITY_LABELS,
  CONCERN_STATUSES,
  CONCERN_STATUS_LABELS,
  type ConcernKind,
  type ConcernQuery,
  type ConcernSeverity,
  type ConcernStatus,
  type ConcernSummary,
} from '../../../shared/contracts/concerns';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { describeError } from '../utils/errors';
import { filtersFromSearch } from './address';
import { useGetConcernsQuery } from './api';
import { ConcernDetail } from './ConcernDetail';
import { ConcernForm } from './ConcernForm';
import { SEVERITY_VARIANT, STATUS_VARIANT } from './labels';
import { ageOf, useConcernsText, vietnamTime } from './messages';

const PAGE_SIZE = 20;
const ALL = 'all';

/**
 * "Dư luận & sự cố", the desk of concerns: overdue first, then the most severe, then the oldest (the
 * server's order); filters by status, severity, kind, department and overdue; a concern opens with its
 * timeline; any unit member files one. Scope is the server's (a unit its own, a department those
 * routed to it, the Office, QLCL and the leadership all).
 */
const ConcernsApp = () => {
  const say = useConcernsText();
  const location = useLocation();
  // The overview links here filtered (?severity=…, ?overdue=true): the address sets the first filters.
  const [filters, setFilters] = React.useState<Partial<ConcernQuery>>(() => filtersFromSearch(location.search));
  const [page, setPage] = React.useState(1);
  const [open, setOpen] = React.useState<number | null>(null);
  const [filing, setFiling] = React.useState(false);
  const list = useGetConcernsQuery({ ...filters, page, pageSize: PAGE_SIZE });
  const data = list.data;
  const setFilter = (key: keyof ConcernQuery, value: string) => {
    setPage(1);
    setFilters((current) => ({ ...current, [key]: value === ALL ? undefined : key === 'departmentId' ? Number(value) : key === 'overdue' ? value === 'true' : value }));
  };

  const columns: Array<Column<ConcernSummary>> = [
    {
      key: 'severity',
      header: say('column.severity', 'Mức độ'),
      cell: (row) => (
        <Flex gap={1} direction="column" alignItems="flex-start">
          <Badge variant={SEVERITY_VARIANT[row.severity]}>{CONCERN_SEVERITY_LABELS[row.severity]}</Badge>
          {row.overdue ? <Badge variant="danger" data-testid="ew-concern-overdue">{say('overdue', 'Quá hạn')}</Badge> : null}
        </Flex>
      ),
    },
    {
      key: 'title',
      header: say('column.title', 'Vấn đề'),
      cell: (row) => (
        <Flex direction="column" alignItems="flex-start">
          <Typography fontWeight="bold">{row.title}</Typography>
          <Typography variant="pi" textColor="neutral600">
            {`${row.topic ? `${row.topic.code} · ` : ''}${CONCERN_KIND_LABELS[row.kind]} · ${row.filingUnit.name}`}
          </Typography>
        </Flex>
      ),
    },
    { key: 'department', header: say('column.department', 'Phòng phụ trách'), cell: (row) => <Typography>{row.department?.name ?? '—'}</Typography> },
    { key: 'status', header: say('column.status', 'Trạng thái'), cell: (row) => <Badge variant={STATUS_VARIANT[row.status]}>{CONCERN_STATUS_LABELS[row.status]}</Badge> },
    {
      key: 'age',
      header: say('column.age', 'Đã báo'),
      cell: (row) => {
        const { hours, days } = ageOf(row.createdAt);
        return <Typography>{days > 0 ? say('age.days', '{days} ngày trước', { days }) : say('age.hours', '{hours} giờ trước', { hours })}</Typography>;
      },
    },
    { key: 'due', header: say('column.due', 'Hạn xử lý'), cell: (row) => <Typography textColor={row.overdue ? 'danger600' : undefined}>{row.dueAt ? vietnamTime(row.dueAt) : '—'}</Typography> },
  ];

  const select = (key: keyof ConcernQuery, label: string, options: Array<[string, string]>, value: unknown) => (
    <Grid.Item col={2} s={6} direction="column" alignItems="stretch">
      <Field.Root name={`ew-concerns-${key}`}>
        <Field.Label>{label}</Field.Label>
        <SingleSelect value={value === undefined ? ALL : String(value)} onChange={(next: string | number) => setFilter(key, String(next))} data-testid={`ew-concerns-filter-${key}`}>
          <SingleSelectOption value={ALL}>{say('filter.all', 'Tất cả')}</SingleSelectOption>
          {options.map(([optionValue, optionLabel]) => (
            <SingleSelectOption key={optionValue} value={optionValue}>
              {optionLabel}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    </Grid.Item>
  );

  return (
    <Page.Main>
      <Page.Title>{say('title', 'Dư luận & sự cố')}</Page.Title>
      <Layouts.Header
        title={say('title', 'Dư luận & sự cố')}
        subtitle={say('subtitle', 'Các vấn đề dư luận, cử tri quan tâm hoặc dự báo sẽ quan tâm: quá hạn xử lý lên đầu, rồi theo mức độ và thời gian.')}
        primaryAction={
          data && data.filingUnits.length > 0 ? (
            <Button onClick={() => { setFiling((value) => !value); setOpen(null); }} data-testid="ew-concern-file">
              {filing ? say('form.close', 'Đóng biểu mẫu') : say('form.open', 'Báo vấn đề')}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {filing && data ? <ConcernForm options={data} onFiled={(id) => { setFiling(false); setOpen(id); }} /> : null}
          {open !== null ? <ConcernDetail id={open} onClose={() => setOpen(null)} /> : null}
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
            <Grid.Root gap={3} data-testid="ew-concerns-filters">
              {select('status', say('filter.status', 'Trạng thái'), CONCERN_STATUSES.map((value: ConcernStatus) => [value, CONCERN_STATUS_LABELS[value]]), filters.status)}
              {select('severity', say('filter.severity', 'Mức độ'), CONCERN_SEVERITIES.map((value: ConcernSeverity) => [value, CONCERN_SEVERITY_LABELS[value]]), filters.severity)}
              {select('kind', say('filter.kind', 'Loại'), CONCERN_KINDS.map((value: ConcernKind) => [value, CONCERN_KIND_LABELS[value]]), filters.kind)}
              {select('departmentId', say('filter.department', 'Phòng phụ trách'), (data?.departments ?? []).map((unit) => [String(unit.id), unit.name]), filters.departmentId)}
              {select('overdue', say('filter.overdue', 'Thời hạn'), [['true', say('filter.overdueOnly', 'Quá hạn')], ['false', say('filter.onTime', 'Chưa quá hạn')]], filters.overdue)}
            </Grid.Root>
            <Box paddingTop={4}>
              {list.error ? (
                <Typography textColor="danger600" role="alert">{describeError(list.error).message ?? say('error', 'Không tải được danh sách vấn đề.')}</Typography>
              ) : !data ? (
                <Typography textColor="neutral600">{say('loading', 'Đang tải…')}</Typography>
              ) : data.results.length === 0 ? (
                <Typography textColor="neutral600" data-testid="ew-concerns-empty">{say('empty', 'Không có vấn đề nào.')}</Typography>
              ) : (
                <SimpleTable
                  columns={columns}
                  rows={data.results}
                  rowKey={(row) => row.id}
                  rowProps={(row) => ({ 'data-testid': 'ew-concern-row', onClick: () => { setOpen(row.id); setFiling(false); }, style: { cursor: 'pointer' } })}
                />
              )}
            </Box>
            {data && data.pagination.pageCount > 1 ? (
              <Flex gap={2} paddingTop={3} justifyContent="flex-end">
                <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>{say('page.previous', 'Trang trước')}</Button>
                <Typography>{say('page.of', 'Trang {page}/{pageCount}', { page, pageCount: data.pagination.pageCount })}</Typography>
                <Button variant="tertiary" disabled={page >= data.pagination.pageCount} onClick={() => setPage(page + 1)}>{say('page.next', 'Trang sau')}</Button>
              </Flex>
            ) : null}
          </Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default ConcernsApp;
