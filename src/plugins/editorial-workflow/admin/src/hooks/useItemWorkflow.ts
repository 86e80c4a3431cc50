import * as React from 'react';
import { adminApi, useFetchClient } from '@strapi/strapi/admin';
import { useDispatch } from 'react-redux';
import { PLUGIN_ID } from '../../../shared/permissions';
import type { WorkflowAction } from '../../../shared/state-machine';
import { ARTICLE_UID } from '../constants';
import { refreshQueueCount } from '../queue-count';
import type { ItemDescription } from '../types';

export interface TransitionInput {
  action: WorkflowAction;
  comment?: string;
  publishAt?: string;
  departmentCode?: string;
}

/**
 * The item's place in the workflow (GET /items/:documentId) and the one way to move it
 * (POST …/transitions with the version on screen, so a stale screen gets a 409, not an overwrite).
 */
export function useItemWorkflow(documentId: string | undefined) {
  const { get, post } = useFetchClient();
  const dispatch = useDispatch();
  const [item, setItem] = React.useState<ItemDescription | null>(null);
  const [loadError, setLoadError] = React.useState<unknown>(null);
  const [isLoading, setIsLoading] = React.useState(false);

  const reload = React.useCallback(async () => {
    if (!documentId) return;
    setIsLoading(true);
    try {
      const { data } = await get<{ data: ItemDescription }>(`/${PLUGIN_ID}/items/${documentId}`);
      setItem(data.data);
      setLoadError(null);
    } catch (error) {
      setLoadError(error);
    } finally {
      setIsLoading(false);
    }
  }, [documentId, get]);

  React.useEffect(() => {
    reload();
  }, [reload]);

  const transition = React.useCallback(
    async (input: TransitionInput) => {
      if (!documentId || !item) return;
      try {
        await post(`/${PLUGIN_ID}/items/${documentId}/transitions`, { ...input, expectedVersion: item.version });
      } finally {
        // Success or conflict, the screen must show what is true now: the panel, the
        // content-manager's document (its status chip) and its list, and the menu badge.
        dispatch(
          adminApi.util.invalidateTags([
            { type: 'Document' as never, id: `${ARTICLE_UID}_${documentId}` },
            { type: 'Document' as never, id: `${ARTICLE_UID}_LIST` },
          ])
        );
        refreshQueueCount();
        await reload();
      }
    },
    [documentId, item, post, dispatch, reload]
  );

  return { item, loadError, isLoading, reload, transition };
}
