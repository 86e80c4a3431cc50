import * as React from 'react';
import { Button, Flex, Typography, type FlexProps } from '@strapi/design-system';
import { ChevronLeft, ChevronRight } from '@strapi/icons';

export interface PagerProps {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  /** The words, in the screen's own messages: the two buttons and where the person is ("Trang 2/5"). */
  labels: { previous: string; next: string; position: React.ReactNode };
  /** Said at the left, before the buttons ("Đơn vị 51–100 trên 600"). */
  summary?: React.ReactNode;
  /** Show the buttons even when everything fits on one page (the queue always says where it is). */
  showSinglePage?: boolean;
  /** Chevrons on the buttons. */
  chevrons?: boolean;
  /** `<testId>-prev` and `<testId>-next` on the buttons. */
  testId?: string;
  /** Spacing of a pager without a summary. */
  gap?: FlexProps['gap'];
  paddingTop?: FlexProps['paddingTop'];
}

/**
 * Previous and next around "page x of y": the one pager of the plugin's tables (the queue, the
 * notifications, the ranking and the report status). It says nothing when there is nothing to page.
 */
export const Pager = ({ page, pageCount, onPage, labels, summary, showSinglePage, chevrons, testId, gap = 2, paddingTop = 4 }: PagerProps) => {
  const showButtons = showSinglePage || pageCount > 1;
  if (!showButtons && summary === undefined) return null;
  const buttons = showButtons ? (
    <>
      <Button
        variant="tertiary"
        size="S"
        data-testid={testId && `${testId}-prev`}
        startIcon={chevrons ? <ChevronLeft /> : undefined}
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {labels.previous}
      </Button>
      <Typography variant="pi">{labels.position}</Typography>
      <Button
        variant="tertiary"
        size="S"
        data-testid={testId && `${testId}-next`}
        endIcon={chevrons ? <ChevronRight /> : undefined}
        disabled={page >= pageCount}
        onClick={() => onPage(page + 1)}
      >
        {labels.next}
      </Button>
    </>
  ) : null;

  if (summary === undefined) {
    return (
      <Flex gap={gap} justifyContent="flex-end" paddingTop={paddingTop}>
        {buttons}
      </Flex>
    );
  }
  return (
    <Flex justifyContent="space-between" gap={4} paddingTop={4} wrap="wrap">
      <Typography variant="pi" textColor="neutral600">
        {summary}
      </Typography>
      {buttons ? <Flex gap={2}>{buttons}</Flex> : null}
    </Flex>
  );
};
