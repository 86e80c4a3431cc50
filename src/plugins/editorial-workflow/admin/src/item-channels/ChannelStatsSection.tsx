import * as React from 'react';
import { Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ExportButtons } from '../components/stats/ExportButtons';
import { Section } from '../components/stats/Section';
import { SectionState } from '../components/stats/SectionState';
import { statsRequestOf } from '../pages/stats/request';
import { useT } from '../utils/useT';
import { channelStatsParams, useGetChannelStatsQuery, type ChannelStatsFilters } from './api';

/** `2026-11-30` → `30/11/2026`. */
const shortDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/**
 * "Tin bài theo kênh" on the statistics page (issue 18): the items first published in the page's
 * period, in the reader's scope and the page's unit filters, by channel: how many were marked for it
 * and how many the channel confirmed. The website is every published item.
 */
const ChannelStatsSectionView = (filters: ChannelStatsFilters) => {
  const t = useT();
  const request = statsRequestOf(useGetChannelStatsQuery(filters));
  return (
    <Section
      title={t('channelStats.title', 'Tin bài đã đăng theo kênh')}
      subtitle={t('channelStats.subtitle', '{from} – {to}, theo lần đăng đầu của tin bài', { from: shortDate(filters.from), to: shortDate(filters.to) })}
      actions={
        <ExportButtons
          paramsFor={(format) => `table=channels&format=${format}&${channelStatsParams(filters)}`}
          fallbackName={`tin-bai-theo-kenh_${filters.from}_${filters.to}`}
          disabled={request.status !== 'ready'}
        />
      }
    >
      <Box data-testid="channel-stats-section">
        <SectionState request={request} isEmpty={(data) => data.rows.length === 0} emptyMessage={t('channelStats.empty', 'Không có tin bài nào được đăng trong kỳ này.')}>
          {(data) => (
            <Table colCount={3} rowCount={data.rows.length + 1}>
              <Thead>
                <Tr>
                  <Th>
                    <Typography variant="sigma">{t('channelStats.channel', 'Kênh')}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{t('channelStats.marked', 'Được chọn đăng')}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{t('channelStats.delivered', 'Đã đăng lên kênh')}</Typography>
                  </Th>
                </Tr>
              </Thead>
              <Tbody>
                {data.rows.map((row) => (
                  <Tr key={row.channel} data-testid={`channel-stats-${row.channel}`}>
                    <Td>
                      <Typography>{row.label}</Typography>
                    </Td>
                    <Td>
                      <Typography>{row.marked}</Typography>
                    </Td>
                    <Td>
                      <Typography>{row.delivered}</Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
        </SectionState>
      </Box>
    </Section>
  );
};

/** Memoised: a page change of the grid re-renders the statistics page, not this section. */
export const ChannelStatsSection = React.memo(ChannelStatsSectionView);
