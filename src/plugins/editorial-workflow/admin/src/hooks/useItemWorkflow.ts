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

  /**
   * Whether the content-manager still lets this person open the item. Its read permission is scoped
   * by the item's place in the workflow (the `item-in-scope` condition): a returned item is the
   * author's again, and the editor who returned it may no longer read it there.
   */
  const contentManagerShows = React.useCallback(async (): Promise<boolean> => {
    try {
      await get(`/content-manager/collection-types/${ARTICLE_UID}/${documentId}`);
      return true;
    } catch (error) {
      const { status } = describeError(error);
      return status !== 403 && status !== 404;
    }
  }, [documentId, get]);

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
        await reload();
        visible = await contentManagerShows();
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
    [documentId, item, post, dispatch, reload, contentManagerShows, navigate]
  );

  return { item, loadError, isLoading, reload, transition };
}
