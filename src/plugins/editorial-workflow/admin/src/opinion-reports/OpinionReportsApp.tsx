import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import type { ReportView } from '../../../shared/contracts/opinion-reports';
import { PERMISSIONS } from '../../../shared/permissions';
import { useGetConcernUnitsQuery, useGetConcernsQuery } from '../concerns/api';
import { describeError } from '../utils/errors';
import { useGetOpinionReportsQuery } from './api';
import { MonthView } from './MonthView';
import { ReportCard } from './ReportCard';
import { ReportForm } from './ReportForm';
import { monthLabel, useOpinionReportsText } from './messages';

/** The unit kinds that report every month (plan III.3): commune offices, affiliated units, schools. */
const REPORTING_KINDS = new Set(['commune-culture', 'affiliated', 'school']);
const RECEIVE = [{ action: PERMISSIONS.receiveReports, subject: null }];

/**
 * A unit's side: its reports by month, newest first, and the filing form (new, or a returned one
 * filed again). The register's concerns and the plan's topics come from the desk's list, in the
 * person's scope.
 */
const UnitReports = ({ filing, setFiling }: { filing: ReportView | 'new' | null; setFiling: (value: ReportView | 'new' | null) => void }) => {
  const say = useOpinionReportsText();
  const register = useGetConcernsQuery({ page: 1, pageSize: 100 });
  const kinds = useGetConcernUnitsQuery();
  const reports = useGetOpinionReportsQuery({});
  const kindOf = new Map((kinds.data ?? []).map((unit) => [unit.id, unit.kind]));
  const units = (register.data?.filingUnits ?? []).filter((unit) => REPORTING_KINDS.has(kindOf.get(unit.id) ?? ''));
  const unitIds = new Set(units.map((unit) => unit.id));
  const own = (reports.data ?? []).filter((report) => unitIds.has(report.unit.id));
  const months = [...new Set(own.map((report) => report.period))].sort().reverse();

  if (register.error) return <Typography textColor="danger600" role="alert">{describeError(register.error).message ?? say('error', 'Không tải được dữ liệu.')}</Typography>;
  if (!register.data || !kinds.data) return <Typography textColor="neutral600">{say('loading', 'Đang tải…')}</Typography>;
  if (units.length === 0) return null;

  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="ew-opinion-unit">
      <Flex justifyContent="space-between" alignItems="center">
        <Typography variant="beta" tag="h2">{say('unit.title', 'Báo cáo của đơn vị')}</Typography>
        {filing === null ? (
          <Button onClick={() => setFiling('new')} data-testid="ew-opinion-file">{say('unit.file', 'Gửi báo cáo')}</Button>
        ) : null}
      </Flex>
      {filing !== null ? (
        <ReportForm
          key={filing === 'new' ? 'new' : filing.documentId}
          units={units}
          topics={register.data.topics}
          concerns={register.data.results}
          report={filing === 'new' ? undefined : filing}
          onDone={() => setFiling(null)}
          onCancel={() => setFiling(null)}
        />
      ) : null}
      {reports.error ? (
        <Typography textColor="danger600" role="alert">{describeError(reports.error).message ?? say('reports.error', 'Không tải được danh sách báo cáo.')}</Typography>
      ) : !reports.data ? (
        <Typography textColor="neutral600">{say('loading', 'Đang tải…')}</Typography>
      ) : months.length === 0 ? (
        <Typography textColor="neutral600" data-testid="ew-opinion-unit-empty">{say('unit.empty', 'Đơn vị chưa gửi báo cáo nào.')}</Typography>
      ) : (
        months.map((period) => (
          <Flex key={period} direction="column" alignItems="stretch" gap={2}>
            <Typography variant="delta" tag="h3">{say('month', 'Tháng {month}', { month: monthLabel(period) })}</Typography>
            {own
              .filter((report) => report.period === period)
              .map((report) => (
                <ReportCard key={report.documentId} report={report} onRefile={(chosen) => setFiling(chosen)} />
              ))}
          </Flex>
        ))
      )}
    </Flex>
  );
};

/**
 * "Báo cáo dư luận": the monthly opinion report (plan III.3, issue 15 item 4). A member of a commune
 * office, an affiliated unit or a school files it and follows it; the Office (`reports.receive`)
 * reads the consolidated month, acknowledges or returns each report and exports the month to Excel.
 */
const OpinionReportsApp = () => {
  const say = useOpinionReportsText();
  const { allowedActions, isLoading } = useRBAC(RECEIVE);
  const [filing, setFiling] = React.useState<ReportView | 'new' | null>(null);
  return (
    <Page.Main>
      <Page.Title>{say('title', 'Báo cáo dư luận')}</Page.Title>
      <Layouts.Header
        title={say('title', 'Báo cáo dư luận')}
        subtitle={say('subtitle', 'Báo cáo hằng tháng về dư luận, cử tri quan tâm đến hoạt động giáo dục và việc đã xử lý, gửi Văn phòng Sở trước ngày 20.')}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <UnitReports filing={filing} setFiling={setFiling} />
          {isLoading ? null : allowedActions.canReceive ? (
            <Box>
              <Typography variant="beta" tag="h2">{say('office.title', 'Tổng hợp tháng (Văn phòng Sở)')}</Typography>
              <Box paddingTop={3}>
                <MonthView />
              </Box>
            </Box>
          ) : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default OpinionReportsApp;
