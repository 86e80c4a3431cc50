import type { BulkAction, BulkTransitionBody } from '../../../shared/contracts/bulk';
import type { QueueRow } from '../../../shared/contracts/queue';

/**
 * The queue page's selection for a bulk action, as plain functions of the page's rows and the
 * chosen documentIds: only a row on which the person may take the action now (its
 * `allowedActions`, the server's answer) can be selected, and only rows of the page shown count.
 */

export type BulkRow = Pick<QueueRow, 'documentId' | 'title' | 'version' | 'allowedActions'>;

export const isSelectable = (row: BulkRow, action: BulkAction): boolean => row.allowedActions.includes(action);

/** The rows of the page that are selected and may still take the action. */
export function selectedRows<Row extends BulkRow>(rows: readonly Row[], selected: ReadonlySet<string>, action: BulkAction): Row[] {
  return rows.filter((row) => selected.has(row.documentId) && isSelectable(row, action));
}

/** The header checkbox: all selectable rows chosen, some, or none. */
export function pageSelection(rows: readonly BulkRow[], selected: ReadonlySet<string>, action: BulkAction): boolean | 'indeterminate' {
  const selectable = rows.filter((row) => isSelectable(row, action));
  const chosen = selectedRows(rows, selected, action).length;
  if (chosen === 0 || selectable.length === 0) return false;
  return chosen === selectable.length ? true : 'indeterminate';
}

/** Selects every selectable row of the page, or clears the page's selection when `on` is false. */
export function selectPage(rows: readonly BulkRow[], selected: ReadonlySet<string>, action: BulkAction, on: boolean): Set<string> {
  const next = new Set(selected);
  for (const row of rows) {
    if (on && isSelectable(row, action)) next.add(row.documentId);
    else next.delete(row.documentId);
  }
  return next;
}

export function toggle(selected: ReadonlySet<string>, documentId: string, on: boolean): Set<string> {
  const next = new Set(selected);
  if (on) next.add(documentId);
  else next.delete(documentId);
  return next;
}

/** The request: each item at the version the queue showed, so that a stale row is a conflict, not an overwrite. */
export const bulkRequestOf = (action: BulkAction, rows: readonly BulkRow[]): BulkTransitionBody => ({
  action,
  items: rows.map(({ documentId, version }) => ({ documentId, version })),
});
