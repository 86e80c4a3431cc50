import * as React from 'react';
import { Alert, Box, Button, Field, Flex, Loader, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import { COMMENT_REQUIRED, type WorkflowAction } from '../../../shared/state-machine';
import { ARTICLE_UID } from '../constants';
import { queuePath } from '../pages/queue/query';
import { useGetWorkflowItemQuery, useTransitionWorkflowItemMutation, type TransitionError } from '../services/api';
import { describeError } from '../utils/errors';
import { useT } from '../utils/useT';
import { actionMessage, roleMessage } from '../utils/labels';
import { HistoryTimeline } from './HistoryTimeline';
import { StateBadge } from './StateBadge';
import { CommentsSection } from '../comments/CommentsSection';
import { SnapshotsSection } from '../snapshots/SnapshotsSection';
import { PreviewButton } from '../preview/PreviewButton';
import { ReasonCategorySelect } from '../reason-categories/ReasonCategorySelect';
import { WhereItWent } from '../item-channels/WhereItWent';
import { ConsultationSection } from '../consultations/ConsultationSection';

interface PanelProps {
  model: string;
  documentId?: string;
  /** The edit view's document: its kind decides whether the consultation section shows. */
  document?: { kind?: string };
}

/** Actions that move the item on get the primary colour; the ones that send it back, the danger colour. */
const BUTTON_VARIANTS: Partial<Record<WorkflowAction, 'default' | 'danger-light' | 'secondary'>> = {
  return: 'danger-light',
  unpublish: 'danger-light',
  reroute: 'secondary',
  correct: 'secondary',
};

/** `datetime-local` gives local wall time without a zone; the server wants an instant. */
const toInstant = (local: string) => (local ? new Date(local).toISOString() : undefined);

const PanelBody = ({ documentId, kind }: { documentId: string; kind?: string }) => {
  const { formatMessage, formatDate } = useIntl();
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  const { data: item, error: loadError, isLoading } = useGetWorkflowItemQuery(documentId);
  const [transition] = useTransitionWorkflowItemMutation();
  const [comment, setComment] = React.useState('');
  const [publishAt, setPublishAt] = React.useState('');
  const [unpublishAt, setUnpublishAt] = React.useState('');
  const [departmentCode, setDepartmentCode] = React.useState<string | undefined>();
  const [reasonCategory, setReasonCategory] = React.useState<string | undefined>();
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState<WorkflowAction | null>(null);
  const t = useT();

  if (!item) {
    if (loadError) {
      return (
        <Typography variant="pi" textColor="danger600" data-testid="ew-error">
          {describeError(loadError).message ?? t('panel.error.load', 'Không tải được quy trình của tin bài.')}
        </Typography>
      );
    }
    return isLoading ? <Loader small>{t('panel.loading', 'Đang tải…')}</Loader> : null;
  }

  const act = async (action: WorkflowAction) => {
    setError(null);
    if (COMMENT_REQUIRED.has(action) && !comment.trim()) {
      setError(t('panel.error.commentRequired', 'Hãy ghi lý do vào ô ý kiến: tác giả cần biết phải sửa gì.'));
      return;
    }
    if (COMMENT_REQUIRED.has(action) && !reasonCategory) {
      setError(t('panel.error.reasonCategoryRequired', 'Hãy chọn loại lý do trả lại hoặc gỡ bài.'));
      return;
    }
    if (action === 'correct' && !comment.trim()) {
      setError(t('panel.error.correctionNoteRequired', 'Hãy ghi chú đính chính vào ô ý kiến: bạn đọc sẽ thấy ghi chú này ở cuối tin bài.'));
      return;
    }
    if (action === 'reroute' && !departmentCode) {
      setError(t('panel.error.departmentRequired', 'Hãy chọn phòng chuyên môn nhận tin bài.'));
      return;
    }
    setBusy(action);
    try {
      const { visible } = await transition({
        documentId,
        action,
        expectedVersion: item.version,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
        ...(action === 'publish' && publishAt ? { publishAt: toInstant(publishAt) } : {}),
        ...(action === 'publish' && unpublishAt ? { unpublishAt: toInstant(unpublishAt) } : {}),
        ...(action === 'reroute' ? { departmentCode } : {}),
        ...(COMMENT_REQUIRED.has(action) ? { reasonCategory } : {}),
      }).unwrap();
      // An item that left the person's sight (an editor returned it to its author): back to their queue.
      if (!visible) navigate(queuePath());
      setComment('');
      setReasonCategory(undefined);
      setPublishAt('');
      setUnpublishAt('');
      const done = t('panel.success', 'Đã thực hiện: {action}.', { action: formatMessage(actionMessage(action)) });
      toggleNotification({
        type: 'success',
        message: visible ? done : `${done} ${t('panel.left', 'Tin bài không còn chờ bạn xử lý; đây là danh sách tin bài chờ xử lý.')}`,
      });
    } catch (failure) {
      if ((failure as Partial<TransitionError>).visible === false) navigate(queuePath());
      const { status, message } = describeError(failure);
      setError(
        status === 409
          ? `${t('panel.error.conflict', 'Tin bài vừa được người khác xử lý; trạng thái mới đã được tải lại. Hãy xem lại trước khi thao tác.')}${message ? `\n${message}` : ''}`
          : (message ?? t('panel.error.unknown', 'Không thực hiện được thao tác. Hãy thử lại.'))
      );
    } finally {
      setBusy(null);
    }
  };

  const actions = item.allowedActions;
  const showReason = item.lastReason && ['returned', 'unpublished', 'draft'].includes(item.state);

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%" data-testid="ew-panel">
      <Flex direction="column" alignItems="flex-start" gap={2}>
        <StateBadge state={item.state} label={item.stateLabel} testId="ew-state" />
        {item.scheduledAt ? (
          <Typography variant="pi" data-testid="ew-scheduled">
            {t('panel.scheduledAt', 'Hẹn đăng lúc {at}', { at: formatDate(item.scheduledAt, { dateStyle: 'short', timeStyle: 'short' }) })}
          </Typography>
        ) : null}
        {item.unpublishAt ? (
          <Typography variant="pi" data-testid="ew-unpublish-at-shown">
            {t('panel.unpublishAtShown', 'Tự gỡ lúc {at}', { at: formatDate(item.unpublishAt, { dateStyle: 'short', timeStyle: 'short' }) })}
          </Typography>
        ) : null}
        <Typography variant="pi" data-testid="ew-department">
          <Typography variant="pi" fontWeight="semiBold">
            {t('panel.department', 'Phòng chuyên môn:')}
          </Typography>{' '}
          {item.department?.name ?? t('panel.department.none', 'chưa định tuyến (khi gửi, tin bài đến phòng phụ trách chủ đề chính)')}
        </Typography>
        <Typography variant="pi" data-testid="ew-next">
          <Typography variant="pi" fontWeight="semiBold">
            {t('panel.next', 'Người xử lý tiếp:')}
          </Typography>{' '}
          {item.next
            ? `${formatMessage(roleMessage(item.next.role))}${
                item.next.people.length > 0 ? ` (${item.next.people.join(', ')})` : ''
              }`
            : t('panel.next.none', 'không ai: tin bài đã đăng')}
        </Typography>
      </Flex>

      <PreviewButton documentId={documentId} />

      {showReason && item.lastReason ? (
        <Alert
          variant="danger"
          closeLabel={t('panel.close', 'Đóng')}
          title={
            item.lastReason.action === 'unpublish'
              ? t('panel.reason.unpublish', 'Lý do gỡ bài')
              : t('panel.reason.return', 'Lý do trả lại')
          }
          data-testid="ew-last-reason"
        >
          {item.lastReason.reasonLabel ? `[${item.lastReason.reasonLabel}] ` : ''}
          {item.lastReason.comment} ({item.lastReason.actorName}, {formatDate(item.lastReason.createdAt, { dateStyle: 'short', timeStyle: 'short' })})
        </Alert>
      ) : null}

      {error ? (
        <Typography variant="pi" textColor="danger600" data-testid="ew-error" role="alert" style={{ whiteSpace: 'pre-wrap' }}>
          {error}
        </Typography>
      ) : null}

      {actions.length > 0 ? (
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Field.Root name="ew-comment" hint={t('panel.comment.hint', 'Bắt buộc khi trả lại hoặc gỡ bài; khi đính chính, đây là ghi chú công khai ở cuối tin bài.')}>
            <Field.Label>{t('panel.comment', 'Ý kiến')}</Field.Label>
            <Textarea data-testid="ew-comment" value={comment} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setComment(event.target.value)} />
            <Field.Hint />
          </Field.Root>
          {actions.some((action) => COMMENT_REQUIRED.has(action)) ? <ReasonCategorySelect value={reasonCategory} onChange={setReasonCategory} /> : null}
          {actions.includes('reroute') && item.departments ? (
            <Field.Root name="ew-reroute-department">
              <Field.Label>{t('panel.reroute.department', 'Chuyển đến phòng')}</Field.Label>
              <SingleSelect
                data-testid="ew-reroute-department"
                value={departmentCode}
                onChange={(value: string | number) => setDepartmentCode(String(value))}
                placeholder={t('panel.reroute.placeholder', 'Chọn phòng chuyên môn')}
              >
                {item.departments
                  .filter((department) => department.code !== item.department?.code)
                  .map((department) => (
                    <SingleSelectOption key={department.code} value={department.code}>
                      {department.name}
                    </SingleSelectOption>
                  ))}
              </SingleSelect>
            </Field.Root>
          ) : null}
          {actions.includes('publish') ? (
            <Field.Root name="ew-publish-at" hint={t('panel.publishAt.hint', 'Để trống để đăng ngay.')}>
              <Field.Label>{t('panel.publishAt', 'Hẹn giờ đăng')}</Field.Label>
              <Field.Input type="datetime-local" data-testid="ew-publish-at" value={publishAt} onChange={(event) => setPublishAt(event.target.value)} />
              <Field.Hint />
            </Field.Root>
          ) : null}
          {actions.includes('publish') ? (
            <Field.Root name="ew-unpublish-at" hint={t('panel.unpublishAt.hint', 'Không bắt buộc: tin bài tự gỡ khỏi trang lúc này.')}>
              <Field.Label>{t('panel.unpublishAt', 'Hẹn giờ gỡ bài')}</Field.Label>
              <Field.Input type="datetime-local" data-testid="ew-unpublish-at" value={unpublishAt} onChange={(event) => setUnpublishAt(event.target.value)} />
              <Field.Hint />
            </Field.Root>
          ) : null}
          <Flex direction="column" alignItems="stretch" gap={2}>
            {actions.map((action) => (
              <Button
                key={action}
                data-testid={`ew-action-${action}`}
                variant={BUTTON_VARIANTS[action] ?? 'default'}
                fullWidth
                loading={busy === action}
                disabled={busy !== null}
                onClick={() => act(action)}
              >
                {action === 'publish' && publishAt ? t('panel.action.schedule', 'Hẹn giờ đăng') : formatMessage(actionMessage(action))}
              </Button>
            ))}
          </Flex>
        </Flex>
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {t('panel.noAction', 'Bạn không có thao tác nào với tin bài ở bước này.')}
        </Typography>
      )}

      {kind === 'consultation' ? <ConsultationSection documentId={documentId} /> : null}

      <WhereItWent channels={item.channels ?? []} />

      <CommentsSection documentId={documentId} />

      <SnapshotsSection documentId={documentId} />

      <Box>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {t('panel.history', 'Lịch sử xử lý')}
        </Typography>
        <Box paddingTop={2}>
          <HistoryTimeline entries={item.history} />
        </Box>
      </Box>
    </Flex>
  );
};

/**
 * The workflow side panel of the edit view (a content-manager panel description: called with the
 * view's props, returns a title and content). Items only; nothing for other content types.
 */
export const WorkflowPanel = ({ model, documentId, document }: PanelProps) => {
  const t = useT();
  if (model !== ARTICLE_UID) return null;
  const title = t('panel.title', 'Quy trình biên tập');
  if (!documentId) {
    return {
      title,
      content: (
        <Typography variant="pi" textColor="neutral600" data-testid="ew-panel-hint">
          {t('panel.hint.unsaved', 'Lưu tin bài để bắt đầu quy trình biên tập: sau khi lưu, bạn gửi tin bài đến phòng chuyên môn tại đây.')}
        </Typography>
      ),
    };
  }
  return { title, content: <PanelBody key={documentId} documentId={documentId} kind={document?.kind} /> };
};

WorkflowPanel.type = 'editorial-workflow';
