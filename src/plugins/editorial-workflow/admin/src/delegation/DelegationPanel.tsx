import * as React from 'react';
import { Badge, Box, Button, Dialog, Flex, Typography } from '@strapi/design-system';
import { ConfirmDialog, useNotification } from '@strapi/strapi/admin';
import { DELEGABLE_ROLE_LABELS, DELEGATION_STATUS_LABELS, type DelegationView } from '../../../shared/contracts/delegation';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { describeError } from '../utils/errors';
import { useEndDelegationMutation, useGetDelegationsQuery } from './api';
import { DelegationForm } from './DelegationForm';
import { vietnameseDay } from './dates';
import { useDelegationText } from './messages';

const STATUS_VARIANT: Record<DelegationView['status'], 'success' | 'secondary' | 'neutral'> = {
  active: 'success',
  upcoming: 'secondary',
  ended: 'neutral',
  'ended-early': 'neutral',
};

/**
 * "Ủy quyền" under the queue: the delegations the person gave or received (the administrator: all),
 * with the form for a head or the publisher, and the early end. Shown only to whoever has one of them.
 */
export const DelegationPanel = () => {
  const say = useDelegationText();
  const { toggleNotification } = useNotification();
  const { data } = useGetDelegationsQuery();
  const [endDelegation] = useEndDelegationMutation();
  if (!data || (data.data.length === 0 && data.delegable.length === 0 && !data.canEndAny)) return null;

  const end = async (row: DelegationView) => {
    try {
      await endDelegation(row.id).unwrap();
      toggleNotification({ type: 'success', message: say('end.done', 'Đã kết thúc ủy quyền cho {name}.', { name: row.delegateName }) });
    } catch (failure) {
      toggleNotification({ type: 'danger', message: describeError(failure).message ?? say('end.error', 'Không kết thúc được ủy quyền.') });
    }
  };
  const mayEnd = (row: DelegationView) => (row.status === 'active' || row.status === 'upcoming') && (data.canEndAny || data.delegable.some((held) => held.role === row.role && held.unitId === row.unitId));

  const columns: Array<Column<DelegationView>> = [
    { key: 'role', header: say('column.role', 'Vai trò'), cell: (row) => <Typography>{`${DELEGABLE_ROLE_LABELS[row.role]} · ${row.unitName}`}</Typography> },
    { key: 'delegator', header: say('column.delegator', 'Người ủy quyền'), cell: (row) => <Typography>{row.delegatorName}</Typography> },
    { key: 'delegate', header: say('column.delegate', 'Người được ủy quyền'), cell: (row) => <Typography>{row.delegateName}</Typography> },
    { key: 'dates', header: say('column.dates', 'Thời gian'), cell: (row) => <Typography>{`${vietnameseDay(row.startsOn)} – ${vietnameseDay(row.endsOn)}`}</Typography> },
    {
      key: 'status',
      header: say('column.status', 'Trạng thái'),
      cell: (row) => <Badge variant={STATUS_VARIANT[row.status]}>{DELEGATION_STATUS_LABELS[row.status]}</Badge>,
    },
    {
      key: 'end',
      header: '',
      cell: (row) =>
        mayEnd(row) ? (
          <Dialog.Root>
            <Dialog.Trigger>
              <Button variant="danger-light" size="S" data-testid="ew-delegation-end">
                {say('end.button', 'Kết thúc sớm')}
              </Button>
            </Dialog.Trigger>
            <ConfirmDialog title={say('end.title', 'Kết thúc ủy quyền')} onConfirm={() => end(row)}>
              {say('end.confirm', 'Kết thúc ngay ủy quyền vai trò {role} của {delegator} cho {delegate}? Các thao tác đã làm vẫn được ghi "thay mặt".', {
                role: DELEGABLE_ROLE_LABELS[row.role],
                delegator: row.delegatorName,
                delegate: row.delegateName,
              })}
            </ConfirmDialog>
          </Dialog.Root>
        ) : null,
    },
  ];

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ew-delegations">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="beta" tag="h2">
          {say('title', 'Ủy quyền')}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {say('intro', 'Trong thời gian ủy quyền, người được ủy quyền duyệt hoặc đăng bài thay bạn; lịch sử ghi cả hai tên. Ủy quyền tự hết hiệu lực sau ngày cuối.')}
        </Typography>
        {data.data.length === 0 ? (
          <Typography textColor="neutral600">{say('empty', 'Chưa có ủy quyền nào.')}</Typography>
        ) : (
          <SimpleTable columns={columns} rows={data.data} rowKey={(row) => row.id} rowProps={() => ({ 'data-testid': 'ew-delegation-row' })} />
        )}
        {data.delegable.length > 0 ? <DelegationForm delegable={data.delegable} /> : null}
      </Flex>
    </Box>
  );
};
