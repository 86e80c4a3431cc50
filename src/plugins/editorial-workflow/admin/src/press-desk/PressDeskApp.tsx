import * as React from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import type { PressInquiryQuery, PressInquiryRow } from '../../../shared/contracts/press-desk';
import { PERMISSIONS } from '../../../shared/permissions';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { Pager } from '../components/Pager';
import { vietnamTime } from '../concerns/messages';
import { describeError } from '../utils/errors';
import { useGetPressInquiriesQuery } from './api';
import { InquiryDetail } from './InquiryDetail';
import { InquiryForm } from './InquiryForm';
import { SpokespersonRegister } from './SpokespersonRegister';

const MANAGE = [{ action: PERMISSIONS.manageInquiries, subject: null }];
const FILTERS: Array<{ key: string; label: string; query: PressInquiryQuery }> = [
  { key: 'open', label: 'Đang mở', query: { status: 'open' } },
  { key: 'overdue', label: 'Quá hạn', query: { overdue: true } },
  { key: 'all', label: 'Tất cả', query: {} },
];

const columns: Array<Column<PressInquiryRow>> = [
  { key: 'outlet', header: 'Cơ quan báo chí', cell: (row) => <Typography fontWeight="bold">{row.outlet}</Typography> },
  { key: 'journalist', header: 'Phóng viên', cell: (row) => <Typography>{row.journalist}</Typography> },
  { key: 'question', header: 'Câu hỏi', cell: (row) => <Typography ellipsis style={{ maxWidth: 360, display: 'block' }}>{row.question}</Typography> },
  { key: 'department', header: 'Phòng chuẩn bị', cell: (row) => <Typography>{row.department?.name ?? '—'}</Typography> },
  { key: 'due', header: 'Hạn trả lời', cell: (row) => <Typography textColor={row.overdue ? 'danger600' : undefined}>{vietnamTime(row.dueAt)}</Typography> },
  {
    key: 'status',
    header: 'Trạng thái',
    cell: (row) => <Badge variant={row.status === 'sent' ? 'success' : row.overdue ? 'danger' : 'secondary'}>{row.overdue ? `${row.statusLabel} · quá hạn` : row.statusLabel}</Badge>,
  },
];

/**
 * "Báo chí & người phát ngôn" (issue 22 item 5): the Office logs the press's questions, writes the
 * answers the departments prepared and sends them once a registered spokesperson approved; the
 * leadership sees the open and the overdue ones (and approves, where registered); the register of
 * spokespeople below.
 */
const PressDeskApp = () => {
  const { allowedActions } = useRBAC(MANAGE);
  const canManage = Boolean(allowedActions.canManage);
  const [filter, setFilter] = React.useState(FILTERS[0]);
  const [page, setPage] = React.useState(1);
  const [selected, setSelected] = React.useState<number | null>(null);
  const [logging, setLogging] = React.useState(false);
  const { data, error } = useGetPressInquiriesQuery({ ...filter.query, page, pageSize: 20 });

  return (
    <Page.Main>
      <Page.Title>Báo chí & người phát ngôn</Page.Title>
      <Layouts.Header
        title="Báo chí & người phát ngôn"
        subtitle="Câu hỏi của báo chí, hạn trả lời, phòng chuẩn bị nội dung; câu trả lời chỉ được gửi khi người phát ngôn có tên trong danh sách đã duyệt."
        primaryAction={
          canManage ? (
            <Button onClick={() => setLogging(!logging)} data-testid="ew-desk-new">
              {logging ? 'Đóng biểu mẫu' : 'Ghi nhận câu hỏi'}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {logging && data ? <InquiryForm topics={data.topics} departments={data.departments} onDone={() => setLogging(false)} /> : null}
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
            <Flex direction="column" alignItems="stretch" gap={3}>
              <Flex justifyContent="space-between" wrap="wrap" gap={2}>
                <Typography variant="delta" tag="h2" data-testid="ew-desk-counts">
                  {data ? `Câu hỏi của báo chí: ${data.counts.open} đang mở, ${data.counts.overdue} quá hạn` : 'Câu hỏi của báo chí'}
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
                      data-testid={`ew-desk-filter-${choice.key}`}
                    >
                      {choice.label}
                    </Button>
                  ))}
                </Flex>
              </Flex>
              {error ? (
                <Typography textColor="danger600" role="alert">
                  {describeError(error).message ?? 'Không tải được câu hỏi của báo chí.'}
                </Typography>
              ) : !data ? (
                <Typography textColor="neutral600">Đang tải…</Typography>
              ) : data.results.length === 0 ? (
                <Typography textColor="neutral600">Không có câu hỏi nào.</Typography>
              ) : (
                <SimpleTable
                  columns={columns}
                  rows={data.results}
                  rowKey={(row) => row.id}
                  rowProps={(row) => ({ 'data-testid': 'ew-desk-row', onClick: () => setSelected(row.id), style: { cursor: 'pointer' } })}
                />
              )}
              {data ? (
                <Pager page={page} pageCount={data.pagination.pageCount} onPage={setPage} labels={{ previous: 'Trang trước', next: 'Trang sau', position: `Trang ${page}/${data.pagination.pageCount}` }} />
              ) : null}
            </Flex>
          </Box>
          {selected !== null ? <InquiryDetail key={selected} id={selected} onClose={() => setSelected(null)} /> : null}
          <SpokespersonRegister canManage={canManage} topics={data?.topics ?? []} />
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default PressDeskApp;
