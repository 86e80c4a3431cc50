import path from 'node:path';

/** Where the local upload provider puts files, as URL paths: `/uploads/<hash><ext>`. */
export const UPLOADS_PREFIX = '/uploads/';

/**
 * The upload file a request path names, the way the static servers will resolve it, or null when
 * the path is outside `/uploads/`. Strapi's two static servers (the upload route and the public
 * folder) decode percent-escapes and collapse `.`, `..` and doubled slashes before they read the
 * disk, and the router ignores case: `/%75ploads/x`, `//uploads/x` and `/UPLOADS/x` all name (or
 * may name, on a case-insensitive disk) the same file. So every variant is recognised here, and
 * `canonical` says whether the request used the one spelling links carry.
 */
export function uploadPathOf(requestPath: string): { path: string; canonical: boolean } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    // A broken escape: the static servers refuse it too, but it is still not ours to pass on.
    return requestPath.toLowerCase().includes('uploads') ? { path: requestPath, canonical: false } : null;
  }
  const normalised = path.posix.normalize(`/${decoded.replace(/\\/g, '/')}`).replace(/^\/+/, '/');
  if (!normalised.toLowerCase().startsWith(UPLOADS_PREFIX)) return null;
  const canonicalPath = UPLOADS_PREFIX + normalised.slice(UPLOADS_PREFIX.length);
  return { path: canonicalPath, canonical: canonicalPath === requestPath && !decoded.includes('\0') };
}

/** The path of an upload URL as stored (`/uploads/x.jpg`, possibly with a query), or null for anything else. */
export function storedUploadPath(url: unknown): string | null {
  if (typeof url !== 'string' || !url.startsWith(UPLOADS_PREFIX)) return null;
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}
