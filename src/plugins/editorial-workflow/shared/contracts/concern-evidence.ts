/**
 * Screenshots kept as evidence of a concern (issue 15, ảnh chụp màn hình): files of the media library,
 * private like every upload (only files shown by a published item or a public media asset are
 * public), attached to a concern by those who work on it or by its filing unit. Append-only: each
 * with who attached it and when. Internal: never in the public API. The shapes of
 * `/editorial-workflow/concerns/:id/screenshots`.
 */

/** What a screenshot may be: an image, or a PDF (a printed page of a forum thread). */
export const SCREENSHOT_MIMES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf'] as const;
/** The file input's `accept`, from the same list. */
export const SCREENSHOT_ACCEPT = SCREENSHOT_MIMES.join(',');

export const SCREENSHOT_LIMITS = {
  /** Screenshots a concern keeps at most. */
  perConcern: 10,
} as const;

export interface ConcernScreenshot {
  id: number;
  /** The file's name as uploaded. */
  name: string;
  mime: string;
  /** The file's `/uploads/...` URL: private; signed for admins by the server on the way out. */
  url: string;
  /** Its thumbnail's URL when the media library made one (images), else null. */
  thumbnailUrl: string | null;
  addedBy: string;
  addedAt: string;
}

export interface ConcernScreenshots {
  screenshots: ConcernScreenshot[];
  /** The caller may attach screenshots (those who work on the concern, the filing unit's members). */
  canAdd: boolean;
  /** How many more the concern may take. */
  remaining: number;
}

/** `POST /concerns/:id/screenshots`: files the caller uploaded to the media library. */
export interface AttachScreenshotsBody {
  fileIds: number[];
}
