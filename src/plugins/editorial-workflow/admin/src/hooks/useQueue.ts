import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../../../shared/permissions';
import type { QueueQuery as SharedQueueQuery } from '../../../shared/contracts/queue';
import type { Pagination, QueueCounts, QueueFilters, QueueRow } from '../types';
import { describeError } from '../utils/errors';

/** What the page asks for; the page size is fixed (QUEUE_PAGE_SIZE). */
export type QueueQuery = Omit<SharedQueueQuery, 'pageSize'>;

export const QUEUE_PAGE_SIZE = 20;

/** The queue page's data: its tabs and filter options once, the counts and the current page on every change. */
export function useQueue(query: QueueQuery) {
  const { get } = useFetchClient();
  const [filters, setFilters] = React.useState<QueueFilters | null>(null);
  const [counts, setCounts] = React.useState<QueueCounts | null>(null);
  const [rows, setRows] = React.useState<QueueRow[]>([]);
  const [pagination, setPagination] = React.useState<Pagination | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [isLoading, setIsLoading] = React.useState(true);

  React.useEffect(() => {
    get<{ data: QueueFilters }>(`/${PLUGIN_ID}/queue/filters`)
      .then(({ data }) => setFilters(data.data))
      .catch((failure) => setError(describeError(failure).message ?? null));
  }, [get]);

  React.useEffect(() => {
    let current = true;
    setIsLoading(true);
    // No rows of the previous tab or filter while the new ones load: a click must open what is shown.
    setRows([]);
    const params = Object.fromEntries(
      Object.entries({ ...query, pageSize: QUEUE_PAGE_SIZE }).filter(([, value]) => value !== undefined && value !== '')
    );
    Promise.all([
      get<{ data: QueueRow[]; meta: { pagination: Pagination } }>(`/${PLUGIN_ID}/queue`, { params }),
      get<{ data: QueueCounts }>(`/${PLUGIN_ID}/queue/counts`),
    ])
      .then(([list, totals]) => {
        if (!current) return;
        setRows(list.data.data);
        setPagination(list.data.meta.pagination);
        setCounts(totals.data.data);
        setError(null);
      })
      .catch((failure) => current && setError(describeError(failure).message ?? null))
      .finally(() => current && setIsLoading(false));
    return () => {
      current = false;
    };
  }, [get, query.state, query.unit, query.topic, query.kind, query.page]);

  return { filters, counts, rows, pagination, error, isLoading };
}
