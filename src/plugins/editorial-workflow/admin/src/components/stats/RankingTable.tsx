import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';

import { METRICS, type Ranking, type RankingRow } from '../../pages/stats/types';
import { useStatsMessages } from '../../pages/stats/useStatsMessages';
import type { Column } from '../SimpleTable';
import { UnitTable } from './UnitTable';

/** The emulation ranking of a school year: rank, unit, totals per metric, periods met. */
const RankingTableView = ({ ranking }: { ranking: Ranking }) => {
  const { t, kindLabel, metricLabel, percent, formatNumber } = useStatsMessages();
  const columns: Array<Column<RankingRow>> = [
    { key: 'rank', header: t('ranking.rank', 'Hạng'), cell: (row) => <Typography fontWeight="bold">{row.rank}</Typography> },
    {
      key: 'unit',
      header: t('ranking.unit', 'Đơn vị'),
      cell: (row) => (
        <Flex direction="column" alignItems="flex-start">
          <Typography fontWeight="semiBold">{row.unit.name}</Typography>
          <Typography variant="pi" textColor="neutral500">
            {`${row.unit.code} · ${kindLabel(row.unit.kind)}`}
          </Typography>
        </Flex>
      ),
    },
    ...METRICS.map((metric) => ({
      key: metric,
      header: metricLabel(metric),
      cell: (row: RankingRow) => <Typography>{formatNumber(row.totals[metric] ?? 0)}</Typography>,
    })),
    {
      key: 'periodsMet',
      header: t('ranking.periodsMet', 'Kỳ đạt / kỳ có chỉ tiêu'),
      cell: (row) => <Typography>{row.periodsWithQuota > 0 ? `${row.periodsMet}/${row.periodsWithQuota}` : '—'}</Typography>,
    },
    {
      key: 'shareMet',
      header: t('ranking.shareMet', 'Tỉ lệ đạt'),
      cell: (row) => (
        <Typography fontWeight="semiBold">{row.shareMet == null ? t('ranking.noQuota', 'Không có chỉ tiêu') : percent(row.shareMet)}</Typography>
      ),
    },
  ];

  return <UnitTable columns={columns} rows={ranking.units} />;
};

/** Memoised: a page change of the grid re-renders the statistics page, not this section (its props are the same). */
export const RankingTable = React.memo(RankingTableView);
