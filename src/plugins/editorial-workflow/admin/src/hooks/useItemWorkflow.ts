import * as React from 'react';
import { adminApi, useFetchClient } from '@strapi/strapi/admin';
import { useDispatch } from 'react-redux';
import { useNavigate } from 'react-router-dom';
import { PLUGIN_ID } from '../../../shared/permissions';
import type { WorkflowAction } from '../../../shared/state-machine';
import { ARTICLE_UID } from '../constants';
import { refreshQueueCount } from '../queue-count';
import type { ItemDescription } from '../types';
import { describeError } from '../utils/errors';

/** What a transition left on screen: the item, or nothing because it left the person's sight. */
export type TransitionOutcome = 'shown' | 'left';

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
  const navigate = useNavigate();
  const [item, setItem] = React.useState<ItemDescription | null>(null);
  const [loadError, setLoadError] = React.useState<unknown>(null);
  const [isLoading, setIsLoading] = React.useState(false);

  /** Reads the item again; false when it is no longer the person's to see (403/404). */
  const reload = React.useCallback(async (): Promise<boolean> => {
    if (!documentId) return false;
    setIsLoading(true);
    try {
      const { data } = await get<{ data: ItemDescription }>(`/${PLUGIN_ID}/items/${documentId}`);
      setItem(data.data);
      setLoadError(null);
      return true;
    } catch (error) {
      setLoadError(error);
      const { status } = describeError(error);
      return status !== 403 && status !== 404;
    } finally {
      setIsLoading(false);
    }
  }, [documentId, get]);

  React.useEffect(() => {
    reload();
  }, [reload]);

  const transition = React.useCallback(
    async (input: TransitionInput): Promise<TransitionOutcome> => {
      if (!documentId || !item) return 'shown';
      let visible = true;
      try {
        await post(`/${PLUGIN_ID}/items/${documentId}/transitions`, { ...input, expectedVersion: item.version });
      } finally {
        // Success or conflict, the screen must show what is true now: the panel, the
        // content-manager's document (its status chip) and its list, and the menu badge.
        refreshQueueCount();
        visible = await reload();
        dispatch(
          adminApi.util.invalidateTags([
            // An item that left the person's sight (an editor returned it to its author) is not
            // refetched: the content-manager would answer 403 and replace the page with an error.
            // The person goes back to their queue instead.
            ...(visible ? [{ type: 'Document' as never, id: `${ARTICLE_UID}_${documentId}` }] : []),
            { type: 'Document' as never, id: `${ARTICLE_UID}_LIST` },
          ])
        );
        if (!visible) navigate(`/plugins/${PLUGIN_ID}`);
      }
      return visible ? 'shown' : 'left';
    },
    [documentId, item, post, dispatch, reload, navigate]
  );

  return { item, loadError, isLoading, reload, transition };
}
