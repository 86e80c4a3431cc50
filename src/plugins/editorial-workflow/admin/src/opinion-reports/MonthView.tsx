import * as React from 'react';
import { Badge, Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import { CONCERN_SEVERITY_LABELS, CONCERN_STATUS_LABELS } from '../../../shared/contracts/concerns';
import { RECEIPT_STATUS_LABELS } from '../../../shared/contracts/opinion-reports';
import type { MonthOpenConcern, MonthUnit, MonthUnitRow, OpinionMonthView } from '../../../shared/contracts/opinion-month';
import { UNIT_KIND_LABELS, type UnitKind } from '../../../shared/contracts/stats';
import { PLUGIN_ID } from '../../../shared/permissions';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { SEVERITY_VARIANT, STATUS_VARIANT } from '../concerns/labels';
import { describeError } from '../utils/errors';
import { useGetOpinionMonthQuery, useGetOpinionReportsQuery } from './api';
import { RECEIPT_VARIANT, ReportCard } from './ReportCard';
import { monthLabel, recentMonths, shiftMonth, useOpinionReportsText, vietnamMonth, vietnamTime } from './messages';
import { useMonthExport } from './useMonthExport';

/** The desk "Dư luận & sự cố", filtered to a severity (it reads its filters from the address). */
const deskLink = (severity: string) => `/plugins/${PLUGIN_ID}-concerns?severity=${encodeURIComponent(severity)}`;
const kindLabel = (kind: string) => UNIT_KIND_LABELS[kind as UnitKind] ?? kind;

const Panel = ({ title, testId, children }: { title: string; testId: string; children: React.ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid={testId}>
    <Typography variant="delta" tag="h2">{title}</Typography>
    <Box paddingTop={3}>{children}</Box>
  </Box>
);

const Figure = ({ label, value, testId }: { label: string; value: number; testId: string }) => (
  <Grid.Item col={2} s={4} direction="column" alignItems="flex-start">
    <Typography variant="pi" textColor="neutral600">{label}</Typography>
    <Typography variant="alpha" data-testid={testId}>{value}</Typography>
  </Grid.Item>
);

/**
 * The Office's month (Văn phòng Sở, `reports.receive`): how the reports stand, the entries by topic,
 * unit, severity and channel, the month's open concerns (to the desk), the units that filed nothing,
 * then the month's reports to acknowledge or return, and the xlsx of the same tables.
 */
export const MonthView = () => {
  const say = useOpinionReportsText();
  // The reports being received now are last month's.
  const [period, setPeriod] = React.useState(() => shiftMonth(vietnamMonth(), -1));
  const month = useGetOpinionMonthQuery(period);
  const reports = useGetOpinionReportsQuery({ period });
  const { download, busy } = useMonthExport();
  const view: OpinionMonthView | undefined = month.data;

  const empty = (text: string) => <Typography textColor="neutral600">{text}</Typography>;
  const count = (value: number) => <Typography>{value}</Typography>;

  const unitColumns: Array<Column<MonthUnitRow>> = [
    { key: 'unit', header: say('column.unit', 'Đơn vị'), cell: (row) => <Typography>{row.unit.name}</Typography> },
    { key: 'kind', header: say('column.kind', 'Loại đơn vị'), cell: (row) => <Typography>{kindLabel(row.unit.kind)}</Typography> },
    { key: 'entries', header: say('column.entries', 'Số nội dung'), cell: (row) => (row.noIssues ? <Typography>{say('noIssuesShort', 'Không có vấn đề')}</Typography> : count(row.entries)) },
    { key: 'onTime', header: say('column.onTime', 'Hạn'), cell: (row) => <Badge variant={row.onTime ? 'success' : 'warning'}>{row.onTime ? say('report.onTime', 'Đúng hạn') : say('report.late', 'Trễ hạn')}</Badge> },
    { key: 'status', header: say('column.receipt', 'Tiếp nhận'), cell: (row) => <Badge variant={RECEIPT_VARIANT[row.receiptStatus]}>{RECEIPT_STATUS_LABELS[row.receiptStatus]}</Badge> },
    { key: 'at', header: say('column.submittedAt', 'Gửi lúc'), cell: (row) => <Typography>{vietnamTime(row.submittedAt)}</Typography> },
  ];
  const concernColumns: Array<Column<MonthOpenConcern>> = [
    {
      key: 'severity',
      header: say('column.severity', 'Mức độ'),
      cell: (row) => (
        <Flex gap={1} direction="column" alignItems="flex-start">
          <Badge variant={SEVERITY_VARIANT[row.severity]}>{CONCERN_SEVERITY_LABELS[row.severity]}</Badge>
          {row.overdue ? <Badge variant="danger">{say('overdue', 'Quá hạn')}</Badge> : null}
        </Flex>
      ),
    },
    {
      key: 'title',
      header: say('column.concern', 'Vấn đề'),
      cell: (row) => (
        <Flex direction="column" alignItems="flex-start">
          <Link to={deskLink(row.severity)} data-testid="ew-opinion-month-concern-link">{row.title}</Link>
          <Typography variant="pi" textColor="neutral600">{`${row.topic ? `${row.topic.code} · ` : ''}${row.filingUnit.name}`}</Typography>
        </Flex>
      ),
    },
    { key: 'status', header: say('column.status', 'Trạng thái'), cell: (row) => <Badge variant={STATUS_VARIANT[row.status]}>{CONCERN_STATUS_LABELS[row.status]}</Badge> },
    { key: 'seen', header: say('column.firstSeen', 'Phát hiện lúc'), cell: (row) => <Typography>{vietnamTime(row.firstSeenAt)}</Typography> },
    { key: 'reported', header: say('column.reported', 'Số lần được báo cáo'), cell: (row) => count(row.reportEntries) },
  ];
  const missingColumns: Array<Column<MonthUnit>> = [
    { key: 'code', header: say('column.code', 'Mã'), cell: (unit) => <Typography>{unit.code}</Typography> },
    { key: 'name', header: say('column.unit', 'Đơn vị'), cell: (unit) => <Typography>{unit.name}</Typography> },
    { key: 'kind', header: say('column.kind', 'Loại đơn vị'), cell: (unit) => <Typography>{kindLabel(unit.kind)}</Typography> },
  ];
  const pairs = (rows: Array<{ key: string; label: string; count: number }>, testId: string) => (
    <SimpleTable
      columns={[
        { key: 'label', header: say('column.label', 'Mục'), cell: (row: { label: string }) => <Typography>{row.label}</Typography> },
        { key: 'count', header: say('column.count', 'Số nội dung'), cell: (row: { count: number }) => count(row.count) },
      ]}
      rows={rows}
      rowKey={(row) => row.key}
      rowProps={() => ({ 'data-testid': testId })}
    />
  );

  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="ew-opinion-month">
      <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
        <Flex justifyContent="space-between" alignItems="flex-end" gap={3} wrap="wrap">
          <Box minWidth="240px">
            <Field.Root name="ew-opinion-month-period">
              <Field.Label>{say('month.picker', 'Tháng báo cáo')}</Field.Label>
              <SingleSelect value={period} onChange={(next: string | number) => setPeriod(String(next))} data-testid="ew-opinion-month-period">
                {recentMonths(25).map((value) => (
                  <SingleSelectOption key={value} value={value}>{say('month', 'Tháng {month}', { month: monthLabel(value) })}</SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Box>
          <Button variant="secondary" loading={busy} onClick={() => download(period)} data-testid="ew-opinion-month-export">
            {say('export', 'Xuất Excel')}
          </Button>
        </Flex>
        <Box paddingTop={4}>
          {month.error ? (
            <Typography textColor="danger600" role="alert">{describeError(month.error).message ?? say('month.error', 'Không tải được tổng hợp tháng.')}</Typography>
          ) : !view ? (
            <Typography textColor="neutral600">{say('loading', 'Đang tải…')}</Typography>
          ) : (
            <Grid.Root gap={4} data-testid="ew-opinion-month-figures">
              <Figure label={say('figure.required', 'Phải báo cáo')} value={view.reports.required} testId="ew-opinion-month-required" />
              <Figure label={say('figure.filed', 'Đã gửi')} value={view.reports.filed} testId="ew-opinion-month-filed" />
              <Figure label={say('figure.onTime', 'Đúng hạn')} value={view.reports.onTime} testId="ew-opinion-month-on-time" />
              <Figure label={say('figure.late', 'Trễ hạn')} value={view.reports.late} testId="ew-opinion-month-late" />
              <Figure label={say('figure.awaiting', 'Chờ tiếp nhận')} value={view.reports.awaiting} testId="ew-opinion-month-awaiting" />
              <Figure label={say('figure.acknowledged', 'Đã tiếp nhận')} value={view.reports.acknowledged} testId="ew-opinion-month-acknowledged" />
              <Figure label={say('figure.returned', 'Đã trả lại')} value={view.reports.returned} testId="ew-opinion-month-returned" />
              <Figure label={say('figure.missing', 'Chưa gửi')} value={view.reports.missing} testId="ew-opinion-month-missing" />
              <Figure label={say('figure.noIssues', 'Không có vấn đề')} value={view.reports.noIssues} testId="ew-opinion-month-no-issues" />
              <Figure label={say('figure.entries', 'Nội dung báo cáo')} value={view.entries} testId="ew-opinion-month-entries" />
            </Grid.Root>
          )}
        </Box>
      </Box>

      {view ? (
        <>
          <Grid.Root gap={4}>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <Panel title={say('table.topic', 'Theo lĩnh vực')} testId="ew-opinion-month-by-topic">
                {view.byTopic.length === 0 ? empty(say('table.none', 'Chưa có nội dung nào.')) : pairs(view.byTopic.map((row) => ({ key: String(row.topicId), label: row.code ? `${row.code} ${row.title}` : row.title, count: row.count })), 'ew-opinion-month-topic-row')}
              </Panel>
            </Grid.Item>
            <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
              <Panel title={say('table.severity', 'Theo mức độ')} testId="ew-opinion-month-by-severity">
                {pairs(view.bySeverity.map((row) => ({ key: row.severity, label: row.label, count: row.count })), 'ew-opinion-month-severity-row')}
              </Panel>
            </Grid.Item>
            <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
              <Panel title={say('table.channel', 'Theo nơi phát hiện')} testId="ew-opinion-month-by-channel">
                {pairs(view.byChannel.map((row) => ({ key: row.channel, label: row.label, count: row.count })), 'ew-opinion-month-channel-row')}
              </Panel>
            </Grid.Item>
          </Grid.Root>
          <Panel title={say('table.unit', 'Theo đơn vị')} testId="ew-opinion-month-by-unit">
            {view.byUnit.length === 0 ? empty(say('table.noReport', 'Chưa có báo cáo nào của tháng này.')) : <SimpleTable columns={unitColumns} rows={view.byUnit} rowKey={(row) => row.documentId} rowProps={() => ({ 'data-testid': 'ew-opinion-month-unit-row' })} />}
          </Panel>
          <Panel title={say('table.open', 'Vấn đề chưa xử lý xong trong tháng')} testId="ew-opinion-month-open">
            {view.openConcerns.length === 0 ? empty(say('table.noOpen', 'Không có vấn đề nào đang mở.')) : <SimpleTable columns={concernColumns} rows={view.openConcerns} rowKey={(row) => row.id} rowProps={() => ({ 'data-testid': 'ew-opinion-month-open-row' })} />}
          </Panel>
          <Panel title={say('table.missing', 'Đơn vị chưa gửi báo cáo')} testId="ew-opinion-month-missing-units">
            {view.unitsWithoutReport.length === 0 ? empty(say('table.noMissing', 'Mọi đơn vị đã gửi báo cáo.')) : <SimpleTable columns={missingColumns} rows={view.unitsWithoutReport} rowKey={(unit) => unit.id} rowProps={() => ({ 'data-testid': 'ew-opinion-month-missing-row' })} />}
          </Panel>
        </>
      ) : null}

      <Typography variant="beta" tag="h2">{say('reports.title', 'Báo cáo của tháng {month}', { month: monthLabel(period) })}</Typography>
      {reports.error ? (
        <Typography textColor="danger600" role="alert">{describeError(reports.error).message ?? say('reports.error', 'Không tải được danh sách báo cáo.')}</Typography>
      ) : !reports.data ? (
        <Typography textColor="neutral600">{say('loading', 'Đang tải…')}</Typography>
      ) : reports.data.filter((report) => report.period === period).length === 0 ? (
        empty(say('table.noReport', 'Chưa có báo cáo nào của tháng này.'))
      ) : (
        reports.data.filter((report) => report.period === period).map((report) => <ReportCard key={report.documentId} report={report} />)
      )}
    </Flex>
  );
};
