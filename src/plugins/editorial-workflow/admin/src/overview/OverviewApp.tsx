import * as React from 'react';
import { Field, Flex, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { OVERVIEW_FIRST_MONTH } from '../../../shared/contracts/overview';
import { SectionState } from '../components/stats/SectionState';
import { vietnamToday } from '../pages/stats/dates';
import { statsRequestOf } from '../pages/stats/request';
import { useGetOverviewQuery } from './api';
import { ItemCountsSection } from './ItemCountsSection';
import { ConcernsSection } from './ConcernsSection';
import { NotYetSection } from './NotYetSection';
import { QuotaSection } from './QuotaSection';
import { ReportsSection } from './ReportsSection';
import { OverviewTurnaround } from './TurnaroundSection';
import { monthYear, useOverviewText } from './messages';

/** This month and the 23 before it, down to the first month the overview counts. */
function monthsToPick(today: string): string[] {
  const [year, month] = today.split('-').map(Number);
  const months: string[] = [];
  for (let back = 0; back < 24; back += 1) {
    const index = year * 12 + (month - 1) - back;
    const key = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    if (key < OVERVIEW_FIRST_MONTH) break;
    months.push(key);
  }
  return months;
}

/**
 * "Tổng quan", the leadership's page: a month against the month before and the same month a year
 * earlier (items sent and published by unit kind and by section, the units meeting each quota, the
 * monthly reports, the turnaround), each figure a link to the list behind it. The figures are the
 * server's, scoped to the person (the leadership, the Office and QLCL every unit; a unit head theirs).
 */
const OverviewApp = () => {
  const { say } = useOverviewText();
  const months = React.useMemo(() => monthsToPick(vietnamToday()), []);
  const [month, setMonth] = React.useState(months[0]);
  const request = statsRequestOf(useGetOverviewQuery(month));
  return (
    <Page.Main>
      <Page.Title>{say('title', 'Tổng quan')}</Page.Title>
      <Layouts.Header
        title={say('title', 'Tổng quan')}
        subtitle={say('subtitle', 'Tháng đang xem so với tháng trước và cùng kỳ năm trước; bấm vào một số liệu để xem danh sách phía sau.')}
        secondaryAction={
          <Field.Root name="month" id="overview-month">
            <Field.Label>{say('month.pick', 'Tháng')}</Field.Label>
            <SingleSelect value={month} onChange={(value) => setMonth(String(value))} data-testid="overview-month">
              {months.map((key) => (
                <SingleSelectOption key={key} value={key}>
                  {monthYear(key)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        }
      />
      <Layouts.Content>
        <SectionState request={request} isEmpty={() => false} emptyMessage="">
          {(data) => (
            <Flex direction="column" alignItems="stretch" gap={6} data-testid="overview">
              <ItemCountsSection data={data} />
              <QuotaSection data={data} />
              <ReportsSection data={data} />
              <OverviewTurnaround data={data} />
              <ConcernsSection data={data} />
              <NotYetSection title={say('plan.title', 'Dòng kế hoạch chưa có tin bài')} note={data.planCoverage} testId="overview-plan" />
            </Flex>
          )}
        </SectionState>
      </Layouts.Content>
    </Page.Main>
  );
};

export default OverviewApp;
