import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { PLUGIN_ID } from '../../../shared/permissions';
import { itemEditPath } from '../constants';
import { HomeBlock } from './HomeBlock';
import { useHomeText } from './messages';

/** The person's unread notifications: how many, and the newest, each opening its item (or the queue page, where the list is). */
export const NotificationsWidget = () => {
  const say = useHomeText();
  const { formatDate } = useIntl();
  return (
    <HomeBlock>
      {({ notifications }) => (
        <Flex direction="column" alignItems="stretch" gap={3} data-testid="ew-home-notifications">
          <Typography variant="beta" tag="p" data-testid="ew-home-notifications-unread" data-count={notifications.unread}>
            {notifications.unread > 0
              ? say('notifications.unread', '{count} thông báo chưa đọc', { count: notifications.unread })
              : say('notifications.empty', 'Bạn đã đọc hết thông báo.')}
          </Typography>
          <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
            {notifications.latest.map((entry) => (
              <Box key={entry.id} tag="li" padding={2} hasRadius background="primary100" data-testid="ew-home-notification">
                <Typography variant="omega" fontWeight="bold" tag="p">
                  <Link to={entry.itemDocumentId ? itemEditPath(entry.itemDocumentId) : `/plugins/${PLUGIN_ID}`}>{entry.title}</Link>
                </Typography>
                <Typography variant="pi" textColor="neutral600" tag="p">
                  {formatDate(entry.createdAt, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' })}
                </Typography>
              </Box>
            ))}
          </Flex>
        </Flex>
      )}
    </HomeBlock>
  );
};
