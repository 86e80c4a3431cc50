import * as React from 'react';
import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { describeError } from '../utils/errors';
import { useGetItemCommentsQuery } from './api';
import { CommentForm } from './CommentForm';
import { CommentThreadCard } from './CommentThreadCard';
import { useCommentText } from './messages';

/**
 * "Ý kiến biên tập" in the workflow side panel: the item's threads, open ones first, and a form for
 * a new one. Whoever sees the panel sees the comments: the server answers both with the item's scope.
 */
export const CommentsSection = ({ documentId }: { documentId: string }) => {
  const say = useCommentText();
  const { data, error, isLoading } = useGetItemCommentsQuery(documentId);
  // Open threads first (what still needs doing), each group oldest first.
  const threads = React.useMemo(
    () => (data ? [...data.threads.filter((thread) => !thread.resolved), ...data.threads.filter((thread) => thread.resolved)] : []),
    [data]
  );

  return (
    <Box data-testid="ew-comments">
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {say('title', 'Ý kiến biên tập')}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={3} paddingTop={2}>
        {error ? (
          <Typography variant="pi" textColor="danger600" data-testid="ew-comments-error">
            {describeError(error).message ?? say('error.load', 'Không tải được ý kiến biên tập.')}
          </Typography>
        ) : isLoading || !data ? (
          <Loader small>{say('loading', 'Đang tải…')}</Loader>
        ) : (
          <>
            {threads.length === 0 ? (
              <Typography variant="pi" textColor="neutral600" data-testid="ew-comments-empty">
                {say('empty', 'Chưa có ý kiến nào.')}
              </Typography>
            ) : (
              threads.map((thread) => <CommentThreadCard key={thread.id} documentId={documentId} thread={thread} />)
            )}
            <CommentForm documentId={documentId} fields={data.fields} />
          </>
        )}
      </Flex>
    </Box>
  );
};
