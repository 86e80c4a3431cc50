import * as React from 'react';
import { Box, Checkbox } from '@strapi/design-system';
import { bulkActionOf, type BulkTransitionResult } from '../../../shared/contracts/bulk';
import type { QueueRow } from '../../../shared/contracts/queue';
import type { WorkflowState } from '../../../shared/state-machine';
import type { Column } from '../components/SimpleTable';
import { describeError } from '../utils/errors';
import { useBulkTransitionWorkflowItemsMutation } from './api';
import { BulkResultList } from './BulkResultList';
import { BulkRunBar } from './BulkRunBar';
import { useBulkText } from './messages';
import { bulkRequestOf, isSelectable, pageSelection, selectedRows, selectPage, toggle } from './selection';

export interface QueueBulk {
  /** The checkbox column, first in the table; none on a tab without a bulk action. */
  column: Column<QueueRow> | null;
  /** The run button, its confirmation and the last run's results, above the table. */
  panel: React.ReactNode;
}

/** A checkbox inside a clickable row: a click ticks the box and does not open the item. */
const keepInRow = (event: React.SyntheticEvent) => event.stopPropagation();

/**
 * Bulk actions on a queue tab: in the editor's in_review, the head's awaiting_approval and the
 * publisher's approved (BULK_TAB), a checkbox per row the person may act on, "select all on this
 * page", the run button, then each item's result. The queue refreshes after a run (api.ts).
 */
export function useQueueBulk(state: WorkflowState | undefined, rows: readonly QueueRow[]): QueueBulk {
  const say = useBulkText();
  const action = bulkActionOf(state);
  const [selected, setSelected] = React.useState<Set<string>>(() => new Set());
  const [last, setLast] = React.useState<{ result: BulkTransitionResult; titles: Map<string, string> } | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [run, { isLoading }] = useBulkTransitionWorkflowItemsMutation();

  // Another tab starts afresh: its action is another one.
  React.useEffect(() => {
    setSelected(new Set());
    setLast(null);
    setError(null);
  }, [state]);

  if (!action) return { column: null, panel: null };
  const chosen = selectedRows(rows, selected, action);

  const start = async () => {
    const titles = new Map(chosen.map((row) => [row.documentId, row.title]));
    setError(null);
    const answer = await run(bulkRequestOf(action, chosen));
    if ('error' in answer && answer.error) {
      setError(describeError(answer.error).message ?? say('error.run', 'Không thực hiện được thao tác hàng loạt. Hãy thử lại.'));
      return;
    }
    if ('data' in answer && answer.data) {
      setLast({ result: answer.data, titles });
      setSelected(new Set());
    }
  };

  const all = pageSelection(rows, selected, action);
  const column: Column<QueueRow> = {
    key: 'bulk-select',
    header: (
      <Box tag="span" onClick={keepInRow}>
        <Checkbox
          aria-label={say('select.all', 'Chọn tất cả tin bài trong trang')}
          checked={all}
          disabled={!rows.some((row) => isSelectable(row, action))}
          onCheckedChange={(checked) => setSelected((current) => selectPage(rows, current, action, checked === true))}
          data-testid="ew-bulk-select-all"
        />
      </Box>
    ),
    cell: (row) => (
      <Box tag="span" onClick={keepInRow}>
        <Checkbox
          aria-label={say('select.one', 'Chọn tin “{title}”', { title: row.title })}
          checked={selected.has(row.documentId) && isSelectable(row, action)}
          disabled={!isSelectable(row, action)}
          onCheckedChange={(checked) => setSelected((current) => toggle(current, row.documentId, checked === true))}
          data-testid={`ew-bulk-select-${row.documentId}`}
        />
      </Box>
    ),
  };

  const panel = (
    <>
      <BulkRunBar action={action} count={chosen.length} running={isLoading} error={error} onRun={start} />
      {last ? <BulkResultList result={last.result} titles={last.titles} onClose={() => setLast(null)} /> : null}
    </>
  );
  return { column, panel };
}
