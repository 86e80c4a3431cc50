import * as React from 'react';
import { Box, Flex, Grid, Tabs, Typography } from '@strapi/design-system';
import { Layouts, Page, useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import type { QueueRow } from '../../../shared/contracts';
import type { WorkflowState } from '../../../shared/state-machine';
import { NotificationList } from '../components/NotificationList';
import type { Column } from '../components/SimpleTable';
import { StateBadge } from '../components/StateBadge';
import { itemEditPath } from '../constants';
import { useGetWorkflowQueueCountsQuery, useGetWorkflowQueueFiltersQuery, useGetWorkflowQueueQuery } from '../services/api';
import { describeError } from '../utils/errors';
import { actionMessage, kindMessage, stateMessage } from '../utils/labels';
import { useT } from '../utils/useT';
import { nextQueueSearch, QUEUE_PAGE_SIZE, queueSearchOf, rememberQueueSearch, UNIT_VIEW, type QueueSearch } from './queue/query';
import { UnitItems } from './queue/UnitItems';
import { KindFilter, TopicFilter, UnitFilter } from './queue/ItemFilters';
import { ItemResults } from './queue/ItemResults';
import { WaitingCell } from './queue/WaitingCell';
import { useQueueBulk } from '../bulk/useQueueBulk';
import { DelegationPanel } from '../delegation/DelegationPanel';
import { OpenAssignments } from '../assignments/OpenAssignments';
import { ChannelBadges } from '../item-channels/ChannelBadges';
import { ChannelFilter } from '../item-channels/ChannelFilter';

/** The "all" tab: everything waiting for the person, whatever its state. */
const ALL = 'all';

/** "Tin bài chờ xử lý": what waits for the logged-in person, by state, with filters and paging, and their notifications. */
const QueueApp = () => {
  const t = useT();
  const { formatMessage, formatDate } = useIntl();
  // The tab, filters and page live in the address: they survive a visit to an item and the way back.
  const [{ query: params, rawQuery }, setParams] = useQueryParams<Record<string, unknown>>();
  const query = React.useMemo(() => queueSearchOf(params), [params]);
  React.useEffect(() => rememberQueueSearch(rawQuery), [rawQuery]);
  const change = (patch: Partial<QueueSearch>, replace = false) => setParams(nextQueueSearch(query, patch), 'push', replace);

  const filtersQuery = useGetWorkflowQueueFiltersQuery();
  const countsQuery = useGetWorkflowQueueCountsQuery();
  const unitView = query.view === UNIT_VIEW;
  const queueQuery = useGetWorkflowQueueQuery(
    { state: query.state, unit: query.unit, topic: query.topic, kind: query.kind, channel: query.channel, page: query.page, pageSize: QUEUE_PAGE_SIZE },
    { skip: unitView }
  );
  const filters = filtersQuery.data;
  const counts = countsQuery.data;
  // No rows of the previous tab or filter while the new ones load: a click must open what is shown.
  const rows = queueQuery.currentData?.results ?? [];
  const pagination = queueQuery.data?.pagination;
  const failure = (unitView ? undefined : queueQuery.error) ?? countsQuery.error ?? filtersQuery.error;
  const error = failure ? (describeError(failure).message ?? null) : null;
  const isLoading = queueQuery.isFetching;
  const pageCount = Math.max(pagination?.pageCount ?? 1, 1);

  React.useEffect(() => {
    // Whoever takes no workflow step (a unit head) has nothing under "Việc của tôi": open their unit's items.
    if (filters && filters.tabs.length === 0 && filters.unitItems.length > 0 && !unitView && counts?.total === 0) {
      change({ view: UNIT_VIEW, state: undefined, unit: undefined }, true);
    }
  }, [filters, counts?.total]);

  React.useEffect(() => {
    // A page the queue no longer has (its last items were handled meanwhile): show its last page.
    if (queueQuery.currentData && query.page > pageCount) change({ page: pageCount }, true);
  });

  // Bulk actions on the tabs where one applies (editor: in_review, head: awaiting_approval, publisher: approved).
  const bulk = useQueueBulk(unitView ? undefined : query.state, rows);
  const countOf = (state: WorkflowState) => counts?.byState[state];
  const columns: Array<Column<QueueRow>> = [
    {
      key: 'title',
      header: t('queue.column.title', 'Tiêu đề'),
      cell: (row) => (
        <Link to={itemEditPath(row.documentId)} onClick={(event) => event.stopPropagation()}>
          <Typography fontWeight="semiBold">{row.title}</Typography>
        </Link>
      ),
    },
    { key: 'kind', header: t('queue.column.kind', 'Loại'), cell: (row) => <Typography>{formatMessage(kindMessage(row.kind))}</Typography> },
    { key: 'unit', header: t('queue.column.unit', 'Đơn vị'), cell: (row) => <Typography>{row.unit?.name ?? ''}</Typography> },
    { key: 'state', header: t('queue.column.state', 'Trạng thái'), cell: (row) => <StateBadge state={row.state} label={row.stateLabel} /> },
    // The website is always on: the badges name the other channels the publisher sends the item to.
    { key: 'channels', header: t('queue.column.channels', 'Kênh đăng thêm'), cell: (row) => <ChannelBadges channels={row.channels ?? []} /> },
    {
      key: 'next',
      header: t('queue.column.next', 'Việc cần làm'),
      cell: (row) => <Typography>{row.allowedActions.map((action) => formatMessage(actionMessage(action))).join(', ')}</Typography>,
    },
    {
      key: 'updatedAt',
      header: t('queue.column.updatedAt', 'Cập nhật'),
      cell: (row) => <Typography>{formatDate(row.updatedAt, { dateStyle: 'short', timeStyle: 'short' })}</Typography>,
    },
    {
      key: 'waitingSince',
      header: t('queue.column.waitingSince', 'Chờ từ · hạn xử lý'),
      // The publisher's published tab waits for nobody: only since when it is online.
      cell: (row) => <WaitingCell waitingSince={row.waitingSince} dueAt={row.dueAt} overdue={row.overdue} showWaited={row.state !== 'published'} />,
    },
  ];

  return (
    <Page.Main>
      <Page.Title>{t('menu.queue', 'Tin bài chờ xử lý')}</Page.Title>
      <Layouts.Header
        title={t('menu.queue', 'Tin bài chờ xử lý')}
        subtitle={t('queue.subtitle', '{count} tin bài đang chờ bạn xử lý', { count: counts?.total ?? 0 })}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6} data-testid="ew-queue">
          <OpenAssignments />
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
            <Tabs.Root
              value={unitView ? UNIT_VIEW : (query.state ?? ALL)}
              onValueChange={(value: string) =>
                // The unit tab filters by state and by the person's own units: a switch starts its filters afresh.
                value === UNIT_VIEW
                  ? change({ view: UNIT_VIEW, state: undefined, unit: undefined })
                  : change({ view: undefined, sort: undefined, unit: unitView ? undefined : query.unit, state: value === ALL ? undefined : (value as WorkflowState) })
              }
            >
              <Tabs.List aria-label={t('queue.tabs', 'Trạng thái')}>
                <Tabs.Trigger value={ALL} data-testid="ew-tab-all">
                  {t('queue.tab.all', 'Việc của tôi')} {counts ? `(${counts.total})` : ''}
                </Tabs.Trigger>
                {(filters?.tabs ?? []).map((state) => (
                  <Tabs.Trigger key={state} value={state} data-testid={`ew-tab-${state}`}>
                    {formatMessage(stateMessage(state))} {countOf(state) !== undefined ? `(${countOf(state)})` : ''}
                  </Tabs.Trigger>
                ))}
                {(filters?.unitItems.length ?? 0) > 0 ? (
                  <Tabs.Trigger value={UNIT_VIEW} data-testid="ew-tab-unit-items">
                    {t('queue.tab.unitItems', 'Tin bài của đơn vị')}
                  </Tabs.Trigger>
                ) : null}
              </Tabs.List>
            </Tabs.Root>

            {unitView ? (
              <UnitItems query={query} filters={filters} change={change} />
            ) : (
              <>

            <Box paddingTop={4} paddingBottom={4}>
              <Grid.Root gap={4}>
                <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
                  <UnitFilter query={query} change={change} testId="ew-filter-unit" units={filters?.units ?? []} />
                </Grid.Item>
                <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
                  <TopicFilter query={query} change={change} testId="ew-filter-topic" filters={filters} />
                </Grid.Item>
                <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
                  <KindFilter query={query} change={change} testId="ew-filter-kind" filters={filters} />
                </Grid.Item>
                <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
                  <ChannelFilter value={query.channel} onChange={(channel) => change({ channel })} testId="ew-filter-channel" />
                </Grid.Item>
              </Grid.Root>
            </Box>

            {bulk.panel}
            <ItemResults
              columns={bulk.column ? [bulk.column, ...columns] : columns}
              rows={rows}
              error={error}
              loading={isLoading}
              empty={t('queue.empty', 'Không có tin bài nào chờ bạn ở đây.')}
              page={query.page}
              pageCount={pageCount}
              total={pagination?.total}
              onPage={(page) => change({ page })}
              rowTestId="ew-queue-row"
              pagerTestId="ew-page"
            />
              </>
            )}
            <Typography variant="pi" textColor="neutral500">
              {t('queue.pageSize', '{size} tin bài mỗi trang', { size: QUEUE_PAGE_SIZE })}
            </Typography>
          </Box>

          <NotificationList />
          <DelegationPanel />
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default QueueApp;
