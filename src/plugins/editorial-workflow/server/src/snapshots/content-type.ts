import { ACTING_ROLES, ACTIONS, STATES } from '../../../shared/state-machine';
import { hidden } from '../content-types/hidden';

/**
 * One snapshot (phiên bản lưu trữ) per workflow transition: the content the transition acted on,
 * as the JSON text its hash was taken of, with the hash, the step, who took it and when. A snapshot
 * that put the item online also says who approved that content: the published ones are the legal
 * archive of what was online. Keyed by the item's documentId like the workflow's history (no
 * relation, so no populate of the public API or the content-manager reaches it); hidden from the
 * content-manager and the content-type builder; no content-API route. Append-only (guard.ts): when a
 * publication ended is read off the chain (the next unpublish or publication), never written back.
 */
export const itemSnapshotContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_item_snapshots',
    info: { singularName: 'item-snapshot', pluralName: 'item-snapshots', displayName: 'Phiên bản lưu trữ' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      itemDocumentId: { type: 'string', required: true },
      /** The item's workflow version after the transition: with the documentId, the history row it belongs to. */
      version: { type: 'integer', required: true },
      action: { type: 'enumeration', enum: [...ACTIONS, 'edit', 'schedule'], required: true },
      fromState: { type: 'enumeration', enum: [...STATES], required: true },
      toState: { type: 'enumeration', enum: [...STATES], required: true },
      role: { type: 'enumeration', enum: [...ACTING_ROLES, 'system'], required: true },
      /** Empty for the system (scheduled jobs). */
      actorId: { type: 'integer' },
      actorName: { type: 'string', required: true },
      actedAt: { type: 'datetime', required: true },
      /** `v3:` + SHA-256 of `content`: the hash the approval recorded (services/item-content.ts). */
      hash: { type: 'string', required: true },
      /** The editorial fields, as the exact JSON text that was hashed (title, slug, summary, body blocks, kind, byline, channels, topic and unit ids, cover and gallery facts). */
      content: { type: 'text', required: true },
      /** Set on the snapshot of a publication only: the start of its time online. */
      onlineFrom: { type: 'datetime' },
      /** Who approved the content that went online, and when (the approval of the same hash). */
      approvedById: { type: 'integer' },
      approvedByName: { type: 'string' },
      approvedAt: { type: 'datetime' },
    },
  },
};
