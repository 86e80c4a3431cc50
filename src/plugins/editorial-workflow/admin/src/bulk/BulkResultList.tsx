import * as React from 'react';
import { Badge, Box, Flex, IconButton, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { Link } from 'react-router-dom';
import type { BulkItemResult, BulkOutcome, BulkTransitionResult } from '../../../shared/contracts/bulk';
import { itemEditPath } from '../constants';
import { StateBadge } from '../components/StateBadge';
import { useBulkText } from './messages';

const OUTCOME_COLORS: Record<BulkOutcome, { background: string; text: string }> = {
  done: { background: 'success100', text: 'success700' },
  conflict: { background: 'warning100', text: 'warning700' },
  refused: { background: 'danger100', text: 'danger700' },
};

interface BulkResultListProps {
  result: BulkTransitionResult;
  /** The titles of the rows as they were selected: a refused item's title is not in the answer (it may be out of sight). */
  titles: ReadonlyMap<string, string>;
  onClose: () => void;
}

/** What became of each selected item, in the order selected: done, conflict or refused, with the server's reason. */
export function BulkResultList({ result, titles, onClose }: BulkResultListProps) {
  const say = useBulkText();
  const { totals } = result;
  const outcomeLabel = (outcome: BulkOutcome) =>
    outcome === 'done' ? say('outcome.done', 'Đã xong') : outcome === 'conflict' ? say('outcome.conflict', 'Xung đột') : say('outcome.refused', 'Bị từ chối');
  const titleOf = (entry: BulkItemResult) => (entry.outcome === 'done' ? entry.title : undefined) ?? titles.get(entry.documentId) ?? entry.documentId;

  return (
    <Box
      background="neutral100"
      hasRadius
      padding={4}
      marginBottom={4}
      data-testid="ew-bulk-result"
      data-done={totals.done}
      data-conflict={totals.conflict}
      data-refused={totals.refused}
      role="status"
    >
      <Flex justifyContent="space-between" alignItems="center" gap={2}>
        <Typography variant="delta" tag="h3" data-testid="ew-bulk-totals">
          {say('result.totals', '{done} tin đã xong · {conflict} xung đột · {refused} bị từ chối (trên {total} tin đã chọn)', { ...totals })}
        </Typography>
        <IconButton label={say('result.close', 'Đóng kết quả')} onClick={onClose} variant="ghost" data-testid="ew-bulk-result-close">
          <Cross />
        </IconButton>
      </Flex>
      <Flex direction="column" alignItems="stretch" gap={2} paddingTop={3} tag="ol">
        {result.results.map((entry) => (
          <Flex key={entry.documentId} tag="li" direction="column" alignItems="flex-start" gap={1} data-testid="ew-bulk-result-item" data-outcome={entry.outcome} data-document-id={entry.documentId}>
            <Flex gap={2} wrap="wrap" alignItems="center">
              <Badge backgroundColor={OUTCOME_COLORS[entry.outcome].background} textColor={OUTCOME_COLORS[entry.outcome].text}>
                {outcomeLabel(entry.outcome)}
              </Badge>
              {entry.outcome === 'refused' ? (
                <Typography fontWeight="semiBold">{titleOf(entry)}</Typography>
              ) : (
                <Link to={itemEditPath(entry.documentId)}>
                  <Typography fontWeight="semiBold">{titleOf(entry)}</Typography>
                </Link>
              )}
              {entry.outcome === 'refused' ? null : <StateBadge state={entry.state} />}
            </Flex>
            {entry.outcome === 'done' ? null : (
              <Typography variant="pi" textColor={entry.outcome === 'conflict' ? 'warning700' : 'danger600'} data-testid="ew-bulk-result-reason">
                {entry.message}
              </Typography>
            )}
          </Flex>
        ))}
      </Flex>
    </Box>
  );
}
