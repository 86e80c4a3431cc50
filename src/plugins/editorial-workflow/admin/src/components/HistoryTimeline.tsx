import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { HistoryEntry } from '../../../shared/contracts';
import { onBehalfOfName } from '../../../shared/contracts/delegation';
import { useT } from '../utils/useT';
import { historyActionMessage, stateMessage } from '../utils/labels';

/** Who did what, when, with their comment: newest first, as the author looks for the last word. */
export const HistoryTimeline = ({ entries }: { entries: HistoryEntry[] }) => {
  const { formatMessage, formatDate } = useIntl();
  const t = useT();
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="ew-history" tag="ol" style={{ listStyle: 'none', padding: 0 }}>
      {entries.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {t('panel.history.empty', 'Chưa có thao tác nào.')}
        </Typography>
      ) : null}
      {[...entries].reverse().map((entry) => (
        <Box key={entry.id} tag="li" data-testid="ew-history-entry" paddingLeft={3} style={{ borderLeft: '2px solid #dcdce4' }}>
          <Typography variant="omega" fontWeight="semiBold" tag="p">
            {formatMessage(historyActionMessage(entry.action))}
            {entry.fromState !== entry.toState ? ` → ${formatMessage(stateMessage(entry.toState))}` : ''}
          </Typography>
          <Typography variant="pi" textColor="neutral600" tag="p">
            {entry.onBehalfOfName ? onBehalfOfName(entry.actorName, entry.onBehalfOfName) : entry.actorName} ·{' '}
            {formatDate(entry.createdAt, { dateStyle: 'short', timeStyle: 'short' })} ·{' '}
            {t('panel.history.version', 'phiên bản {version}', { version: entry.version })}
          </Typography>
          {entry.comment ? (
            <Typography variant="pi" tag="p" style={{ whiteSpace: 'pre-wrap' }}>
              {entry.reasonLabel ? `[${entry.reasonLabel}] ` : ''}“{entry.comment}”
            </Typography>
          ) : null}
        </Box>
      ))}
    </Flex>
  );
};
