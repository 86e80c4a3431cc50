import * as React from 'react';
import { Badge, Box, Button, Flex, TextButton, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import type { MarkReadBody } from '../../../shared/contracts';
import { noticeLinkOf } from '../../../shared/notice-links';
import { useGetWorkflowNotificationsQuery, useMarkWorkflowNotificationsReadMutation } from '../services/api';
import { describeError } from '../utils/errors';
import { useT } from '../utils/useT';
import { Pager } from './Pager';
import { DigestChoice } from '../email-digest/DigestChoice';

const PAGE_SIZE = 10;

/** The person's notifications, newest first; unread ones stand out and can be marked read one by one or all at once. */
export const NotificationList = () => {
  const t = useT();
  const { formatDate } = useIntl();
  const { toggleNotification } = useNotification();
  const [page, setPage] = React.useState(1);
  const { data, error } = useGetWorkflowNotificationsQuery({ page, pageSize: PAGE_SIZE });
  const [markAsRead] = useMarkWorkflowNotificationsReadMutation();
  const entries = data?.results ?? [];
  const unread = data?.unread ?? 0;
  const pagination = data?.pagination;

  const showError = (failure: unknown) =>
    toggleNotification({ type: 'danger', message: describeError(failure).message ?? t('notifications.error', 'Không tải được thông báo.') });

  React.useEffect(() => {
    if (error) showError(error);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error]);

  const markRead = async (body: MarkReadBody) => {
    try {
      await markAsRead(body).unwrap();
    } catch (failure) {
      showError(failure);
    }
  };

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ew-notifications">
      <Flex justifyContent="space-between" paddingBottom={3}>
        <Flex gap={2}>
          <Typography variant="delta" tag="h2">
            {t('notifications.title', 'Thông báo')}
          </Typography>
          {unread > 0 ? <Badge active>{t('notifications.unread', '{count} chưa đọc', { count: unread })}</Badge> : null}
        </Flex>
        <Button variant="tertiary" size="S" disabled={unread === 0} onClick={() => markRead({ all: true })} data-testid="ew-mark-all-read">
          {t('notifications.markAllRead', 'Đánh dấu tất cả đã đọc')}
        </Button>
      </Flex>
      <Box paddingBottom={3}>
        <DigestChoice />
      </Box>
      {entries.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {t('notifications.empty', 'Không có thông báo.')}
        </Typography>
      ) : (
        <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
          {entries.map((entry) => {
            const isUnread = entry.readAt === null;
            const link = noticeLinkOf(entry);
            return (
              <Box
                key={entry.id}
                tag="li"
                data-testid="ew-notification"
                data-unread={isUnread ? 'true' : 'false'}
                padding={3}
                hasRadius
                background={isUnread ? 'primary100' : 'neutral100'}
              >
                <Flex justifyContent="space-between" alignItems="flex-start" gap={2}>
                  <Box>
                    <Typography variant="omega" fontWeight={isUnread ? 'bold' : 'regular'} tag="p">
                      {/* The item's edit view, or the page the notice is about (the e-mail links the same place). */}
                      {link ? (
                        <Link to={link.path} data-testid="ew-notification-link">
                          {entry.title}
                        </Link>
                      ) : (
                        entry.title
                      )}
                    </Typography>
                    <Typography variant="pi" textColor="neutral700" tag="p" style={{ whiteSpace: 'pre-wrap' }}>
                      {entry.message}
                    </Typography>
                    <Typography variant="pi" textColor="neutral500" tag="p">
                      {formatDate(entry.createdAt, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' })}
                    </Typography>
                  </Box>
                  {isUnread ? (
                    <TextButton onClick={() => markRead({ ids: [entry.id] })} data-testid="ew-mark-read">
                      {t('notifications.markRead', 'Đã đọc')}
                    </TextButton>
                  ) : null}
                </Flex>
              </Box>
            );
          })}
        </Flex>
      )}
      <Pager
        page={page}
        pageCount={pagination?.pageCount ?? 1}
        onPage={setPage}
        paddingTop={3}
        labels={{
          previous: t('paging.prev', 'Trang trước'),
          next: t('paging.next', 'Trang sau'),
          position: t('paging.of', 'Trang {page}/{pageCount}', { page, pageCount: pagination?.pageCount ?? 1 }),
        }}
      />
    </Box>
  );
};
