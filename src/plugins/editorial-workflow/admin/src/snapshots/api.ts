import { adminApi } from '@strapi/strapi/admin';
import type { SnapshotDiff, SnapshotEntry } from '../../../shared/contracts/snapshots';
import { PLUGIN_ID } from '../../../shared/permissions';
import { ARTICLE_UID } from '../constants';

const BASE = `/${PLUGIN_ID}`;
/** The workflow's tag of an item (services/api.ts): a transition invalidates it, so a new snapshot shows at once. */
const ITEM_TAG = 'EditorialWorkflowItem';

interface Envelope<T> {
  data: T;
}

export interface DiffArgs {
  documentId: string;
  from: number;
  /** A snapshot's id, or 'draft' for the item as saved now. */
  to: number | 'draft';
}

const snapshotsPath = (documentId: string) => `${BASE}/items/${documentId}/snapshots`;

/**
 * The snapshots' endpoints in Strapi's admin store, beside the workflow's (services/api.ts). The
 * chain is fetched again after a transition (the item's tag); a diff against the draft also after a
 * save in the edit view (the content-manager's document tag). Every answer is fetched again when the
 * panel opens (`keepUnusedDataFor: 0`).
 */
const snapshotsApi = adminApi.enhanceEndpoints({ addTagTypes: [ITEM_TAG, 'Document'] }).injectEndpoints({
  overrideExisting: true,
  endpoints: (builder) => ({
    getItemSnapshots: builder.query<SnapshotEntry[], string>({
      query: (documentId) => snapshotsPath(documentId),
      transformResponse: (response: Envelope<SnapshotEntry[]>) => response.data,
      providesTags: (_result, _error, documentId) => [{ type: ITEM_TAG, id: documentId }],
      keepUnusedDataFor: 0,
    }),
    getSnapshotDiff: builder.query<SnapshotDiff, DiffArgs>({
      query: ({ documentId, from, to }) => ({ url: `${snapshotsPath(documentId)}/diff`, config: { params: { from, to } } }),
      transformResponse: (response: Envelope<SnapshotDiff>) => response.data,
      providesTags: (_result, _error, { documentId }) => [
        { type: ITEM_TAG, id: documentId },
        { type: 'Document' as const, id: `${ARTICLE_UID}_${documentId}` },
      ],
      keepUnusedDataFor: 0,
    }),
  }),
});

export const { useGetItemSnapshotsQuery, useGetSnapshotDiffQuery } = snapshotsApi;
