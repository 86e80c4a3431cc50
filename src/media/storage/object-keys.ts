import { UPLOADS_PREFIX } from '../file-access/upload-path';

/**
 * One bucket, two prefixes. Every upload is written under `private/`, which only signed requests
 * reach. A file the public may see (file-access/public-files.ts says which) is copied under
 * `public/`, the one prefix the bucket lets anonymous readers fetch; it is removed from there when
 * the file stops being public. Object ACLs are not used: new AWS buckets refuse them and MinIO
 * ignores them, while a read grant on a prefix works on both.
 *
 * The stored URL stays `/uploads/<name>` as on the local disk, so item bodies, approval hashes and
 * the public-path table do not depend on where the bytes are.
 */
export const PRIVATE_PREFIX = 'private/';
export const PUBLIC_PREFIX = 'public/';

/** `/uploads/<name>` → `<name>`, or null for anything that is not a plain upload path. */
export function objectNameOf(uploadPath: string): string | null {
  if (!uploadPath.startsWith(UPLOADS_PREFIX)) return null;
  const name = uploadPath.slice(UPLOADS_PREFIX.length);
  return name && !name.includes('/') && !name.includes('..') ? name : null;
}

export const privateKey = (name: string) => PRIVATE_PREFIX + name;
export const publicKey = (name: string) => PUBLIC_PREFIX + name;
export const uploadPathOfName = (name: string) => UPLOADS_PREFIX + name;
