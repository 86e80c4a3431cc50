import * as React from 'react';
import { Button, Flex, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useLocation } from 'react-router-dom';

import { ComplianceSection } from '../components/stats/ComplianceSection';
import { ExportButtons } from '../components/stats/ExportButtons';
import { RankingTable } from '../components/stats/RankingTable';
import { ReportStatusPanel } from '../components/stats/ReportStatusPanel';
import { Section } from '../components/stats/Section';
import { SectionState } from '../components/stats/SectionState';
import { StatsFilters } from '../components/stats/StatsFilters';
import { TrendChart } from '../components/stats/TrendChart';
import { TurnaroundSection } from '../turnaround/TurnaroundSection';
import { ReturnsSection } from '../returns/ReturnsSection';
import { ChannelStatsSection } from '../item-channels/ChannelStatsSection';
import { ReportsSection } from '../reports/ReportsSection';
import { monthKeyOf, schoolYearOf } from '../../../shared/periods';
import { useGetStatsRankingQuery, useGetStatsReportStatusQuery, useGetStatsTrendQuery } from '../services/api';
import { presetRange, recentMonths, recentSchoolYears, shortDate, vietnamToday } from './stats/dates';
import { exportParams, type GridFilters } from './stats/query';
import { reportRowsFor } from './stats/report';
import { filtersFromAddress, reportMonthFromAddress } from './stats/address';
import { statsRequestOf } from './stats/request';
import { TREND_MEASURES, type TrendMeasure } from './stats/trend';
import type { UnitRef } from './stats/types';
import { useStatsMessages } from './stats/useStatsMessages';

/**
 * "Thống kê": who met their quotas (grid of units × periods and its trend by unit kind), this month's
 * public-opinion reports, and the emulation ranking of a school year, each with its exports. Every
 * figure comes from the stats API, already scoped to the person's units by the server.
 */
const StatsApp = () => {
  const { t, kindLabel } = useStatsMessages();
  const today = React.useMemo(() => vietnamToday(), []);
  // A link (the overview's) may open the page on given filters: stats/address.ts.
  const { search } = useLocation();
  const [filters, setFilters] = React.useState<GridFilters>(() =>
    filtersFromAddress(search, { unitKind: '', unit: '', ...presetRange('last3Months', today), granularity: 'week' })
  );
  const [measure, setMeasure] = React.useState<TrendMeasure>('shareMet');
  const [schoolYear, setSchoolYear] = React.useState(() => schoolYearOf(today));
  const [reportMonth, setReportMonth] = React.useState(() => reportMonthFromAddress(search, monthKeyOf(today)));

  // The grid's section (components/stats/ComplianceSection.tsx) holds its own page and order.
  // The trend weighs every unit of the filters, not the page: its own small answer.
  const trend = statsRequestOf(useGetStatsTrendQuery(filters));
  const rankingFilters = { schoolYear, unitKind: filters.unitKind };
  const ranking = statsRequestOf(useGetStatsRankingQuery(rankingFilters));
  const report = statsRequestOf(useGetStatsReportStatusQuery(reportMonth));

  // The unit picker offers every unit of the chosen kind in the person's scope: the ranking lists
  // them all (the grid now holds one page).
  const [units, setUnits] = React.useState<UnitRef[]>([]);
  React.useEffect(() => {
    if (ranking.status === 'ready') {
      setUnits([...ranking.data.units.map(({ unit }) => unit)].sort((a, b) => a.name.localeCompare(b.name, 'vi')));
    }
  }, [ranking.status, ranking.data]);

  // The report table follows the kind and unit filters; kept stable so its paging survives other changes.
  const reportRows = React.useMemo(
    () => (report.status === 'ready' ? { ...report.data, units: reportRowsFor(report.data.units, filters.unitKind, filters.unit) } : null),
    [report.status, report.data, filters.unitKind, filters.unit]
  );

  const range = `${shortDate(filters.from)} – ${shortDate(filters.to)}`;
  const measureLabels: Record<TrendMeasure, string> = {
    shareMet: t('trend.measure.shareMet', 'Tỉ lệ đạt chỉ tiêu'),
    itemsSubmitted: t('trend.measure.itemsSubmitted', 'Tin bài đã gửi'),
  };

  return (
    <Page.Main>
      <Page.Title>{t('title', 'Thống kê')}</Page.Title>
      <Layouts.Header
        title={t('title', 'Thống kê')}
        subtitle={t('subtitle', 'Tin bài, chuyên đề, tư liệu và báo cáo dư luận của các đơn vị theo chỉ tiêu kế hoạch')}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <StatsFilters value={filters} onChange={setFilters} units={units} today={today} />

          <ComplianceSection filters={filters} />

          <Section
            title={t('trend.title', 'Xu hướng theo loại đơn vị')}
            subtitle={range}
            actions={TREND_MEASURES.map((m) => (
              <Button
                key={m}
                size="S"
                variant={measure === m ? 'secondary' : 'tertiary'}
                aria-pressed={measure === m}
                onClick={() => setMeasure(m)}
              >
                {measureLabels[m]}
              </Button>
            ))}
          >
            <SectionState
              request={trend}
              isEmpty={(data) => data.periods.length === 0}
              emptyMessage={t('grid.empty', 'Không có đơn vị nào trong phạm vi và bộ lọc này.')}
            >
              {(data) => <TrendChart data={data} measure={measure} />}
            </SectionState>
          </Section>

          <TurnaroundSection from={filters.from} to={filters.to} />
          <ReturnsSection from={filters.from} to={filters.to} />
          <ChannelStatsSection from={filters.from} to={filters.to} unitKind={filters.unitKind} unit={filters.unit} />

          <Section
            title={t('report.title', 'Báo cáo dư luận tháng {month}', { month: monthLabel(reportMonth) })}
            subtitle={
              report.status === 'ready'
                ? t('report.subtitle', 'Hạn nộp: trước ngày {dueDay} hằng tháng', { dueDay: report.data.dueDay })
                : undefined
            }
            actions={
              <SingleSelect
                size="S"
                aria-label={t('report.month', 'Tháng')}
                value={reportMonth}
                onChange={(month) => setReportMonth(String(month))}
              >
                {recentMonths(today, 12).map((month) => (
                  <SingleSelectOption key={month} value={month}>
                    {monthLabel(month)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            }
          >
            <SectionState
              request={report}
              isEmpty={() => !reportRows || reportRows.units.length === 0}
              emptyMessage={t('report.empty', 'Không đơn vị nào trong bộ lọc phải nộp báo cáo dư luận.')}
            >
              {() => reportRows && <ReportStatusPanel report={reportRows} />}
            </SectionState>
          </Section>

          <Section
            title={t('ranking.title', 'Xếp hạng thi đua năm học {schoolYear}', { schoolYear })}
            subtitle={filters.unitKind ? kindLabel(filters.unitKind) : t('filters.allKinds', 'Tất cả loại đơn vị')}
            actions={
              <>
                <SingleSelect
                  size="S"
                  aria-label={t('ranking.schoolYear', 'Năm học')}
                  value={schoolYear}
                  onChange={(year) => setSchoolYear(String(year))}
                >
                  {recentSchoolYears(today, 3).map((year) => (
                    <SingleSelectOption key={year} value={year}>
                      {year}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
                <ExportButtons
                  paramsFor={(format) => exportParams('ranking', format, rankingFilters)}
                  fallbackName={`xep-hang-${schoolYear}`}
                  disabled={ranking.status !== 'ready'}
                />
              </>
            }
          >
            <SectionState
              request={ranking}
              isEmpty={(data) => data.units.length === 0}
              emptyMessage={t('ranking.empty', 'Không có đơn vị nào để xếp hạng.')}
            >
              {(data) => <RankingTable ranking={data} />}
            </SectionState>
          </Section>
          <ReportsSection />
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

/** `2026-11` → `11/2026`. */
const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

export default StatsApp;
