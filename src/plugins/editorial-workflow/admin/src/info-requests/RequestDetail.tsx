import * as React from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { INFO_REQUEST_MOVES, REQUESTER_KIND_LABELS, INFO_REQUEST_CHANNEL_LABELS, type InfoRequestAction } from '../../../shared/contracts/info-requests';
import { vietnamTime } from '../concerns/messages';
import { describeError } from '../utils/errors';
import { SelectField, TextField } from '../press-desk/fields';
import { useActOnInfoRequestMutation, useGetInfoRequestQuery } from './api';

const Line = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Flex gap={2} alignItems="flex-start">
    <Typography fontWeight="bold" style={{ minWidth: 180 }}>
      {label}
    </Typography>
    <Typography>{children}</Typography>
  </Flex>
);

const ACTION_LABELS: Record<Exclude<InfoRequestAction, 'route'>, string> = { start: 'Bắt đầu xử lý', extend: 'Gia hạn', answer: 'Trả lời', refuse: 'Từ chối' };

/** One request: the requester (internal), the request, the deadline; the Office routes, extends, answers or refuses. */
export function RequestDetail({ id, departments, onClose }: { id: number; departments: Array<{ id: number; name: string }>; onClose: () => void }) {
  const { data: request, error: loadError } = useGetInfoRequestQuery(id);
  const [act, acting] = useActOnInfoRequestMutation();
  const [departmentId, setDepartmentId] = React.useState('');
  const [text, setText] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);
  if (loadError) return <Typography textColor="danger600">{describeError(loadError).message ?? 'Không tải được yêu cầu.'}</Typography>;
  if (!request) return <Typography textColor="neutral600">Đang tải…</Typography>;
  const can = (action: InfoRequestAction) => request.canManage && INFO_REQUEST_MOVES[action].from.includes(request.status);
  const run = async (action: InfoRequestAction) => {
    setError(null);
    const result = await act({ id, body: { action, ...(action === 'route' ? { departmentId: Number(departmentId) } : {}), ...(text.trim() && action !== 'route' && action !== 'start' ? { text } : {}) } });
    if ('error' in result && result.error) return setError(describeError(result.error).message ?? 'Không thực hiện được.');
    setText('');
  };
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ew-ir-detail">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex justifyContent="space-between">
          <Typography variant="delta" tag="h2">
            {request.subject}
          </Typography>
          <Flex gap={2}>
            <Badge variant={request.overdue ? 'danger' : request.status === 'answered' ? 'success' : 'secondary'}>{request.overdue ? `${request.statusLabel} · quá hạn` : request.statusLabel}</Badge>
            <Button variant="tertiary" size="S" onClick={onClose}>
              Đóng
            </Button>
          </Flex>
        </Flex>
        <Line label="Người yêu cầu">{`${request.name} (${REQUESTER_KIND_LABELS[request.requesterKind]}${request.organisation ? `, ${request.organisation}` : ''})`}</Line>
        <Line label="Liên hệ">{[request.email, request.phone, request.address].filter(Boolean).join(' · ')}</Line>
        <Line label="Tiếp nhận">{`${vietnamTime(request.receivedAt)}, ${INFO_REQUEST_CHANNEL_LABELS[request.channel]}${request.enteredBy ? ` (${request.enteredBy} nhập)` : ''}`}</Line>
        <Line label="Hạn luật định">{vietnamTime(request.dueAt)}</Line>
        <Line label="Mã tra cứu">{request.trackingCode}</Line>
        <Line label="Nội dung yêu cầu">{request.content}</Line>
        <Line label="Phòng được giao">{request.department?.name ?? 'Chưa giao'}</Line>
        {request.extensionReason ? <Line label="Lý do gia hạn">{request.extensionReason}</Line> : null}
        {request.answer ? <Line label="Trả lời">{request.answer}</Line> : null}
        {request.refusalReason ? <Line label="Lý do từ chối">{request.refusalReason}</Line> : null}
        {request.canManage && !['answered', 'refused'].includes(request.status) ? (
          <Flex direction="column" alignItems="stretch" gap={3}>
            <Flex gap={2} alignItems="flex-end">
              <SelectField id="ir-department" label="Giao phòng chuyên môn" value={departmentId} onChange={setDepartmentId} options={departments} placeholder="Chọn phòng" />
              <Button variant="secondary" disabled={!departmentId} loading={acting.isLoading} onClick={() => run('route')} data-testid="ew-ir-route">
                Giao phòng
              </Button>
            </Flex>
            <TextField id="ir-text" label="Nội dung trả lời, lý do gia hạn hoặc từ chối" value={text} onChange={setText} multiline />
            <Flex gap={2}>
              {(Object.keys(ACTION_LABELS) as Array<keyof typeof ACTION_LABELS>).filter(can).map((action) => (
                <Button key={action} variant={action === 'answer' ? 'default' : action === 'refuse' ? 'danger-light' : 'secondary'} loading={acting.isLoading} onClick={() => run(action)} data-testid={`ew-ir-${action}`}>
                  {ACTION_LABELS[action]}
                </Button>
              ))}
            </Flex>
          </Flex>
        ) : null}
        {error ? (
          <Typography textColor="danger600" role="alert">
            {error}
          </Typography>
        ) : null}
      </Flex>
    </Box>
  );
}
