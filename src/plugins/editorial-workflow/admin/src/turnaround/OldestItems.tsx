import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';

import type { BacklogItem, TurnaroundReport } from '../../../shared/contracts/turnaround';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { useTurnaroundText } from './messages';

type Row = BacklogItem & { who: string };

/** How many of the oldest waiting items the section lists, over every department and the publisher. */
const LISTED = 10;

/** The items waiting longest, oldest first, each linked to its edit view. */
export const OldestItems = ({ report }: { report: TurnaroundReport }) => {
  const { say, stateLabel, days } = useTurnaroundText();
  const rows: Row[] = React.useMemo(() => {
    const all = [
      ...report.departments.flatMap(({ department, backlog }) => backlog.oldest.map((item) => ({ ...item, who: department.name }))),
      ...report.publisher.backlog.oldest.map((item) => ({ ...item, who: say('publisher.short', 'Phòng QLCL') })),
    ];
    return all.sort((a, b) => a.waitingSince.localeCompare(b.waitingSince)).slice(0, LISTED);
  }, [report, say]);
  if (rows.length === 0) return <Typography textColor="neutral600">{say('oldest.empty', 'Không có tin bài nào đang chờ xử lý.')}</Typography>;
  const columns: Array<Column<Row>> = [
    {
      key: 'title',
      header: say('column.title', 'Tin bài'),
      // Titles run long: they wrap within the cell, the unit under them, so the table fits the page.
      cell: (row) => (
        <Box style={{ whiteSpace: 'normal', maxWidth: '34rem' }}>
          <Link to={row.editPath}>
            <Typography textColor="primary600" fontWeight="semiBold">
              {row.title || row.documentId}
            </Typography>
          </Link>
          <Typography tag="div" variant="pi" textColor="neutral600">
            {row.unit?.name ?? '—'}
          </Typography>
        </Box>
      ),
    },
    {
      key: 'state',
      header: say('column.state', 'Đang ở bước'),
      cell: (row) => (
        <Box style={{ whiteSpace: 'normal' }}>
          <Typography tag="div">{stateLabel(row.state)}</Typography>
          <Typography tag="div" variant="pi" textColor="neutral600">
            {row.who}
          </Typography>
        </Box>
      ),
    },
    { key: 'since', header: say('column.since', 'Chờ từ (giờ Việt Nam)'), cell: (row) => <Typography>{row.waitingSinceVietnam}</Typography> },
    { key: 'age', header: say('column.age', 'Số ngày làm việc'), cell: (row) => <Typography>{days(row.ageWorkingDays)}</Typography> },
  ];
  return <SimpleTable columns={columns} rows={rows} rowKey={(row) => row.documentId} rowProps={(row) => ({ 'data-testid': `oldest-${row.documentId}` })} />;
};
