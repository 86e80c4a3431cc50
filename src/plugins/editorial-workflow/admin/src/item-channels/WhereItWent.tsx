import * as React from 'react';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import type { ItemChannelLine } from '../../../shared/contracts/item-channels';
import { vietnamDateTime } from '../pages/queue/vietnam-time';
import { useT } from '../utils/useT';

/**
 * The side panel's "Kênh đăng tải": each channel the item is marked for or went to, from the record
 * the relay leaves when a channel confirms (server: item-channels/where-it-went.ts). The fanpage
 * names its post, when and by whom; the portal and the press, when; "chưa gửi" when nothing was
 * confirmed yet; a retracted one says so. The labels and statuses come in Vietnamese from the server.
 */
export const WhereItWent = ({ channels }: { channels: ItemChannelLine[] }) => {
  const t = useT();
  return (
    <Box data-testid="ew-channels">
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {t('panel.channels', 'Kênh đăng tải')}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={2} paddingTop={2}>
        <Typography variant="pi">{t('panel.channels.website', 'Trang thông tin điện tử của Sở: luôn đăng khi tin bài được đăng.')}</Typography>
        {channels.map((line) => (
          <Typography key={line.channel} variant="pi" data-testid={`ew-channel-${line.channel}`} data-status={line.status}>
            <Typography variant="pi" fontWeight="semiBold">
              {line.label}:
            </Typography>{' '}
            {line.statusLabel}
            {line.at ? ` ${t('panel.channels.at', 'lúc {at}', { at: vietnamDateTime(line.at) })}` : ''}
            {line.by ? ` ${t('panel.channels.by', 'bởi {name}', { name: line.by })}` : ''}
            {line.url ? (
              <>
                {' · '}
                <Link href={line.url} isExternal data-testid={`ew-channel-${line.channel}-url`}>
                  {t('panel.channels.post', 'Xem bài đăng')}
                </Link>
              </>
            ) : null}
            {!line.marked && line.status !== 'retracted' && line.channel !== 'webhook' ? ` ${t('panel.channels.unmarked', '(không còn được chọn)')}` : ''}
          </Typography>
        ))}
        {channels.length === 0 ? (
          <Typography variant="pi" textColor="neutral600">
            {t('panel.channels.none', 'Tin bài không được chọn đăng thêm kênh nào (fanpage, Cổng thông tin tỉnh, báo chí).')}
          </Typography>
        ) : null}
      </Flex>
    </Box>
  );
};
