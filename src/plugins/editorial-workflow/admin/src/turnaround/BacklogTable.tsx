import * as React from 'react';
import { Typography } from '@strapi/design-system';

import { AGE_BUCKETS, type AgeBucket, type BacklogGroup, type TurnaroundReport } from '../../../shared/contracts/turnaround';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { useTurnaroundText } from './messages';

type Row = { key: string; who: string; group: BacklogGroup };

/** What waits now, by department (review and approval) and at the publisher, counted by age in working days. */
export const BacklogTable = ({ report }: { report: TurnaroundReport }) => {
  const { say, bucketLabel } = useTurnaroundText();
  const rows: Row[] = [
    ...report.departments.map(({ department, backlog }) => ({ key: `department-${department.id}`, who: department.name, group: backlog })),
    { key: 'publisher', who: say('publisher.backlog', 'Phòng Quản lý Chất lượng (chờ đăng)'), group: report.publisher.backlog },
  ];
  const bucketColumn = (bucket: AgeBucket): Column<Row> => ({
    key: bucket,
    header: bucketLabel(bucket),
    cell: (row) => (
      <Typography textColor={bucket === 'over-5' && row.group.buckets[bucket] > 0 ? 'danger600' : undefined}>{row.group.buckets[bucket]}</Typography>
    ),
  });
  const columns: Array<Column<Row>> = [
    { key: 'who', header: say('column.who', 'Phòng'), cell: (row) => <Typography fontWeight="semiBold">{row.who}</Typography> },
    { key: 'total', header: say('column.waiting', 'Đang chờ'), cell: (row) => <Typography>{row.group.total}</Typography> },
    ...AGE_BUCKETS.map(bucketColumn),
  ];
  return <SimpleTable columns={columns} rows={rows} rowKey={(row) => row.key} rowProps={(row) => ({ 'data-testid': `backlog-${row.key}` })} />;
};
