import * as React from 'react';
import { Box, Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { UNIT_ITEMS_SORTS, type QueueFilters, type UnitItemRow, type UnitItemsSort } from '../../../../shared/contracts';
import { STATES, type WorkflowState } from '../../../../shared/state-machine';
import type { Column } from '../../components/SimpleTable';
import { StateBadge } from '../../components/StateBadge';
import { itemEditPath } from '../../constants';
import { describeError } from '../../utils/errors';
import { actionMessage, kindMessage, roleMessage, stateMessage } from '../../utils/labels';
import { useT } from '../../utils/useT';
import { useGetWorkflowUnitItemsQuery } from './api';
import { KindFilter, TopicFilter, UnitFilter } from './ItemFilters';
import { ItemResults } from './ItemResults';
import { WaitingCell } from './WaitingCell';
import { QUEUE_PAGE_SIZE, type QueueSearch } from './query';

/** Times on this tab are the Sở's, whatever the browser's zone: `08:30 02/12/2026`. */
const VIETNAM: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' };
/** Long titles, names and reasons wrap, so that every column fits beside the others. */
const wrapping = (maxWidth: string): React.CSSProperties => ({ maxWidth, whiteSpace: 'normal', overflowWrap: 'anywhere' });

interface UnitItemsProps {
  query: QueueSearch;
  filters: QueueFilters | undefined;
  change: (patch: Partial<QueueSearch>, replace?: boolean) => void;
}

/**
 * The tab "Tin bài của đơn vị": every item of the person's units, in every state, with who acts next,
 * since when it waits there and the last reason given; the longest wait first unless chosen otherwise.
 */
export const UnitItems = ({ query, filters, change }: UnitItemsProps) => {
  const t = useT();
  const { formatMessage, formatDate } = useIntl();
  const sort: UnitItemsSort = query.sort ?? UNIT_ITEMS_SORTS[0];
  const itemsQuery = useGetWorkflowUnitItemsQuery({
    state: query.state,
    unit: query.unit,
    topic: query.topic,
    kind: query.kind,
    sort,
    page: query.page,
    pageSize: QUEUE_PAGE_SIZE,
  });
  // No rows of the previous filter while the new ones load: a click must open what is shown.
  const rows = itemsQuery.currentData?.results ?? [];
  const pagination = itemsQuery.data?.pagination;
  const pageCount = Math.max(pagination?.pageCount ?? 1, 1);
  const error = itemsQuery.error ? (describeError(itemsQuery.error).message ?? null) : null;

  React.useEffect(() => {
    // A page the list no longer has: show its last page.
    if (itemsQuery.currentData && query.page > pageCount) change({ page: pageCount }, true);
  });

  const columns: Array<Column<UnitItemRow>> = [
    {
      key: 'title',
      header: t('queue.column.title', 'Tiêu đề'),
      cell: (row) => (
        <Flex direction="column" alignItems="flex-start" gap={1} style={wrapping('24rem')}>
          <Link to={itemEditPath(row.documentId)} onClick={(event) => event.stopPropagation()}>
            <Typography fontWeight="semiBold">{row.title}</Typography>
          </Link>
          <Typography variant="pi" textColor="neutral600">
            {`${formatMessage(kindMessage(row.kind))} · ${row.unit?.name ?? ''}`}
          </Typography>
        </Flex>
      ),
    },
    {
      key: 'state',
      header: t('queue.column.state', 'Trạng thái'),
      cell: (row) => (
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <StateBadge state={row.state} testId="ew-unit-item-state" />
          {row.scheduledAt ? (
            <Typography variant="pi" textColor="neutral600">
              {t('queue.unit.scheduled', 'Hẹn đăng {time}', { time: formatDate(row.scheduledAt, VIETNAM) })}
            </Typography>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'next',
      header: t('queue.unit.column.next', 'Người xử lý tiếp'),
      cell: (row) => (
        <Typography data-testid="ew-unit-item-next" tag="p" style={wrapping('14rem')}>
          {row.next
            ? `${formatMessage(roleMessage(row.next.role))}${row.next.people.length > 0 ? ` (${row.next.people.join(', ')})` : ''}`
            : t('queue.unit.next.none', 'Không ai: tin bài đã đăng')}
        </Typography>
      ),
    },
    {
      key: 'waitingSince',
      header: t('queue.unit.column.waitingSince', 'Chờ từ · hạn xử lý'),
      cell: (row) => <WaitingCell waitingSince={row.waitingSince} dueAt={row.dueAt} overdue={row.overdue} showWaited={row.next !== null} />,
    },
    {
      key: 'lastReason',
      header: t('queue.unit.column.lastReason', 'Lý do gần nhất'),
      cell: (row) =>
        row.lastReason ? (
          <Box data-testid="ew-unit-item-reason" style={wrapping('20rem')}>
            <Typography textColor={row.lastReason.current ? 'danger700' : 'neutral600'} tag="p" style={{ whiteSpace: 'pre-wrap' }}>
              {row.lastReason.comment ?? ''}
            </Typography>
            <Typography variant="pi" textColor="neutral600" tag="p">
              {`${formatMessage(actionMessage(row.lastReason.action))} · ${row.lastReason.actorName} · ${formatDate(row.lastReason.at, VIETNAM)}`}
              {row.lastReason.current ? '' : ` · ${t('queue.unit.reason.resubmitted', 'đã gửi lại sau đó')}`}
            </Typography>
          </Box>
        ) : (
          <Typography textColor="neutral500">—</Typography>
        ),
    },
  ];

  return (
    <Box data-testid="ew-unit-items">
      <Box paddingTop={4} paddingBottom={4}>
        <Grid.Root gap={4}>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <SingleSelect
              data-testid="ew-unit-filter-state"
              aria-label={t('queue.unit.filter.state', 'Trạng thái')}
              placeholder={t('queue.unit.filter.state.all', 'Mọi trạng thái')}
              value={query.state ?? ''}
              onChange={(value: string | number) => change({ state: (String(value) || undefined) as WorkflowState | undefined })}
              onClear={() => change({ state: undefined })}
            >
              {STATES.map((state) => (
                <SingleSelectOption key={state} value={state}>
                  {formatMessage(stateMessage(state))}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <UnitFilter query={query} change={change} testId="ew-unit-filter-unit" units={filters?.unitItems ?? []} />
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <SingleSelect
              data-testid="ew-unit-sort"
              aria-label={t('queue.unit.sort', 'Sắp xếp theo thời gian chờ')}
              value={sort}
              onChange={(value: string | number) => change({ sort: String(value) as UnitItemsSort })}
            >
              <SingleSelectOption value="waitingSince:asc">{t('queue.unit.sort.oldest', 'Chờ lâu nhất trước')}</SingleSelectOption>
              <SingleSelectOption value="waitingSince:desc">{t('queue.unit.sort.newest', 'Mới chuyển đến trước')}</SingleSelectOption>
            </SingleSelect>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <TopicFilter query={query} change={change} testId="ew-unit-filter-topic" filters={filters} />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <KindFilter query={query} change={change} testId="ew-unit-filter-kind" filters={filters} />
          </Grid.Item>
        </Grid.Root>
      </Box>

      <Box paddingBottom={3}>
        <Typography variant="pi" textColor="neutral600">
          {t('queue.unit.hint', 'Mọi tin bài của đơn vị bạn, ở mọi trạng thái. Thời gian theo giờ Việt Nam.')}
        </Typography>
      </Box>

      <ItemResults
        columns={columns}
        rows={rows}
        error={error}
        loading={itemsQuery.isFetching}
        empty={t('queue.unit.empty', 'Đơn vị của bạn chưa có tin bài nào ở đây.')}
        page={query.page}
        pageCount={pageCount}
        total={pagination?.total}
        onPage={(page) => change({ page })}
        rowTestId="ew-unit-item-row"
        pagerTestId="ew-unit-page"
      />
    </Box>
  );
};
