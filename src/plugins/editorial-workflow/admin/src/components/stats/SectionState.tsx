import * as React from 'react';
import { Box, Button, EmptyStateLayout, Flex, Loader, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { EmptyDocuments } from '@strapi/icons/symbols';

import { errorMessageOf } from '../../pages/stats/download';
import type { StatsRequest } from '../../pages/stats/request';
import { useStatsMessages } from '../../pages/stats/useStatsMessages';

type SectionStateProps<T> = {
  request: StatsRequest<T> & { reload: () => void };
  /** Whether the loaded data has nothing to show. */
  isEmpty: (data: T) => boolean;
  emptyMessage: string;
  children: (data: T) => React.ReactNode;
};

/** A section's three states besides its content: loading, the server's error (a 400 says why), nothing to show. */
export function SectionState<T>({ request, isEmpty, emptyMessage, children }: SectionStateProps<T>) {
  const { t } = useStatsMessages();

  if (request.status === 'loading') {
    return (
      <Flex justifyContent="center" padding={8}>
        <Loader>{t('loading', 'Đang tải số liệu…')}</Loader>
      </Flex>
    );
  }

  if (request.status === 'error') {
    return (
      <Box role="alert" background="danger100" borderColor="danger200" hasRadius padding={4}>
        <Flex justifyContent="space-between" gap={4} wrap="wrap">
          <Typography textColor="danger700">
            {errorMessageOf(request.error, t('error.load', 'Không tải được số liệu. Hãy thử lại.'))}
          </Typography>
          <Button variant="tertiary" startIcon={<ArrowClockwise />} onClick={request.reload}>
            {t('retry', 'Thử lại')}
          </Button>
        </Flex>
      </Box>
    );
  }

  if (isEmpty(request.data)) {
    return <EmptyStateLayout icon={<EmptyDocuments width="16rem" />} content={emptyMessage} />;
  }

  return <>{children(request.data)}</>;
}
