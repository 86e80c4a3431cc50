import * as React from 'react';
import { Typography } from '@strapi/design-system';

import type { DurationFigure, TurnaroundReport } from '../../../shared/contracts/turnaround';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { useTurnaroundText } from './messages';

type Row = { key: string; who: string; code: string; step: string; figure: DurationFigure };

/** One row per department (submission → approval) and the publisher's (approval → publication): items, p50, p90. */
export const DurationTable = ({ report }: { report: TurnaroundReport }) => {
  const { say, days } = useTurnaroundText();
  const rows: Row[] = [
    ...report.departments.map(({ department, submissionToApproval }) => ({
      key: `department-${department.id}`,
      who: department.name,
      code: department.code,
      step: say('step.review', 'Gửi → duyệt'),
      figure: submissionToApproval,
    })),
    {
      key: 'publisher',
      who: say('publisher', 'Phòng Quản lý Chất lượng (đăng tải)'),
      code: '',
      step: say('step.publication', 'Duyệt → đăng'),
      figure: report.publisher.approvalToPublication,
    },
  ];
  const columns: Array<Column<Row>> = [
    {
      key: 'who',
      header: say('column.who', 'Phòng'),
      cell: (row) => (
        <>
          <Typography fontWeight="semiBold">{row.who}</Typography>{' '}
          <Typography variant="pi" textColor="neutral500">
            {row.code}
          </Typography>
        </>
      ),
    },
    { key: 'step', header: say('column.step', 'Bước'), cell: (row) => <Typography>{row.step}</Typography> },
    { key: 'count', header: say('column.count', 'Số tin bài'), cell: (row) => <Typography>{row.figure.count}</Typography> },
    { key: 'p50', header: say('column.p50', 'Trung vị (p50)'), cell: (row) => <Typography>{days(row.figure.p50)}</Typography> },
    { key: 'p90', header: say('column.p90', 'p90'), cell: (row) => <Typography>{days(row.figure.p90)}</Typography> },
  ];
  return <SimpleTable columns={columns} rows={rows} rowKey={(row) => row.key} rowProps={(row) => ({ 'data-testid': `turnaround-${row.key}` })} />;
};
