import * as React from 'react';
import type { StatsRequest } from './request';

type Reloadable<T> = StatsRequest<T> & { reload: () => void };

/**
 * The grid while its next page loads: the page on screen stays (marked stale) instead of a loader
 * that removes its 2,600 cells and builds them again, as long as only the page or the order changed.
 * New filters show the loader: the data of other filters is never shown as theirs.
 */
export function useKeptPage<T>(request: Reloadable<T>, filtersKey: string): { request: Reloadable<T>; stale: boolean } {
  const last = React.useRef<{ key: string; data: T } | null>(null);
  if (request.status === 'ready') last.current = { key: filtersKey, data: request.data };
  if (request.status === 'loading' && last.current?.key === filtersKey) {
    return { request: { status: 'ready', data: last.current.data, reload: request.reload }, stale: true };
  }
  return { request, stale: false };
}
