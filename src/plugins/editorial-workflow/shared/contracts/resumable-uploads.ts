/**
 * Resumable uploads (issue 20, item 2): the tus protocol (https://tus.io/protocols/resumable-upload)
 * at `/editorial-workflow/uploads/tus`, for the phone app ("Gửi tin") and any tus client. What both
 * sides read: the paths, the metadata a creation carries, the headers of the final answer, and the
 * shape of the look-up a client makes when it lost that answer.
 */

/** Creation: `POST` with `Upload-Length` and `Upload-Metadata`; then `HEAD` and `PATCH` on `Location`. */
export const RESUMABLE_UPLOADS_PATH = '/editorial-workflow/uploads/tus';

/** The `Upload-Metadata` keys the server reads (base64 values, as tus encodes them). */
export const RESUMABLE_METADATA = { filename: 'filename', filetype: 'filetype' } as const;

/** Headers of the answer to the last `PATCH`, once the file is in the media library. */
export const MEDIA_FILE_ID_HEADER = 'X-Media-File-Id';
export const MEDIA_FILE_URL_HEADER = 'X-Media-File-Url';

/** `GET /editorial-workflow/uploads/tus/:uploadId/file`: the media file a finished upload became. */
export interface ResumableUploadFile {
  id: number;
  url: string;
  mime: string;
}

/** Who may upload resumably: whoever may upload to the media library (Strapi's own permission). */
export const UPLOAD_CREATE_ACTION = 'plugin::upload.assets.create';

/** An upload no byte reached for this long is abandoned, and removed. */
export const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;
