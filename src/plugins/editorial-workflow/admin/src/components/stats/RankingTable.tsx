import * as React from 'react';
import { Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

import { pageOf } from '../../pages/stats/grid';
import { METRICS, type Ranking } from '../../pages/stats/types';
import { useStatsMessages } from '../../pages/stats/useStatsMessages';
import { Pager } from './Pager';

const PAGE_SIZE = 50;

/** The emulation ranking of a school year: rank, unit, totals per metric, periods met. */
export const RankingTable = ({ ranking }: { ranking: Ranking }) => {
  const { t, kindLabel, metricLabel, percent, formatNumber } = useStatsMessages();
  const [page, setPage] = React.useState(1);
  React.useEffect(() => setPage(1), [ranking]);
  const paged = pageOf(ranking.units, page, PAGE_SIZE);

  return (
    <>
      <Table colCount={METRICS.length + 4} rowCount={paged.items.length + 1}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{t('ranking.rank', 'Hạng')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('ranking.unit', 'Đơn vị')}</Typography>
            </Th>
            {METRICS.map((metric) => (
              <Th key={metric}>
                <Typography variant="sigma">{metricLabel(metric)}</Typography>
              </Th>
            ))}
            <Th>
              <Typography variant="sigma">{t('ranking.periodsMet', 'Kỳ đạt / kỳ có chỉ tiêu')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('ranking.shareMet', 'Tỉ lệ đạt')}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {paged.items.map((row) => (
            <Tr key={row.unit.id}>
              <Td>
                <Typography fontWeight="bold">{row.rank}</Typography>
              </Td>
              <Td>
                <Flex direction="column" alignItems="flex-start">
                  <Typography fontWeight="semiBold">{row.unit.name}</Typography>
                  <Typography variant="pi" textColor="neutral500">
                    {`${row.unit.code} · ${kindLabel(row.unit.kind)}`}
                  </Typography>
                </Flex>
              </Td>
              {METRICS.map((metric) => (
                <Td key={metric}>
                  <Typography>{formatNumber(row.totals[metric] ?? 0)}</Typography>
                </Td>
              ))}
              <Td>
                <Typography>{row.periodsWithQuota > 0 ? `${row.periodsMet}/${row.periodsWithQuota}` : '—'}</Typography>
              </Td>
              <Td>
                <Typography fontWeight="semiBold">
                  {row.shareMet == null ? t('ranking.noQuota', 'Không có chỉ tiêu') : percent(row.shareMet)}
                </Typography>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      <Pager paged={paged} onPage={setPage} />
    </>
  );
};
