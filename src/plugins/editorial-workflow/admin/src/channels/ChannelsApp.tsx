import * as React from 'react';
import { Badge, Box, Button, Flex, Grid, Link, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { CHANNEL_LABELS, DELIVERY_ACTION_LABELS, DELIVERY_STATUS_LABELS, type DeliveryChannel } from '../../../shared/contracts/channels';
import { LISTED_STATUSES, type ChannelDeliveryView, type ChannelSummary, type ListedStatus } from '../../../shared/contracts/channel-page';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { describeError } from '../utils/errors';
import { vietnamTime } from '../assignments/time';
import { useCancelChannelDeliveryMutation, useGetChannelDeliveriesQuery, useGetChannelsQuery, useRetryChannelDeliveryMutation } from './api';

const PAGE_SIZE = 20;
const STATUS_VARIANT: Record<ListedStatus, 'secondary' | 'success' | 'danger'> = { pending: 'secondary', done: 'success', dead: 'danger' };
const TAB_LABELS: Record<ListedStatus, string> = { pending: 'Đang chờ', done: 'Đã gửi', dead: 'Gửi không được' };

/** One channel's card: its health, then its pending, sent and failed counts. */
function ChannelCard({ summary }: { summary: ChannelSummary }) {
  const { health, counts } = summary;
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} data-testid={`ew-channel-${summary.channel}`}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography fontWeight="bold">{summary.label}</Typography>
        <Flex gap={2}>
          <Badge variant={health.ok ? 'success' : 'warning'}>{health.ok ? 'Hoạt động' : 'Cần chú ý'}</Badge>
          {health.expiresAt ? <Typography variant="pi">{`Mã truy cập hết hạn ${vietnamTime(health.expiresAt)}`}</Typography> : null}
        </Flex>
        {health.message ? <Typography variant="pi" textColor={health.ok ? 'neutral600' : 'warning600'}>{health.message}</Typography> : null}
        <Typography variant="pi">{`Đang chờ ${counts.pending} · Đã gửi ${counts.done} · Không được ${counts.dead} · Đã huỷ ${counts.cancelled}`}</Typography>
      </Flex>
    </Box>
  );
}

/**
 * "Kênh đăng tải": where the items go beyond the website. Per channel its health and its counts; the
 * rows of the outbox by status, with the channel's error in Vietnamese; the publisher sends a failed
 * row again or gives up a waiting or failed one. Times are Vietnam time.
 */
const ChannelsApp = () => {
  const [status, setStatus] = React.useState<ListedStatus>('dead');
  const [channel, setChannel] = React.useState<DeliveryChannel | ''>('');
  const [page, setPage] = React.useState(1);
  const overview = useGetChannelsQuery(undefined, { pollingInterval: 30_000 });
  const list = useGetChannelDeliveriesQuery({ status, page, pageSize: PAGE_SIZE, ...(channel ? { channel } : {}) }, { pollingInterval: 15_000 });
  const [retry, retrying] = useRetryChannelDeliveryMutation();
  const [cancel, cancelling] = useCancelChannelDeliveryMutation();
  const { toggleNotification } = useNotification();

  const run = async (action: typeof retry, id: number, done: string) => {
    try {
      await action(id).unwrap();
      toggleNotification({ type: 'success', message: done });
    } catch (error) {
      toggleNotification({ type: 'danger', message: describeError(error).message ?? 'Không thực hiện được, hãy thử lại.' });
    }
  };

  const columns: Array<Column<ChannelDeliveryView>> = [
    { key: 'item', header: 'Tin bài', cell: (row) => <Typography fontWeight="bold">{row.itemTitle ?? '(tin bài đã xoá)'}</Typography> },
    { key: 'channel', header: 'Kênh', cell: (row) => <Typography>{CHANNEL_LABELS[row.channel]}</Typography> },
    { key: 'action', header: 'Việc', cell: (row) => <Typography>{DELIVERY_ACTION_LABELS[row.action]}</Typography> },
    { key: 'status', header: 'Trạng thái', cell: (row) => <Badge variant={STATUS_VARIANT[row.status as ListedStatus] ?? 'secondary'}>{DELIVERY_STATUS_LABELS[row.status]}</Badge> },
    { key: 'attempts', header: 'Số lần thử', cell: (row) => <Typography>{row.attempts}</Typography> },
    {
      key: 'when',
      header: status === 'done' ? 'Gửi lúc' : 'Lần thử tới',
      cell: (row) => <Typography>{status === 'done' ? (row.doneAt ? vietnamTime(row.doneAt) : '—') : row.nextAttemptAt ? vietnamTime(row.nextAttemptAt) : 'Ngay'}</Typography>,
    },
    {
      key: 'error',
      header: status === 'done' ? 'Bài trên kênh' : 'Lỗi của kênh',
      cell: (row) =>
        status === 'done' && row.remoteUrl ? (
          <Link href={row.remoteUrl} isExternal>
            Xem
          </Link>
        ) : (
          <Typography textColor={row.lastError ? 'danger600' : 'neutral600'}>{row.lastError ?? '—'}</Typography>
        ),
    },
    {
      key: 'actions',
      header: '',
      cell: (row) => (
        <Flex gap={2}>
          {row.status === 'dead' ? (
            <Button size="S" variant="secondary" loading={retrying.isLoading} onClick={() => run(retry, row.id, 'Đã đưa lại vào hàng đợi gửi.')} data-testid="ew-channel-retry">
              Gửi lại
            </Button>
          ) : null}
          {row.status === 'dead' || row.status === 'pending' ? (
            <Button size="S" variant="danger-light" loading={cancelling.isLoading} onClick={() => run(cancel, row.id, 'Đã huỷ lượt gửi.')} data-testid="ew-channel-cancel">
              Huỷ
            </Button>
          ) : null}
        </Flex>
      ),
    },
  ];

  const data = list.data;
  return (
    <Page.Main>
      <Page.Title>Kênh đăng tải</Page.Title>
      <Layouts.Header title="Kênh đăng tải" subtitle="Tin bài gửi tới fanpage, cổng thông tin tỉnh, báo chí và hệ thống khác: đang chờ, đã gửi, gửi không được." />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {overview.error ? (
            <Typography textColor="danger600" role="alert">
              {describeError(overview.error).message ?? 'Không tải được tình trạng các kênh.'}
            </Typography>
          ) : (
            <Grid.Root gap={4}>
              {(overview.data ?? []).map((summary) => (
                <Grid.Item key={summary.channel} col={3} s={6} xs={12} direction="column" alignItems="stretch">
                  <ChannelCard summary={summary} />
                </Grid.Item>
              ))}
            </Grid.Root>
          )}
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
            <Flex gap={2} paddingBottom={4} wrap="wrap">
              {LISTED_STATUSES.map((entry) => (
                <Button
                  key={entry}
                  variant={entry === status ? 'default' : 'tertiary'}
                  onClick={() => {
                    setStatus(entry);
                    setPage(1);
                  }}
                  data-testid={`ew-channel-tab-${entry}`}
                >
                  {TAB_LABELS[entry]}
                </Button>
              ))}
              <Box minWidth="240px">
                <SingleSelect
                  aria-label="Kênh"
                  value={channel}
                  onChange={(value: string | number) => {
                    setChannel(String(value) as DeliveryChannel | '');
                    setPage(1);
                  }}
                >
                  <SingleSelectOption value="">Mọi kênh</SingleSelectOption>
                  {(overview.data ?? []).map((summary) => (
                    <SingleSelectOption key={summary.channel} value={summary.channel}>
                      {summary.label}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Box>
            </Flex>
            {list.error ? (
              <Typography textColor="danger600" role="alert">
                {describeError(list.error).message ?? 'Không tải được hàng đợi đăng tải.'}
              </Typography>
            ) : !data ? (
              <Typography textColor="neutral600">Đang tải…</Typography>
            ) : data.data.length === 0 ? (
              <Typography textColor="neutral600">Không có lượt gửi nào.</Typography>
            ) : (
              <SimpleTable columns={columns} rows={data.data} rowKey={(row) => row.id} rowProps={() => ({ 'data-testid': 'ew-channel-row' })} />
            )}
            {data && data.meta.pagination.pageCount > 1 ? (
              <Flex gap={2} paddingTop={3} justifyContent="flex-end">
                <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                  Trang trước
                </Button>
                <Typography>{`Trang ${page}/${data.meta.pagination.pageCount}`}</Typography>
                <Button variant="tertiary" disabled={page >= data.meta.pagination.pageCount} onClick={() => setPage(page + 1)}>
                  Trang sau
                </Button>
              </Flex>
            ) : null}
          </Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default ChannelsApp;
