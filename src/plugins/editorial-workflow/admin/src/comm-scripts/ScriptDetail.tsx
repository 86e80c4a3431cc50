import * as React from 'react';
import { Badge, Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { SCRIPT_CHANNEL_LABELS } from '../../../shared/contracts/plan';
import { describeError } from '../utils/errors';
import { useGetCommScriptQuery, useGetScriptItemsQuery, useLinkScriptItemMutation } from './api';
import { vietnamDate } from './dates';
import { ScriptForm } from './ScriptForm';

/**
 * One script: its messages, channels, period, owner and milestones; the items written for it (those the
 * person may see) and linking one more by its id. The Office edits it here.
 */
export const ScriptDetail = ({ id, onBack }: { id: number; onBack: () => void }) => {
  const script = useGetCommScriptQuery(id);
  const items = useGetScriptItemsQuery(id);
  const [link, linking] = useLinkScriptItemMutation();
  const [editing, setEditing] = React.useState(false);
  const [itemDocumentId, setItemDocumentId] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);

  if (script.error) return <Typography textColor="danger600">{describeError(script.error).message ?? 'Không tải được kịch bản.'}</Typography>;
  const data = script.data;
  if (!data) return <Typography>Đang tải…</Typography>;
  if (editing) return <ScriptForm script={data} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />;

  const submitLink = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await link({ id, itemDocumentId: itemDocumentId.trim() }).unwrap();
      setItemDocumentId('');
    } catch (failure) {
      setError(describeError(failure).message ?? 'Không gắn được tin bài.');
    }
  };

  return (
    <Flex direction="column" gap={4} alignItems="stretch" data-testid="ew-script-detail">
      <Flex gap={2}>
        <Button variant="tertiary" onClick={onBack}>← Danh sách kịch bản</Button>
        {data.canEdit ? <Button variant="secondary" onClick={() => setEditing(true)}>Sửa kịch bản</Button> : null}
      </Flex>
      <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
        <Flex direction="column" gap={3} alignItems="flex-start">
          <Typography variant="beta">{data.title}</Typography>
          <Typography textColor="neutral600">
            {[data.topic ? `Lĩnh vực ${data.topic.code}. ${data.topic.title}` : null, data.line ? `Tuyến ${data.line.code}. ${data.line.label}` : null].filter(Boolean).join(' · ')}
          </Typography>
          <Typography>{`${vietnamDate(data.startsOn)} – ${vietnamDate(data.endsOn)} · ${data.ownerDepartment.name}`}</Typography>
          <Flex gap={1} wrap="wrap">
            {data.channels.map((channel) => (
              <Badge key={channel}>{SCRIPT_CHANNEL_LABELS[channel]}</Badge>
            ))}
          </Flex>
          <Typography variant="delta">Thông điệp chính</Typography>
          <Typography style={{ whiteSpace: 'pre-wrap' }}>{data.keyMessages}</Typography>
          <Typography variant="delta">Mốc thời gian</Typography>
          {data.milestones.length === 0 ? <Typography textColor="neutral600">Chưa có mốc.</Typography> : null}
          {data.milestones.map((milestone, index) => (
            <Typography key={index}>{`${vietnamDate(milestone.on)}: ${milestone.label}`}</Typography>
          ))}
          {data.writtenByName ? <Typography variant="pi" textColor="neutral600">{`Người viết: ${data.writtenByName}`}</Typography> : null}
        </Flex>
      </Box>
      <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
        <Flex direction="column" gap={3} alignItems="stretch">
          <Typography variant="delta">Tin bài theo kịch bản</Typography>
          {(items.data ?? []).length === 0 ? <Typography textColor="neutral600">Chưa có tin bài nào được gắn (hoặc bạn không xem được).</Typography> : null}
          {(items.data ?? []).map((item) => (
            <Typography key={item.itemDocumentId} data-testid="ew-script-item">
              {`${item.title}${item.unitName ? ` · ${item.unitName}` : ''} · gắn bởi ${item.linkedBy}`}
            </Typography>
          ))}
          <Flex tag="form" onSubmit={submitLink} gap={2} alignItems="flex-end">
            <Field.Root name="itemDocumentId">
              <Field.Label>Mã tin bài (documentId) cần gắn</Field.Label>
              <TextInput value={itemDocumentId} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setItemDocumentId(event.target.value)} />
            </Field.Root>
            <Button type="submit" loading={linking.isLoading} disabled={itemDocumentId.trim() === ''}>Gắn tin bài</Button>
          </Flex>
          {error ? <Typography textColor="danger600" role="alert">{error}</Typography> : null}
        </Flex>
      </Box>
    </Flex>
  );
};
