import * as React from 'react';
import { Badge, Box, Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { COMMENTER_GROUPS, COMMENTER_GROUP_LABELS, COMMENT_STANCES, COMMENT_STANCE_LABELS } from '../../../shared/contracts/consultations';
import { FEEDBACK_LIMITS } from '../../../shared/contracts/feedback';
import { describeError } from '../utils/errors';
import { FEEDBACK_PATH, useGetFeedbackSummaryQuery, usePublishSummaryMutation, useWriteSummaryMutation } from './api';
import { vietnamTime } from './labels';
import { useFileDownload } from './useFileDownload';

/**
 * The summary of feedback (báo cáo tổng hợp ý kiến): the figures recounted by the server, the main
 * points the department writes, the Word document, publishing; and the reply list, the only export
 * with the commenters' contact details (the department's).
 */
export function SummaryPanel({ documentId }: { documentId: string }) {
  const { toggleNotification } = useNotification();
  const summary = useGetFeedbackSummaryQuery(documentId);
  const [mainPoints, setMainPoints] = React.useState<string | null>(null);
  const [write, writing] = useWriteSummaryMutation();
  const [publish, publishing] = usePublishSummaryMutation();
  const { download, busy } = useFileDownload();
  const view = summary.data;
  if (summary.error) return <Typography textColor="danger600" role="alert">{describeError(summary.error).message ?? 'Không tải được báo cáo tổng hợp.'}</Typography>;
  if (!view) return <Typography textColor="neutral600">Đang tải…</Typography>;
  const text = mainPoints ?? view.mainPoints;
  const { figures } = view;
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      toggleNotification({ type: 'success', message: done });
    } catch (error) {
      toggleNotification({ type: 'danger', message: describeError(error).message ?? 'Không thực hiện được. Hãy thử lại.' });
    }
  };
  const base = `${FEEDBACK_PATH}/consultations/${documentId}`;

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ew-feedback-summary">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" wrap="wrap" gap={2}>
          <Typography variant="delta" tag="h2">Báo cáo tổng hợp ý kiến</Typography>
          {view.published ? (
            <Badge variant="success" data-testid="ew-feedback-published">{`Đã công bố lúc ${vietnamTime(view.published.publishedAt)}`}</Badge>
          ) : (
            <Badge>Chưa công bố</Badge>
          )}
        </Flex>
        <Typography data-testid="ew-feedback-total">{`Tổng số ý kiến: ${figures.total} (ý kiến trùng tính một lần) · chưa phân loại: ${figures.unclassified}`}</Typography>
        <Flex gap={6} wrap="wrap" alignItems="flex-start">
          <Box>
            <Typography variant="sigma">Theo đối tượng</Typography>
            {COMMENTER_GROUPS.map((group) => <Typography key={group} tag="p">{`${COMMENTER_GROUP_LABELS[group]}: ${figures.byGroup[group]}`}</Typography>)}
          </Box>
          <Box>
            <Typography variant="sigma">Theo nội dung</Typography>
            {COMMENT_STANCES.map((stance) => <Typography key={stance} tag="p">{`${COMMENT_STANCE_LABELS[stance]}: ${figures.byStance[stance]}`}</Typography>)}
          </Box>
          <Box>
            <Typography variant="sigma">Theo xã, phường</Typography>
            {figures.byCommune.map((row) => <Typography key={row.commune} tag="p">{`${row.commune}: ${row.count}`}</Typography>)}
          </Box>
        </Flex>
        <Typography textColor="neutral600">{`${view.answers.filter((row) => row.answerPublic).length}/${view.answers.length} câu trả lời được công khai trong báo cáo.`}</Typography>
        {view.canWork ? (
          <Field.Root name="ew-feedback-main-points" hint={`Mỗi đoạn một dòng; tối đa ${FEEDBACK_LIMITS.mainPoints.toLocaleString('vi-VN')} ký tự.`}>
            <Field.Label>Nội dung chính của các ý kiến</Field.Label>
            <Textarea value={text} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setMainPoints(event.target.value)} data-testid="ew-feedback-main-points" />
            <Field.Hint />
          </Field.Root>
        ) : (
          <Typography style={{ whiteSpace: 'pre-wrap' }}>{view.mainPoints || 'Phòng phụ trách chưa viết nội dung chính.'}</Typography>
        )}
        <Flex gap={2} wrap="wrap">
          {view.canWork ? (
            <>
              <Button variant="secondary" loading={writing.isLoading} data-testid="ew-feedback-save-summary" onClick={() => run(() => write({ documentId, mainPoints: text }).unwrap(), 'Đã lưu báo cáo tổng hợp.')}>
                Lưu báo cáo
              </Button>
              <Button loading={publishing.isLoading} data-testid="ew-feedback-publish" onClick={() => run(() => publish(documentId).unwrap(), 'Đã công bố báo cáo tổng hợp ý kiến.')}>
                {view.published ? 'Công bố lại' : 'Công bố báo cáo'}
              </Button>
            </>
          ) : null}
          <Button variant="tertiary" loading={busy === `${base}/summary/document`} onClick={() => download(`${base}/summary/document`, `bao-cao-tong-hop-y-kien_${documentId}.docx`)}>
            Tải báo cáo (Word)
          </Button>
          {view.canWork ? (
            <Button variant="tertiary" loading={busy === `${base}/reply-list`} onClick={() => download(`${base}/reply-list`, `danh-sach-tra-loi-y-kien_${documentId}.xlsx`)}>
              Danh sách trả lời (có thông tin liên hệ)
            </Button>
          ) : null}
        </Flex>
        {view.published ? (
          <Typography variant="pi" textColor="neutral600">{`Tệp Word công khai: ${view.published.documentUrl}`}</Typography>
        ) : null}
      </Flex>
    </Box>
  );
}
