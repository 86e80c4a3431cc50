import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { objectStore, type ObjectStore } from '../../media/storage/object-store';
import { PRIVATE_PREFIX, PUBLIC_PREFIX } from '../../media/storage/object-keys';
import type { ObjectStorageConfig } from '../../media/storage/config';
import type { BackupManifest } from './checksums';

/** Both prefixes as they are: `public/` copies carry their own Cache-Control and are what readers fetch right after a restore. */
export const BACKED_UP_PREFIXES = [PRIVATE_PREFIX, PUBLIC_PREFIX];

/** The folder of a backup the objects go under: `objects/private/<name>`, `objects/public/<name>`. */
export const OBJECTS_DIR = 'objects';

export type BackedUpObject = NonNullable<BackupManifest['objects']>['files'][number];

/** Every key of the backed-up prefixes. */
export async function bucketKeys(store: ObjectStore): Promise<string[]> {
  const keys: string[] = [];
  for (const prefix of BACKED_UP_PREFIXES) for await (const { key } of store.list(prefix)) if (!key.endsWith('/')) keys.push(key); // folder markers hold nothing
  return keys;
}

/** A key is written as a path under the backup: nothing may climb out of `objects/`. */
function fileOfKey(dir: string, key: string): string {
  const parts = key.split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..')) throw new Error(`đối tượng có tên không dùng được làm đường dẫn: ${JSON.stringify(key)}`);
  return path.join(dir, OBJECTS_DIR, ...parts);
}

/** Streams `key` into its file of the backup, hashing on the way; never the whole object in memory. */
async function download(store: ObjectStore, dir: string, key: string): Promise<BackedUpObject> {
  const to = fileOfKey(dir, key);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  const { body, contentType, cacheControl } = await store.get(key);
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(body, tap, fs.createWriteStream(to));
  return { key, bytes, sha256: hash.digest('hex'), ...(contentType ? { contentType } : {}), ...(cacheControl ? { cacheControl } : {}) };
}

/**
 * Copies every object under `private/` and `public/` into `<dir>/objects/`, with its SHA-256 and
 * the headers it is served with. A few at a time: the bucket is usually across a network.
 */
export async function backupObjects(config: ObjectStorageConfig, dir: string, log: (line: string) => void): Promise<NonNullable<BackupManifest['objects']>> {
  const store = objectStore(config);
  try {
    const keys = (await bucketKeys(store)).sort();
    log(`Sao lưu ${keys.length} đối tượng của bucket "${config.bucket}" (${BACKED_UP_PREFIXES.join(', ')})…`);
    const files: BackedUpObject[] = new Array(keys.length);
    let done = 0;
    let lastReport = Date.now();
    let next = 0;
    const worker = async () => {
      while (next < keys.length) {
        const i = next++;
        files[i] = await download(store, dir, keys[i]);
        done += 1;
        if (Date.now() - lastReport > 5000) {
          lastReport = Date.now();
          log(`  ${done}/${keys.length} đối tượng`);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(8, keys.length) }, worker));
    return { bucket: config.bucket, files, bytes: files.reduce((sum, file) => sum + file.bytes, 0) };
  } finally {
    store.destroy();
  }
}

/** The objects of the backup still in the bucket's way: what a restore into a non-empty bucket would mix with. */
export async function objectsPresent(config: ObjectStorageConfig): Promise<string[]> {
  const store = objectStore(config);
  try {
    return await bucketKeys(store);
  } finally {
    store.destroy();
  }
}

/** Removes every object of the backed-up prefixes (restore --force). */
export async function wipeObjects(config: ObjectStorageConfig, keys: string[]): Promise<void> {
  const store = objectStore(config);
  try {
    await store.deleteKeys(keys);
  } finally {
    store.destroy();
  }
}

/** Uploads the backup's objects back with their Content-Type and Cache-Control, a few at a time. */
export async function restoreObjects(config: ObjectStorageConfig, dir: string, files: BackedUpObject[], log: (line: string) => void): Promise<void> {
  const store = objectStore(config);
  try {
    let next = 0;
    let done = 0;
    let lastReport = Date.now();
    const worker = async () => {
      while (next < files.length) {
        const file = files[next++];
        await store.put(file.key, { file: fileOfKey(dir, file.key) }, { contentType: file.contentType, cacheControl: file.cacheControl });
        done += 1;
        if (Date.now() - lastReport > 5000) {
          lastReport = Date.now();
          log(`  ${done}/${files.length} đối tượng`);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(8, files.length) }, worker));
  } finally {
    store.destroy();
  }
}

/** The path of an object inside the backup folder, relative (for the checksums). */
export const objectRel = (key: string) => path.join(OBJECTS_DIR, ...key.split('/'));
