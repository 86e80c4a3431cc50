import * as React from 'react';
import { getFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../../shared/permissions';
import { QUEUE_POLL_MS } from './constants';
import type { QueueCounts } from './types';

/**
 * The number of items waiting for the logged-in person, shared by every component that shows it.
 * The main menu re-creates its link elements on each render, so the count lives here, outside
 * React, and one timer polls for all of them.
 */
let count: number | null = null;
let fetchedAt = 0;
let timer: ReturnType<typeof setInterval> | null = null;
const listeners = new Set<() => void>();

export async function refreshQueueCount(): Promise<void> {
  fetchedAt = Date.now();
  try {
    const { data } = await getFetchClient().get<{ data: QueueCounts }>(`/${PLUGIN_ID}/queue/counts`);
    count = data.data.total;
  } catch {
    // No workflow permission, or the session ended: no badge rather than an error in the menu.
    count = null;
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // The menu re-mounts its icons often: fetch only when the last count is older than the poll period.
  if (Date.now() - fetchedAt >= QUEUE_POLL_MS) refreshQueueCount();
  // One timer for the page's lifetime; it asks nothing while no menu shows the badge (logged out).
  timer ??= setInterval(() => {
    if (listeners.size > 0) refreshQueueCount();
  }, QUEUE_POLL_MS);
  return () => {
    listeners.delete(listener);
  };
}

export const useQueueCount = () => React.useSyncExternalStore(subscribe, () => count);
