import * as React from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { Link, useNavigate } from 'react-router-dom';
import { ASSIGNMENT_STATUS_LABELS, ASSIGNMENT_STATUSES } from '../../../shared/contracts/plan';
import type { AssignmentPart } from '../../../shared/contracts/assignments';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { itemEditPath } from '../constants';
import { describeError } from '../utils/errors';
import { useDraftForAssignmentMutation, useGetAssignmentQuery } from './api';
import { STATUS_VARIANT } from './labels';
import { vietnamTime } from './time';

/**
 * One assignment's page: each unit's status (pending, submitted, published, overdue) with the link
 * to its item; a unit's author starts the unit's item here. A unit sees its own part only (the server's scope).
 */
export const AssignmentDetail = ({ id, onClose }: { id: number; onClose: () => void }) => {
  const assignment = useGetAssignmentQuery(id);
  const [draft, { isLoading }] = useDraftForAssignmentMutation();
  const navigate = useNavigate();
  const [error, setError] = React.useState<string | null>(null);

  if (assignment.error) return <Typography textColor="danger600">{describeError(assignment.error).message ?? 'Không tìm thấy nhiệm vụ.'}</Typography>;
  const data = assignment.data;
  if (!data) return <Typography>Đang tải…</Typography>;

  const write = async (part: AssignmentPart) => {
    setError(null);
    const result = await draft({ id, body: { unitId: part.unit.id } });
    if ('error' in result) return setError(describeError(result.error).message ?? 'Không tạo được bài.');
    navigate(itemEditPath(result.data.itemDocumentId));
  };

  const columns: Array<Column<AssignmentPart>> = [
    { key: 'unit', header: 'Đơn vị', cell: (part) => <Typography>{part.unit.name}</Typography> },
    { key: 'status', header: 'Tình trạng', cell: (part) => <Badge variant={STATUS_VARIANT[part.status]} data-testid="ew-assignment-part-status">{part.statusLabel}</Badge> },
    {
      key: 'item',
      header: 'Bài viết',
      cell: (part) =>
        part.item ? (
          <Link to={itemEditPath(part.item.documentId)}>{part.item.title}</Link>
        ) : part.canDraft ? (
          <Button size="S" variant="secondary" loading={isLoading} onClick={() => write(part)} data-testid="ew-assignment-draft">Viết bài</Button>
        ) : (
          <Typography textColor="neutral600">—</Typography>
        ),
    },
    { key: 'submitted', header: 'Gửi lúc', cell: (part) => <Typography>{part.submittedAt ? vietnamTime(part.submittedAt) : '—'}</Typography> },
    {
      key: 'reminded',
      header: 'Nhắc',
      cell: (part) => <Typography variant="pi">{[part.remindedAt ? `Đã nhắc ${vietnamTime(part.remindedAt)}` : '', part.escalatedAt ? `Đã báo nơi giao ${vietnamTime(part.escalatedAt)}` : ''].filter(Boolean).join(' · ') || '—'}</Typography>,
    },
  ];

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ew-assignment-detail">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex justifyContent="space-between">
          <Typography variant="beta">{data.title}</Typography>
          <Button variant="tertiary" onClick={onClose}>Đóng</Button>
        </Flex>
        <Typography>
          {[data.line ? `Tuyến thông tin ${data.line.code}: ${data.line.label}` : '', data.event ? `Sự kiện: ${data.event.title}` : ''].filter(Boolean).join(' · ')}
        </Typography>
        <Typography>{`Nơi giao: ${data.commissioner?.name ?? '—'}${data.commissionedByName ? ` (${data.commissionedByName})` : ''} · Hạn gửi bài: ${vietnamTime(data.dueAt)}`}</Typography>
        {data.note ? <Typography textColor="neutral700">{data.note}</Typography> : null}
        <Flex gap={2} data-testid="ew-assignment-counts">
          {ASSIGNMENT_STATUSES.map((status) => (
            <Badge key={status} variant={STATUS_VARIANT[status]} data-testid={`ew-assignment-count-${status}`}>{`${ASSIGNMENT_STATUS_LABELS[status]}: ${data.counts[status]}`}</Badge>
          ))}
        </Flex>
        {error ? <Typography textColor="danger600">{error}</Typography> : null}
        <SimpleTable columns={columns} rows={data.parts} rowKey={(part) => part.targetId} rowProps={(part) => ({ 'data-testid': `ew-assignment-part-${part.unit.id}` })} />
      </Flex>
    </Box>
  );
};
