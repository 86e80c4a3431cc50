import * as React from 'react';
import { Box } from '@strapi/design-system';

import { useGetStatsComplianceQuery } from '../../services/api';
import { shortDate } from '../../pages/stats/dates';
import { useKeptPage } from '../../pages/stats/kept-page';
import { FIRST_GRID_PAGE, exportParams, type GridFilters, type GridPaging } from '../../pages/stats/query';
import { statsRequestOf } from '../../pages/stats/request';
import type { ComplianceGridPage, GridSort } from '../../pages/stats/types';
import { useStatsMessages } from '../../pages/stats/useStatsMessages';
import { ComplianceGridTable } from './ComplianceGridTable';
import { ExportButtons } from './ExportButtons';
import { Section } from './Section';
import { SectionState } from './SectionState';

/**
 * The grid's section. It holds the page and the order itself: a page change renders this section
 * alone, not the statistics page around it (its filters, trend, ranking and reports), which the
 * 300 ms of a page change (issue 19) cannot afford. New filters start again on page 1, in the same order.
 */
const ComplianceSectionView = ({ filters }: { filters: GridFilters }) => {
  const { t, kindLabel } = useStatsMessages();
  const filtersKey = JSON.stringify(filters);
  const [paged, setPaged] = React.useState<GridPaging & { filtersKey: string }>({ ...FIRST_GRID_PAGE, filtersKey });
  // New filters: page 1 from this render on (React's state derived while rendering), never the page those filters had before.
  if (paged.filtersKey !== filtersKey) setPaged({ ...paged, page: 1, filtersKey });
  const paging: GridPaging = { page: paged.filtersKey === filtersKey ? paged.page : 1, sort: paged.sort };
  const onPage = React.useCallback((page: number) => setPaged((current) => ({ ...current, page, filtersKey })), [filtersKey]);
  const onSort = React.useCallback((sort: GridSort) => setPaged({ page: 1, sort, filtersKey }), [filtersKey]);

  const loadingGrid = statsRequestOf(useGetStatsComplianceQuery({ ...filters, ...paging }));
  const { request: grid, stale } = useKeptPage(loadingGrid, filtersKey);
  const range = `${shortDate(filters.from)} – ${shortDate(filters.to)}`;

  return (
    <Section
      title={t('grid.title', 'Mức độ đạt chỉ tiêu')}
      subtitle={t('grid.subtitle', '{range}, theo {granularity}{kind}', {
        range,
        granularity: filters.granularity === 'week' ? t('granularity.byWeek', 'tuần') : t('granularity.byMonth', 'tháng'),
        kind: filters.unitKind ? ` · ${kindLabel(filters.unitKind)}` : '',
      })}
      actions={
        <ExportButtons
          paramsFor={(format) => exportParams('compliance', format, { ...filters, sort: paging.sort })}
          fallbackName={`chi-tieu-${filters.from}-${filters.to}`}
          disabled={grid.status !== 'ready'}
        />
      }
    >
      <SectionState
        request={grid}
        isEmpty={(data: ComplianceGridPage) => data.pagination.total === 0 || data.periods.length === 0}
        emptyMessage={t('grid.empty', 'Không có đơn vị nào trong phạm vi và bộ lọc này.')}
      >
        {(data) => (
          <Box aria-busy={stale} data-testid="ew-stats-grid" data-stale={stale} style={stale ? { opacity: 0.6 } : undefined}>
            <ComplianceGridTable grid={data} onPage={onPage} onSort={onSort} />
          </Box>
        )}
      </SectionState>
    </Section>
  );
};

export const ComplianceSection = React.memo(ComplianceSectionView);
