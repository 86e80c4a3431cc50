import * as React from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { CommentEntry, CommentThread } from '../../../shared/contracts/comments';
import { describeError } from '../utils/errors';
import { useMarkCommentThreadMutation } from './api';
import { CommentForm } from './CommentForm';
import { useCommentText, useFieldLabel } from './messages';

/** One comment: who, when, the text as written (plain text, never HTML), the people it mentions. */
const CommentLine = ({ entry, testId }: { entry: CommentEntry; testId: string }) => {
  const { formatDate } = useIntl();
  const say = useCommentText();
  return (
    <Box data-testid={testId}>
      <Typography variant="pi" fontWeight="semiBold">
        {entry.author.name}
      </Typography>{' '}
      <Typography variant="pi" textColor="neutral600">
        {formatDate(entry.createdAt, { dateStyle: 'short', timeStyle: 'short' })}
      </Typography>
      <Typography tag="p" variant="omega" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="ew-comments-body">
        {entry.body}
      </Typography>
      {entry.mentions.length > 0 ? (
        <Typography variant="pi" textColor="primary600" data-testid="ew-comments-mentioned">
          {say('mentioned', 'Nhắc đến: {names}', { names: entry.mentions.map((person) => `@${person.name}`).join(', ') })}
        </Typography>
      ) : null}
    </Box>
  );
};

/** A thread: its field, its opening comment and replies, resolved or open (who and when), reply, resolve or reopen. */
export const CommentThreadCard = ({ documentId, thread }: { documentId: string; thread: CommentThread }) => {
  const say = useCommentText();
  const fieldLabel = useFieldLabel();
  const { formatDate } = useIntl();
  const [replying, setReplying] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [markThread, { isLoading }] = useMarkCommentThreadMutation();
  const resolved = thread.resolved !== null;

  const mark = async () => {
    setError(null);
    const answer = await markThread({ documentId, commentId: thread.id, mark: resolved ? 'reopen' : 'resolve' });
    if ('error' in answer) setError(describeError(answer.error).message ?? say('error.mark', 'Không cập nhật được chuỗi ý kiến. Hãy thử lại.'));
  };

  return (
    <Box
      padding={3}
      hasRadius
      borderColor="neutral200"
      background={resolved ? 'neutral100' : 'neutral0'}
      data-testid="ew-comments-thread"
      data-resolved={resolved ? 'true' : 'false'}
    >
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Flex gap={2} wrap="wrap">
          <Badge data-testid="ew-comments-anchor">{thread.field ? fieldLabel(thread.field) : say('field.none', 'Cả tin bài')}</Badge>
          {resolved && thread.resolved ? (
            <Typography variant="pi" textColor="success600" data-testid="ew-comments-resolved">
              {say('resolvedBy', 'Đã giải quyết: {name}, {at}', { name: thread.resolved.by.name, at: formatDate(thread.resolved.at, { dateStyle: 'short', timeStyle: 'short' }) })}
            </Typography>
          ) : thread.reopened ? (
            <Typography variant="pi" textColor="warning600" data-testid="ew-comments-reopened">
              {say('reopenedBy', 'Mở lại: {name}, {at}', { name: thread.reopened.by.name, at: formatDate(thread.reopened.at, { dateStyle: 'short', timeStyle: 'short' }) })}
            </Typography>
          ) : null}
        </Flex>
        <CommentLine entry={thread} testId="ew-comments-root" />
        {thread.replies.length > 0 ? (
          <Flex direction="column" alignItems="stretch" gap={2} paddingLeft={3} style={{ borderLeft: '2px solid #dcdce4' }}>
            {thread.replies.map((reply) => (
              <CommentLine key={reply.id} entry={reply} testId="ew-comments-reply-entry" />
            ))}
          </Flex>
        ) : null}
        {error ? (
          <Typography variant="pi" textColor="danger600" role="alert" data-testid="ew-comments-error">
            {error}
          </Typography>
        ) : null}
        <Flex gap={2}>
          <Button size="S" variant="tertiary" onClick={() => setReplying(!replying)} data-testid="ew-comments-reply-toggle">
            {replying ? say('reply.cancel', 'Thôi trả lời') : say('reply.open', 'Trả lời')}
          </Button>
          <Button
            size="S"
            variant={resolved ? 'secondary' : 'success-light'}
            loading={isLoading}
            onClick={mark}
            data-testid={resolved ? 'ew-comments-reopen' : 'ew-comments-resolve'}
          >
            {resolved ? say('reopen', 'Mở lại') : say('resolve', 'Đánh dấu đã giải quyết')}
          </Button>
        </Flex>
        {replying ? <CommentForm documentId={documentId} parentId={thread.id} onSent={() => setReplying(false)} /> : null}
      </Flex>
    </Box>
  );
};
