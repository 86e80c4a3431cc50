/**
 * Preview links (xem trước): a signed, short-lived address at which someone without an admin
 * account (a leader, on a phone) reads an item's draft as the department website would show it.
 * Nothing is stored: the link carries the item, its workflow version and its expiry, signed by the
 * server; a new transition of the item makes it stale.
 */

/** The answer of `POST /editorial-workflow/items/:documentId/preview-link` (under `data`). */
export interface PreviewLink {
  /** `PUBLIC_URL/preview/<token>`: open it in a browser, no login. */
  url: string;
  /** When the link stops working (ISO 8601, UTC; screens show it in Vietnam time). */
  expiresAt: string;
}

/** The public page's path prefix, outside the REST API (`/api`), so no API client ever lists it. */
export const PREVIEW_PATH_PREFIX = '/preview/';
