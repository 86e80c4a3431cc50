import * as React from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import type { ScriptView } from '../../../shared/contracts/comm-scripts';
import { PERMISSIONS } from '../../../shared/permissions';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { describeError } from '../utils/errors';
import { useGetCommScriptsQuery } from './api';
import { vietnamDate } from './dates';
import { ScriptDetail } from './ScriptDetail';
import { ScriptForm } from './ScriptForm';

/**
 * "Kịch bản truyền thông": the scripts the person sees (the Office and the leadership all, a
 * department its own), newest period first; one opens with its milestones and linked items; the
 * Office writes a new one here.
 */
const MANAGE_PLAN = [{ action: PERMISSIONS.managePlan, subject: null }];

const CommScriptsApp = () => {
  const list = useGetCommScriptsQuery();
  const [open, setOpen] = React.useState<number | null>(null);
  const [writing, setWriting] = React.useState(false);

  const columns: Array<Column<ScriptView>> = [
    {
      key: 'title',
      header: 'Kịch bản',
      cell: (row) => (
        <Flex direction="column" alignItems="flex-start">
          <Typography fontWeight="bold">{row.title}</Typography>
          <Typography variant="pi" textColor="neutral600">{[row.topic?.code, row.line?.code].filter(Boolean).join(' · ')}</Typography>
        </Flex>
      ),
    },
    { key: 'period', header: 'Thời gian', cell: (row) => <Typography>{`${vietnamDate(row.startsOn)} – ${vietnamDate(row.endsOn)}`}</Typography> },
    { key: 'owner', header: 'Phòng phụ trách', cell: (row) => <Typography>{row.ownerDepartment.name}</Typography> },
    { key: 'milestones', header: 'Số mốc', cell: (row) => <Badge>{row.milestones.length}</Badge> },
  ];

  // The Office writes scripts (plan.manage; useRBAC names it `canManage`); a department only reads its own.
  const { allowedActions } = useRBAC(MANAGE_PLAN);
  const canWrite = Boolean(allowedActions.canManage);
  return (
    <Page.Main>
      <Page.Title>Kịch bản truyền thông</Page.Title>
      <Layouts.Header
        title="Kịch bản truyền thông"
        subtitle="Kịch bản chi tiết cho từng chủ đề, tuyến thông tin của Kế hoạch: thông điệp, kênh, thời gian, mốc."
        primaryAction={canWrite && open === null && !writing ? <Button onClick={() => setWriting(true)}>Viết kịch bản</Button> : undefined}
      />
      <Layouts.Content>
        {writing ? (
          <ScriptForm
            onSaved={(id) => {
              setWriting(false);
              setOpen(id);
            }}
            onCancel={() => setWriting(false)}
          />
        ) : open !== null ? (
          <ScriptDetail id={open} onBack={() => setOpen(null)} />
        ) : list.error ? (
          <Typography textColor="danger600">{describeError(list.error).message ?? 'Không tải được danh sách kịch bản.'}</Typography>
        ) : (
          <Box>
            {(list.data ?? []).length === 0 ? (
              <Typography textColor="neutral600">{canWrite ? 'Chưa có kịch bản nào.' : 'Chưa có kịch bản nào thuộc phòng của bạn.'}</Typography>
            ) : (
              <SimpleTable
                columns={columns}
                rows={list.data ?? []}
                rowKey={(row) => row.id}
                rowProps={(row) => ({ onClick: () => setOpen(row.id), style: { cursor: 'pointer' }, 'data-testid': 'ew-script-row' })}
              />
            )}
          </Box>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

export default CommScriptsApp;
