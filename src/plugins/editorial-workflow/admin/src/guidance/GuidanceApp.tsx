import * as React from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { useLocation, useNavigate } from 'react-router-dom';
import type { GuidanceSummary } from '../../../shared/contracts/guidance';
import { PERMISSIONS } from '../../../shared/permissions';
import { GUIDANCE_PAGE_PATH } from '../../../shared/guidance-links';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { describeError } from '../utils/errors';
import { useGetGuidanceListQuery } from './api';
import { GuidanceForm } from './GuidanceForm';
import { GuidanceNote, vietnamTime } from './GuidanceNote';

const PAGE_SIZE = 20;
const MANAGE_PLAN = [{ action: PERMISSIONS.managePlan, subject: null }];

const columns: Array<Column<GuidanceSummary>> = [
  { key: 'title', header: 'Định hướng', cell: (row) => <Typography fontWeight="bold">{row.title}</Typography> },
  { key: 'sent', header: 'Gửi lúc', cell: (row) => <Typography>{vietnamTime(row.sentAt)}</Typography> },
  { key: 'read', header: 'Đơn vị đã đọc', cell: (row) => <Typography>{`${row.readCount}/${row.recipientCount}`}</Typography> },
  {
    key: 'mine',
    header: 'Đơn vị của bạn',
    cell: (row) => (row.readByMyUnit === undefined ? <Typography>—</Typography> : <Badge variant={row.readByMyUnit ? 'success' : 'warning'}>{row.readByMyUnit ? 'Đã đọc' : 'Chưa đọc'}</Badge>),
  },
];

/**
 * "Định hướng tuyên truyền": the notes sent to the person's units (the Office: all, with who has read
 * them, and the form to send one). `?note=ID` opens one: the calendar and the notifications link there.
 */
const GuidanceApp = () => {
  const location = useLocation();
  const navigate = useNavigate();
  const noteParam = Number(new URLSearchParams(location.search).get('note'));
  const open = Number.isInteger(noteParam) && noteParam > 0 ? noteParam : null;
  const [page, setPage] = React.useState(1);
  const [writing, setWriting] = React.useState(false);
  const list = useGetGuidanceListQuery({ page, pageSize: PAGE_SIZE });
  // useRBAC names an action by the permission's last part: `plan.manage` is `canManage`.
  const { allowedActions } = useRBAC(MANAGE_PLAN);
  const openNote = (id: number | null) => navigate(id === null ? GUIDANCE_PAGE_PATH : `${GUIDANCE_PAGE_PATH}?note=${id}`);
  const data = list.data;
  return (
    <Page.Main>
      <Page.Title>Định hướng tuyên truyền</Page.Title>
      <Layouts.Header
        title="Định hướng tuyên truyền"
        subtitle="Định hướng của Văn phòng Sở gửi các đơn vị; mở định hướng để đơn vị được ghi nhận đã đọc."
        primaryAction={
          allowedActions.canManage ? (
            <Button onClick={() => setWriting((value) => !value)} data-testid="ew-guidance-write">
              {writing ? 'Đóng biểu mẫu' : 'Gửi định hướng'}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {writing ? (
            <GuidanceForm
              onSent={(id) => {
                setWriting(false);
                openNote(id);
              }}
            />
          ) : null}
          {open !== null ? <GuidanceNote id={open} onClose={() => openNote(null)} /> : null}
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
            {list.error ? (
              <Typography textColor="danger600" role="alert">
                {describeError(list.error).message ?? 'Không tải được danh sách định hướng.'}
              </Typography>
            ) : !data ? (
              <Typography textColor="neutral600">Đang tải…</Typography>
            ) : data.results.length === 0 ? (
              <Typography textColor="neutral600">Chưa có định hướng nào.</Typography>
            ) : (
              <SimpleTable
                columns={columns}
                rows={data.results}
                rowKey={(row) => row.id}
                rowProps={(row) => ({ 'data-testid': 'ew-guidance-row', onClick: () => openNote(row.id), style: { cursor: 'pointer' } })}
              />
            )}
            {data && data.pagination.pageCount > 1 ? (
              <Flex gap={2} paddingTop={3} justifyContent="flex-end">
                <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                  Trang trước
                </Button>
                <Typography>{`Trang ${page}/${data.pagination.pageCount}`}</Typography>
                <Button variant="tertiary" disabled={page >= data.pagination.pageCount} onClick={() => setPage(page + 1)}>
                  Trang sau
                </Button>
              </Flex>
            ) : null}
          </Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default GuidanceApp;
