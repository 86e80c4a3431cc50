import * as React from 'react';
import { Badge, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

import { pageOf } from '../../pages/stats/grid';
import { reportCounts, sortReportRows } from '../../pages/stats/report';
import type { ReportStatus, ReportStatusTable } from '../../pages/stats/types';
import { useStatsMessages } from '../../pages/stats/useStatsMessages';
import { Pager } from './Pager';

const PAGE_SIZE = 50;

const BADGE: Record<ReportStatus, 'success' | 'warning' | 'danger'> = { on_time: 'success', late: 'warning', missing: 'danger' };

const STATUSES: ReportStatus[] = ['on_time', 'late', 'missing'];

/** When a report came in, in Vietnam time (the due day is a Vietnamese date). */
const submittedFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** The month's public-opinion reports: how many on time, late and missing, then the units to chase first. */
export const ReportStatusPanel = ({ report }: { report: ReportStatusTable }) => {
  const { t, kindLabel, reportStatusLabel } = useStatsMessages();
  const rows = React.useMemo(() => sortReportRows(report.units), [report]);
  const counts = React.useMemo(() => reportCounts(report.units), [report]);
  const [page, setPage] = React.useState(1);
  React.useEffect(() => setPage(1), [report]);
  const paged = pageOf(rows, page, PAGE_SIZE);

  return (
    <>
      <Flex gap={3} wrap="wrap" paddingBottom={4}>
        {STATUSES.map((status) => (
          <Badge key={status} variant={BADGE[status]} size="M">
            {`${reportStatusLabel(status)}: ${counts[status]}`}
          </Badge>
        ))}
      </Flex>
      <Table colCount={4} rowCount={paged.items.length + 1}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{t('report.unit', 'Đơn vị')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('report.kind', 'Loại đơn vị')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('report.status', 'Tình trạng')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('report.submittedAt', 'Thời điểm nộp')}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {paged.items.map((row) => (
            <Tr key={row.unit.id}>
              <Td>
                <Typography fontWeight="semiBold">{row.unit.name}</Typography>{' '}
                <Typography variant="pi" textColor="neutral500">
                  {row.unit.code}
                </Typography>
              </Td>
              <Td>
                <Typography>{kindLabel(row.unit.kind)}</Typography>
              </Td>
              <Td>
                <Badge variant={BADGE[row.status]}>{reportStatusLabel(row.status)}</Badge>
              </Td>
              <Td>
                <Typography>{row.submittedAt ? submittedFormat.format(new Date(row.submittedAt)) : '—'}</Typography>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      <Pager paged={paged} onPage={setPage} />
    </>
  );
};
