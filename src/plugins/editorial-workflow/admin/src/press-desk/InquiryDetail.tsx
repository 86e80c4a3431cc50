import * as React from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { vietnamTime } from '../concerns/messages';
import { describeError } from '../utils/errors';
import { useGetPressInquiryQuery, useStepPressInquiryMutation, useUpdatePressInquiryMutation } from './api';
import { TextField } from './fields';

const Line = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Flex gap={2} alignItems="flex-start">
    <Typography fontWeight="bold" style={{ minWidth: 190 }}>
      {label}
    </Typography>
    <Typography>{children}</Typography>
  </Flex>
);

/**
 * One inquiry: the Office writes the answer the department prepared; a registered spokesperson
 * approves it as it stands; the Office sends it (refused by the server without the approval), or
 * turns the inquiry into an official response item (the opinion desk's fast lane).
 */
export function InquiryDetail({ id, onClose }: { id: number; onClose: () => void }) {
  const { data: inquiry, error: loadError } = useGetPressInquiryQuery(id);
  const [update, updating] = useUpdatePressInquiryMutation();
  const [step, stepping] = useStepPressInquiryMutation();
  const [answer, setAnswer] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);

  if (loadError) return <Typography textColor="danger600">{describeError(loadError).message ?? 'Không tải được câu hỏi.'}</Typography>;
  if (!inquiry) return <Typography textColor="neutral600">Đang tải…</Typography>;
  const draft = answer ?? inquiry.answer ?? '';

  const run = async (promise: Promise<{ error?: unknown } | { data: unknown }>, done: string) => {
    setError(null);
    setNotice(null);
    const result = await promise;
    if ('error' in result && result.error) return setError(describeError(result.error).message ?? 'Không thực hiện được.');
    setAnswer(null);
    setNotice(done);
  };

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ew-desk-detail">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex justifyContent="space-between">
          <Typography variant="delta" tag="h2">{`${inquiry.outlet}: ${inquiry.journalist}`}</Typography>
          <Flex gap={2}>
            <Badge variant={inquiry.status === 'sent' ? 'success' : inquiry.overdue ? 'danger' : 'secondary'} data-testid="ew-desk-status">
              {inquiry.overdue ? `${inquiry.statusLabel} · quá hạn` : inquiry.statusLabel}
            </Badge>
            <Button variant="tertiary" size="S" onClick={onClose}>
              Đóng
            </Button>
          </Flex>
        </Flex>
        <Line label="Câu hỏi">{inquiry.question}</Line>
        <Line label="Lĩnh vực">{inquiry.topic?.name ?? '—'}</Line>
        <Line label="Phòng chuẩn bị nội dung">{inquiry.department?.name ?? 'Chưa giao'}</Line>
        <Line label="Nhận lúc / hạn trả lời">{`${vietnamTime(inquiry.receivedAt)} / ${vietnamTime(inquiry.dueAt)}`}</Line>
        {inquiry.contact ? <Line label="Liên hệ phóng viên">{inquiry.contact}</Line> : null}
        <Line label="Người ghi nhận">{inquiry.loggedBy}</Line>
        {inquiry.approvedBy ? <Line label="Người phát ngôn duyệt">{`${inquiry.approvedBy}, ${vietnamTime(inquiry.approvedAt!)}`}</Line> : null}
        {inquiry.sentAt ? <Line label="Đã gửi báo chí">{`${vietnamTime(inquiry.sentAt)} (${inquiry.sentBy ?? ''})`}</Line> : null}
        {inquiry.responseItemDocumentId ? <Line label="Phản hồi chính thức">{`Đã tạo dự thảo (vấn đề dư luận số ${inquiry.concernId})`}</Line> : null}
        {inquiry.canManage && inquiry.status !== 'sent' ? (
          <TextField id="answer" label="Câu trả lời (phòng chuyên môn chuẩn bị)" value={draft} onChange={setAnswer} multiline />
        ) : (
          <Line label="Câu trả lời">{inquiry.answer ?? 'Chưa có'}</Line>
        )}
        {error ? (
          <Typography textColor="danger600" role="alert">
            {error}
          </Typography>
        ) : null}
        {notice ? <Typography textColor="success600">{notice}</Typography> : null}
        <Flex gap={2} wrap="wrap">
          {inquiry.canManage && inquiry.status !== 'sent' ? (
            <Button variant="secondary" loading={updating.isLoading} disabled={!draft.trim() || draft === inquiry.answer} onClick={() => run(update({ id, body: { answer: draft } }), 'Đã lưu câu trả lời; cần người phát ngôn duyệt lại.')} data-testid="ew-desk-save-answer">
              Lưu câu trả lời
            </Button>
          ) : null}
          {inquiry.canApprove ? (
            <Button loading={stepping.isLoading} onClick={() => run(step({ id, step: 'approve' }), 'Đã duyệt câu trả lời.')} data-testid="ew-desk-approve">
              Duyệt câu trả lời (người phát ngôn)
            </Button>
          ) : null}
          {inquiry.canManage && inquiry.status !== 'sent' ? (
            <Button loading={stepping.isLoading} onClick={() => run(step({ id, step: 'send' }), 'Đã ghi nhận gửi câu trả lời cho báo chí.')} data-testid="ew-desk-send">
              Gửi câu trả lời
            </Button>
          ) : null}
          {inquiry.canManage && !inquiry.concernId ? (
            <Button variant="tertiary" loading={stepping.isLoading} onClick={() => run(step({ id, step: 'response' }), 'Đã tạo dự thảo phản hồi chính thức (luồng nhanh).')} data-testid="ew-desk-response">
              Chuyển thành phản hồi chính thức
            </Button>
          ) : null}
        </Flex>
      </Flex>
    </Box>
  );
}
