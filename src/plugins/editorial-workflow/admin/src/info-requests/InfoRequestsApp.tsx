import * as React from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { INFO_REQUEST_CHANNEL_LABELS, type InfoRequestQuery, type InfoRequestRow } from '../../../shared/contracts/info-requests';
import { PERMISSIONS } from '../../../shared/permissions';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { Pager } from '../components/Pager';
import { vietnamTime } from '../concerns/messages';
import { describeError } from '../utils/errors';
import { useGetInfoRequestsQuery } from './api';
import { LetterForm } from './LetterForm';
import { RequestDetail } from './RequestDetail';

const MANAGE = [{ action: PERMISSIONS.manageInquiries, subject: null }];
const FILTERS: Array<{ key: string; label: string; query: InfoRequestQuery }> = [
  { key: 'all', label: 'Tất cả', query: {} },
  { key: 'overdue', label: 'Quá hạn', query: { overdue: true } },
  { key: 'received', label: 'Chưa giao phòng', query: { status: 'received' } },
];

const columns: Array<Column<InfoRequestRow>> = [
  { key: 'subject', header: 'Yêu cầu', cell: (row) => <Typography fontWeight="bold">{row.subject}</Typography> },
  { key: 'name', header: 'Người yêu cầu', cell: (row) => <Typography>{row.name}</Typography> },
  { key: 'channel', header: 'Tiếp nhận qua', cell: (row) => <Typography>{INFO_REQUEST_CHANNEL_LABELS[row.channel]}</Typography> },
  { key: 'department', header: 'Phòng được giao', cell: (row) => <Typography>{row.department?.name ?? '—'}</Typography> },
  { key: 'due', header: 'Hạn luật định', cell: (row) => <Typography textColor={row.overdue ? 'danger600' : undefined}>{vietnamTime(row.dueAt)}</Typography> },
  { key: 'status', header: 'Trạng thái', cell: (row) => <Badge variant={row.overdue ? 'danger' : row.status === 'answered' ? 'success' : 'secondary'}>{row.overdue ? `${row.statusLabel} · quá hạn` : row.statusLabel}</Badge> },
];

/**
 * "Yêu cầu cung cấp thông tin" (issue 22 item 4, Luật Tiếp cận thông tin): requests from the
 * website and letters, each with its legal deadline in working days; the Office routes them to a
 * department and answers, extends or refuses; the leadership reads. Overdue requests go to the
 * leadership once (the overdue job).
 */
const InfoRequestsApp = () => {
  const { allowedActions } = useRBAC(MANAGE);
  const canManage = Boolean(allowedActions.canManage);
  const [filter, setFilter] = React.useState(FILTERS[0]);
  const [page, setPage] = React.useState(1);
  const [selected, setSelected] = React.useState<number | null>(null);
  const [entering, setEntering] = React.useState(false);
  const { data, error } = useGetInfoRequestsQuery({ ...filter.query, page, pageSize: 20 });

  return (
    <Page.Main>
      <Page.Title>Yêu cầu cung cấp thông tin</Page.Title>
      <Layouts.Header
        title="Yêu cầu cung cấp thông tin"
        subtitle={data ? `Thời hạn trả lời: ${data.policy.workingDays} ngày làm việc kể từ khi nhận, gia hạn một lần thêm ${data.policy.extensionWorkingDays} ngày làm việc (Luật Tiếp cận thông tin).` : undefined}
        primaryAction={
          canManage ? (
            <Button onClick={() => setEntering(!entering)} data-testid="ew-ir-new">
              {entering ? 'Đóng biểu mẫu' : 'Nhập yêu cầu từ văn bản'}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {entering ? <LetterForm onDone={() => setEntering(false)} /> : null}
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
            <Flex direction="column" alignItems="stretch" gap={3}>
              <Flex justifyContent="space-between" wrap="wrap" gap={2}>
                <Typography variant="delta" tag="h2" data-testid="ew-ir-counts">
                  {data ? `${data.counts.open} yêu cầu đang giải quyết, ${data.counts.overdue} quá hạn` : 'Yêu cầu'}
                </Typography>
                <Flex gap={2}>
                  {FILTERS.map((choice) => (
                    <Button
                      key={choice.key}
                      size="S"
                      variant={choice.key === filter.key ? 'default' : 'tertiary'}
                      onClick={() => {
                        setFilter(choice);
                        setPage(1);
                      }}
                    >
                      {choice.label}
                    </Button>
                  ))}
                </Flex>
              </Flex>
              {error ? (
                <Typography textColor="danger600" role="alert">
                  {describeError(error).message ?? 'Không tải được các yêu cầu.'}
                </Typography>
              ) : !data ? (
                <Typography textColor="neutral600">Đang tải…</Typography>
              ) : data.results.length === 0 ? (
                <Typography textColor="neutral600">Không có yêu cầu nào.</Typography>
              ) : (
                <SimpleTable columns={columns} rows={data.results} rowKey={(row) => row.id} rowProps={(row) => ({ 'data-testid': 'ew-ir-row', onClick: () => setSelected(row.id), style: { cursor: 'pointer' } })} />
              )}
              {data ? (
                <Pager page={page} pageCount={data.pagination.pageCount} onPage={setPage} labels={{ previous: 'Trang trước', next: 'Trang sau', position: `Trang ${page}/${data.pagination.pageCount}` }} />
              ) : null}
            </Flex>
          </Box>
          {selected !== null && data ? <RequestDetail key={selected} id={selected} departments={data.departments} onClose={() => setSelected(null)} /> : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default InfoRequestsApp;
