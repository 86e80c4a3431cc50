import * as React from 'react';
import { Box, Button, Flex, TextInput, Typography } from '@strapi/design-system';
import { describeError } from '../utils/errors';
import { useCreateFeedTokenMutation, useGetFeedTokenQuery, useRevokeFeedTokenMutation } from './api';

const when = (iso: string | null) => (iso ? new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : '—');

/**
 * The person's private iCalendar feed: create it (the address is shown once: only a hash of its key
 * is kept), create a new one (the old address stops), or revoke it.
 */
export function FeedTokenBox() {
  const status = useGetFeedTokenQuery();
  const [create, created] = useCreateFeedTokenMutation();
  const [revoke, revoked] = useRevokeFeedTokenMutation();
  const [url, setUrl] = React.useState<string | null>(null);
  const error = created.error ?? revoked.error;
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ew-calendar-feed">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta">Lịch riêng trên điện thoại (iCalendar)</Typography>
        <Typography variant="pi" textColor="neutral600">
          Địa chỉ .ics chứa khoá riêng của bạn: ai có địa chỉ này đều xem được các hạn của bạn. Đừng chia sẻ; nếu lộ, hãy thu hồi hoặc tạo địa chỉ mới.
        </Typography>
        <Typography>
          {status.data?.active
            ? `Đang dùng: tạo lúc ${when(status.data.createdAt)}, lần đọc gần nhất ${when(status.data.lastUsedAt)} (giờ Việt Nam).`
            : 'Bạn chưa có lịch riêng.'}
        </Typography>
        {url ? (
          <TextInput aria-label="Địa chỉ lịch riêng" value={url} readOnly data-testid="ew-calendar-feed-url" onFocus={(event: React.FocusEvent<HTMLInputElement>) => event.target.select()} />
        ) : null}
        <Flex gap={2}>
          <Button
            onClick={async () => {
              const result = await create();
              if ('data' in result && result.data) setUrl(result.data.url);
            }}
            loading={created.isLoading}
            data-testid="ew-calendar-feed-create"
          >
            {status.data?.active ? 'Tạo địa chỉ mới' : 'Tạo lịch riêng'}
          </Button>
          {status.data?.active ? (
            <Button
              variant="danger-light"
              onClick={async () => {
                await revoke();
                setUrl(null);
              }}
              loading={revoked.isLoading}
              data-testid="ew-calendar-feed-revoke"
            >
              Thu hồi
            </Button>
          ) : null}
        </Flex>
        {error ? <Typography textColor="danger600" role="alert">{describeError(error).message ?? 'Không thực hiện được.'}</Typography> : null}
      </Flex>
    </Box>
  );
}
