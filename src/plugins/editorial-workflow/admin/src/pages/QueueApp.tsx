import * as React from 'react';
import {
  Box,
  Button,
  Combobox,
  ComboboxOption,
  Flex,
  Grid,
  Loader,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tabs,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router-dom';
import type { WorkflowState } from '../../../shared/state-machine';
import { NotificationList } from '../components/NotificationList';
import { StateBadge } from '../components/StateBadge';
import { itemEditPath } from '../constants';
import { QUEUE_PAGE_SIZE, useQueue, type QueueQuery } from '../hooks/useQueue';
import { refreshQueueCount } from '../queue-count';
import { actionMessage, kindMessage, stateMessage } from '../utils/labels';
import { useT } from '../utils/useT';

/** The "all" tab: everything waiting for the person, whatever its state. */
const ALL = 'all';

/** "Tin bài chờ xử lý": what waits for the logged-in person, by state, with filters and paging, and their notifications. */
const QueueApp = () => {
  const t = useT();
  const { formatMessage, formatDate } = useIntl();
  const navigate = useNavigate();
  const [query, setQuery] = React.useState<QueueQuery>({ page: 1 });
  const { filters, counts, rows, pagination, error, isLoading } = useQueue(query);

  React.useEffect(() => {
    // The page shows fresh counts: bring the menu badge along.
    refreshQueueCount();
  }, [counts]);

  const change = (patch: Partial<QueueQuery>) => setQuery((current) => ({ ...current, ...patch, page: patch.page ?? 1 }));
  const countOf = (state: WorkflowState) => counts?.byState[state];

  return (
    <Page.Main>
      <Page.Title>{t('menu.queue', 'Tin bài chờ xử lý')}</Page.Title>
      <Layouts.Header
        title={t('menu.queue', 'Tin bài chờ xử lý')}
        subtitle={t('queue.subtitle', '{count} tin bài đang chờ bạn xử lý', { count: counts?.total ?? 0 })}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6} data-testid="ew-queue">
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
            <Tabs.Root value={query.state ?? ALL} onValueChange={(value: string) => change({ state: value === ALL ? undefined : (value as WorkflowState) })}>
              <Tabs.List aria-label={t('queue.tabs', 'Trạng thái')}>
                <Tabs.Trigger value={ALL} data-testid="ew-tab-all">
                  {t('queue.tab.all', 'Việc của tôi')} {counts ? `(${counts.total})` : ''}
                </Tabs.Trigger>
                {(filters?.tabs ?? []).map((state) => (
                  <Tabs.Trigger key={state} value={state} data-testid={`ew-tab-${state}`}>
                    {formatMessage(stateMessage(state))} {countOf(state) !== undefined ? `(${countOf(state)})` : ''}
                  </Tabs.Trigger>
                ))}
              </Tabs.List>
            </Tabs.Root>

            <Box paddingTop={4} paddingBottom={4}>
              <Grid.Root gap={4}>
                <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                  <Combobox
                    data-testid="ew-filter-unit"
                    aria-label={t('queue.filter.unit', 'Đơn vị')}
                    placeholder={t('queue.filter.unit.all', 'Tất cả đơn vị')}
                    value={query.unit ?? ''}
                    onChange={(value?: string) => change({ unit: value || undefined })}
                    onClear={() => change({ unit: undefined })}
                    noOptionsMessage={() => t('queue.filter.noOptions', 'Không có lựa chọn phù hợp')}
                  >
                    {(filters?.units ?? []).map((unit) => (
                      <ComboboxOption key={unit.code} value={unit.code}>
                        {unit.name}
                      </ComboboxOption>
                    ))}
                  </Combobox>
                </Grid.Item>
                <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                  <SingleSelect
                    data-testid="ew-filter-topic"
                    aria-label={t('queue.filter.topic', 'Chủ đề')}
                    placeholder={t('queue.filter.topic.all', 'Tất cả chủ đề')}
                    value={query.topic ?? ''}
                    onChange={(value: string | number) => change({ topic: String(value) || undefined })}
                    onClear={() => change({ topic: undefined })}
                  >
                    {(filters?.topics ?? []).map((topic) => (
                      <SingleSelectOption key={topic.code} value={topic.code}>
                        {`${topic.code}. ${topic.title}`}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Grid.Item>
                <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                  <SingleSelect
                    data-testid="ew-filter-kind"
                    aria-label={t('queue.filter.kind', 'Loại tin bài')}
                    placeholder={t('queue.filter.kind.all', 'Tất cả loại')}
                    value={query.kind ?? ''}
                    onChange={(value: string | number) => change({ kind: String(value) || undefined })}
                    onClear={() => change({ kind: undefined })}
                  >
                    {(filters?.kinds ?? []).map((kind) => (
                      <SingleSelectOption key={kind} value={kind}>
                        {formatMessage(kindMessage(kind))}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Grid.Item>
              </Grid.Root>
            </Box>

            {error ? (
              <Typography textColor="danger600" role="alert">
                {error}
              </Typography>
            ) : null}

            {isLoading && rows.length === 0 ? (
              <Loader>{t('panel.loading', 'Đang tải…')}</Loader>
            ) : rows.length === 0 ? (
              <Box padding={6}>
                <Typography textColor="neutral600">{t('queue.empty', 'Không có tin bài nào chờ bạn ở đây.')}</Typography>
              </Box>
            ) : (
              <Table colCount={6} rowCount={rows.length + 1}>
                <Thead>
                  <Tr>
                    <Th>
                      <Typography variant="sigma">{t('queue.column.title', 'Tiêu đề')}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{t('queue.column.kind', 'Loại')}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{t('queue.column.unit', 'Đơn vị')}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{t('queue.column.state', 'Trạng thái')}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{t('queue.column.next', 'Việc cần làm')}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{t('queue.column.updatedAt', 'Cập nhật')}</Typography>
                    </Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {rows.map((row) => (
                    <Tr key={row.documentId} data-testid="ew-queue-row" onClick={() => navigate(itemEditPath(row.documentId))} style={{ cursor: 'pointer' }}>
                      <Td>
                        <Link to={itemEditPath(row.documentId)} onClick={(event) => event.stopPropagation()}>
                          <Typography fontWeight="semiBold">{row.title}</Typography>
                        </Link>
                      </Td>
                      <Td>
                        <Typography>{formatMessage(kindMessage(row.kind))}</Typography>
                      </Td>
                      <Td>
                        <Typography>{row.unit?.name ?? ''}</Typography>
                      </Td>
                      <Td>
                        <StateBadge state={row.state} />
                      </Td>
                      <Td>
                        <Typography>{row.allowedActions.map((action) => formatMessage(actionMessage(action))).join(', ')}</Typography>
                      </Td>
                      <Td>
                        <Typography>{formatDate(row.updatedAt, { dateStyle: 'short', timeStyle: 'short' })}</Typography>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            )}

            <Flex gap={3} justifyContent="flex-end" paddingTop={4}>
              <Button variant="tertiary" size="S" data-testid="ew-page-prev" disabled={query.page <= 1} onClick={() => change({ page: query.page - 1 })}>
                {t('paging.prev', 'Trang trước')}
              </Button>
              <Typography variant="pi">
                {t('paging.of', 'Trang {page}/{pageCount}', { page: query.page, pageCount: Math.max(pagination?.pageCount ?? 1, 1) })}
                {pagination ? ` · ${t('paging.total', '{total} tin bài', { total: pagination.total })}` : ''}
              </Typography>
              <Button
                variant="tertiary"
                size="S"
                data-testid="ew-page-next"
                disabled={!pagination || query.page >= pagination.pageCount}
                onClick={() => change({ page: query.page + 1 })}
              >
                {t('paging.next', 'Trang sau')}
              </Button>
            </Flex>
            <Typography variant="pi" textColor="neutral500">
              {t('queue.pageSize', '{size} tin bài mỗi trang', { size: QUEUE_PAGE_SIZE })}
            </Typography>
          </Box>

          <NotificationList />
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default QueueApp;
