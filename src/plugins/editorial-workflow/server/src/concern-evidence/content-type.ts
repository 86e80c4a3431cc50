import { hidden } from '../content-types/hidden';

/**
 * A screenshot attached to a concern as evidence: a file of the media library, kept private (no
 * published item or public asset uses it). Keyed by ids as the desk's own tables are; `pairKey`
 * (`concernId/fileId`) is unique, so attaching a file twice at once keeps one row; `slotKey`
 * (`concernId#n`, n from 1 to the limit) is unique too, so two attachments at once cannot both take
 * the last places. Append-only: there is no route that removes one (the slots stay contiguous).
 * Reachable only through the plugin's services.
 */
export const concernScreenshotContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_concern_screenshots',
    info: { singularName: 'concern-screenshot', pluralName: 'concern-screenshots', displayName: 'Ảnh chụp màn hình của vấn đề dư luận' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      concernId: { type: 'integer', required: true },
      fileId: { type: 'integer', required: true },
      pairKey: { type: 'string', required: true, column: { unique: true } },
      slotKey: { type: 'string', required: true, column: { unique: true } },
      addedById: { type: 'integer' },
      addedByName: { type: 'string', required: true },
    },
  },
};

/** The row of the `slot`-th screenshot (from 1), its unique keys included (the service and the demo seed write the same). */
export const screenshotRowOf = (concernId: number, fileId: number, slot: number, by: { id: number; name: string }) => ({
  concernId,
  fileId,
  pairKey: `${concernId}/${fileId}`,
  slotKey: `${concernId}#${slot}`,
  addedById: by.id || null,
  addedByName: by.name,
});
