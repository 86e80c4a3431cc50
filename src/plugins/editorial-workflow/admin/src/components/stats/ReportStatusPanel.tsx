import * as React from 'react';
import { Badge, Flex, Typography } from '@strapi/design-system';

import { reportCounts, sortReportRows } from '../../pages/stats/report';
import type { ReportStatus, ReportStatusTable } from '../../pages/stats/types';
import { useStatsMessages } from '../../pages/stats/useStatsMessages';
import type { Column } from '../SimpleTable';
import { UnitTable } from './UnitTable';

type ReportRow = ReportStatusTable['units'][number];

const BADGE: Record<ReportStatus, 'success' | 'warning' | 'danger'> = { on_time: 'success', late: 'warning', missing: 'danger' };

const STATUSES: ReportStatus[] = ['on_time', 'late', 'missing'];

/** When a report came in, in Vietnam time (the due day is a Vietnamese date). */
const submittedFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** The month's public-opinion reports: how many on time, late and missing, then the units to chase first. */
const ReportStatusPanelView = ({ report }: { report: ReportStatusTable }) => {
  const { t, kindLabel, reportStatusLabel } = useStatsMessages();
  const rows = React.useMemo(() => sortReportRows(report.units), [report]);
  const counts = React.useMemo(() => reportCounts(report.units), [report]);
  const columns: Array<Column<ReportRow>> = [
    {
      key: 'unit',
      header: t('report.unit', 'Đơn vị'),
      cell: (row) => (
        <>
          <Typography fontWeight="semiBold">{row.unit.name}</Typography>{' '}
          <Typography variant="pi" textColor="neutral500">
            {row.unit.code}
          </Typography>
        </>
      ),
    },
    { key: 'kind', header: t('report.kind', 'Loại đơn vị'), cell: (row) => <Typography>{kindLabel(row.unit.kind)}</Typography> },
    {
      key: 'status',
      header: t('report.status', 'Tình trạng'),
      cell: (row) => <Badge variant={BADGE[row.status]}>{reportStatusLabel(row.status)}</Badge>,
    },
    {
      key: 'submittedAt',
      header: t('report.submittedAt', 'Thời điểm nộp'),
      cell: (row) => <Typography>{row.submittedAt ? submittedFormat.format(new Date(row.submittedAt)) : '—'}</Typography>,
    },
  ];

  return (
    <>
      <Flex gap={3} wrap="wrap" paddingBottom={4}>
        {STATUSES.map((status) => (
          <Badge key={status} variant={BADGE[status]} size="M">
            {`${reportStatusLabel(status)}: ${counts[status]}`}
          </Badge>
        ))}
      </Flex>
      <UnitTable columns={columns} rows={rows} />
    </>
  );
};

/** Memoised: a page change of the grid re-renders the statistics page, not this section (its props are the same). */
export const ReportStatusPanel = React.memo(ReportStatusPanelView);
