import * as React from 'react';
import { Badge, Box, Button, Checkbox, Field, Flex, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import {
  COMMENTER_GROUP_LABELS,
  COMMENT_STANCES,
  COMMENT_STANCE_LABELS,
  COMMENT_STATUS_LABELS,
  type CommentStance,
} from '../../../shared/contracts/consultations';
import { FEEDBACK_LIMITS, type FeedbackComment, type FeedbackLine } from '../../../shared/contracts/feedback';
import { describeError } from '../utils/errors';
import {
  useAnswerCommentMutation,
  useClassifyCommentMutation,
  useMailAnswerMutation,
  useMergeCommentMutation,
  useRaiseConcernMutation,
  useSetAnswerPublicMutation,
} from './api';
import { STATUS_VARIANT, vietnamTime } from './labels';

interface Props {
  comment: FeedbackComment;
  lines: FeedbackLine[];
  /** The other comments of the page a duplicate may be merged into. */
  others: FeedbackComment[];
  canWork: boolean;
}

/**
 * One comment in the department's queue: its text and facts, then (for the department) its
 * classification, its answer (public or not, e-mailed when the commenter left an address), a merge
 * into the comment it duplicates and a concern for the opinion desk. Never a contact detail.
 */
export function CommentCard({ comment, lines, others, canWork }: Props) {
  const { toggleNotification } = useNotification();
  const [stance, setStance] = React.useState<CommentStance | ''>(comment.stance ?? '');
  const [lineIds, setLineIds] = React.useState<number[]>(comment.lineIds);
  const [answer, setAnswer] = React.useState(comment.answer ?? '');
  const [answerPublic, setAnswerPublic] = React.useState(comment.answerPublic);
  const [intoId, setIntoId] = React.useState<string>('');
  const [classify, classifying] = useClassifyCommentMutation();
  const [saveAnswer, answering] = useAnswerCommentMutation();
  const [setPublic] = useSetAnswerPublicMutation();
  const [mail, mailing] = useMailAnswerMutation();
  const [merge, merging] = useMergeCommentMutation();
  const [concern, raising] = useRaiseConcernMutation();

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      toggleNotification({ type: 'success', message: done });
    } catch (error) {
      toggleNotification({ type: 'danger', message: describeError(error).message ?? 'Không thực hiện được. Hãy thử lại.' });
    }
  };
  const merged = comment.status === 'merged';
  const tag = (id: number) => lines.find((line) => line.id === id);

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ew-feedback-comment" data-comment-id={comment.id}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex gap={2} wrap="wrap">
          <Badge variant={STATUS_VARIANT[comment.status]}>{COMMENT_STATUS_LABELS[comment.status]}</Badge>
          {comment.stance ? <Badge>{COMMENT_STANCE_LABELS[comment.stance]}</Badge> : <Badge variant="warning">Chưa phân loại</Badge>}
          {comment.lineIds.map((id) => (tag(id) ? <Badge key={id}>{tag(id)!.code}</Badge> : null))}
          {comment.duplicates > 0 ? <Badge variant="secondary">{`${comment.duplicates} ý kiến trùng đã gộp`}</Badge> : null}
          {comment.concernId ? <Badge variant="danger">{`Đã chuyển sổ dư luận (#${comment.concernId})`}</Badge> : null}
          <Typography variant="pi" textColor="neutral600">
            {`#${comment.id} · ${COMMENTER_GROUP_LABELS[comment.group]} · ${comment.commune} · ${vietnamTime(comment.receivedAt)}`}
          </Typography>
        </Flex>
        <Typography style={{ whiteSpace: 'pre-wrap' }} data-testid="ew-feedback-text">{comment.text}</Typography>
        {merged ? <Typography textColor="neutral600">{`Đã gộp vào ý kiến #${comment.mergedIntoId}.`}</Typography> : null}
        {comment.answer && !canWork ? (
          <Typography textColor="neutral700">{`Trả lời${comment.answerPublic ? ' (công khai)' : ''}: ${comment.answer}`}</Typography>
        ) : null}

        {canWork && !merged ? (
          <>
            <Flex gap={3} alignItems="flex-end" wrap="wrap">
              <Field.Root name={`ew-feedback-stance-${comment.id}`}>
                <Field.Label>Phân loại</Field.Label>
                <SingleSelect value={stance} placeholder="Chọn phân loại" onChange={(value: string | number) => setStance(String(value) as CommentStance)} data-testid="ew-feedback-stance">
                  {COMMENT_STANCES.map((value) => (
                    <SingleSelectOption key={value} value={value}>
                      {COMMENT_STANCE_LABELS[value]}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
              <Button
                variant="secondary"
                disabled={!stance}
                loading={classifying.isLoading}
                data-testid="ew-feedback-classify"
                onClick={() => run(() => classify({ id: comment.id, body: { stance: stance as CommentStance, lineIds } }).unwrap(), 'Đã phân loại ý kiến.')}
              >
                Lưu phân loại
              </Button>
            </Flex>
            {lines.length > 0 ? (
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography variant="pi" fontWeight="bold">Tuyến thông tin liên quan</Typography>
                {lines.map((line) => (
                  <Checkbox
                    key={line.id}
                    checked={lineIds.includes(line.id)}
                    onCheckedChange={(checked: boolean | 'indeterminate') => setLineIds((current) => (checked === true ? [...current, line.id] : current.filter((id) => id !== line.id)))}
                  >
                    {line.label}
                  </Checkbox>
                ))}
              </Flex>
            ) : null}
            <Field.Root name={`ew-feedback-answer-${comment.id}`} hint={`Tối đa ${FEEDBACK_LIMITS.answer.toLocaleString('vi-VN')} ký tự.`}>
              <Field.Label>Trả lời</Field.Label>
              <Textarea value={answer} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setAnswer(event.target.value)} data-testid="ew-feedback-answer" />
              <Field.Hint />
            </Field.Root>
            <Flex gap={3} wrap="wrap" alignItems="center">
              <Checkbox
                checked={answerPublic}
                data-testid="ew-feedback-answer-public"
                onCheckedChange={(checked: boolean | 'indeterminate') => {
                  setAnswerPublic(checked === true);
                  if (comment.answer) run(() => setPublic({ id: comment.id, answerPublic: checked === true }).unwrap(), checked === true ? 'Câu trả lời sẽ được công khai trong báo cáo tổng hợp.' : 'Câu trả lời không công khai.');
                }}
              >
                Công khai trong báo cáo tổng hợp
              </Checkbox>
              <Button
                disabled={!answer.trim()}
                loading={answering.isLoading}
                data-testid="ew-feedback-save-answer"
                onClick={() => run(() => saveAnswer({ id: comment.id, body: { answer, answerPublic } }).unwrap(), 'Đã lưu câu trả lời.')}
              >
                Lưu trả lời
              </Button>
              {comment.canMail ? (
                <Button
                  variant="secondary"
                  disabled={!comment.answer || Boolean(comment.answerMailedAt)}
                  loading={mailing.isLoading}
                  data-testid="ew-feedback-mail"
                  onClick={() => run(() => mail(comment.id).unwrap(), 'Đã gửi thư trả lời cho người góp ý.')}
                >
                  {comment.answerMailedAt ? `Đã gửi thư lúc ${vietnamTime(comment.answerMailedAt)}` : 'Gửi thư trả lời'}
                </Button>
              ) : null}
            </Flex>
            <Flex gap={3} wrap="wrap" alignItems="flex-end">
              {others.length > 0 && !comment.answer ? (
                <>
                  <Field.Root name={`ew-feedback-merge-${comment.id}`}>
                    <Field.Label>Trùng với ý kiến</Field.Label>
                    <SingleSelect value={intoId} placeholder="Chọn ý kiến được giữ lại" onChange={(value: string | number) => setIntoId(String(value))}>
                      {others.map((other) => (
                        <SingleSelectOption key={other.id} value={String(other.id)}>
                          {`#${other.id} · ${other.text.slice(0, 60)}`}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                  </Field.Root>
                  <Button variant="tertiary" disabled={!intoId} loading={merging.isLoading} onClick={() => run(() => merge({ id: comment.id, intoId: Number(intoId) }).unwrap(), 'Đã gộp ý kiến trùng.')}>
                    Gộp ý kiến trùng
                  </Button>
                </>
              ) : null}
              {!comment.concernId ? (
                <Button variant="danger-light" loading={raising.isLoading} onClick={() => run(() => concern(comment.id).unwrap(), 'Đã chuyển sang sổ theo dõi dư luận.')}>
                  Chuyển sổ theo dõi dư luận
                </Button>
              ) : null}
            </Flex>
          </>
        ) : null}
      </Flex>
    </Box>
  );
}
