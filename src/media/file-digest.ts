import crypto from 'node:crypto';
import fs from 'node:fs';
import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The bytes of a stored file as Strapi hands them to the database write that records it: the
 * processed original's stream, or its buffer.
 */
type StoredFileData = {
  getStream?: () => NodeJS.ReadableStream;
  buffer?: Buffer;
  provider_metadata?: Record<string, unknown> | null;
};

/**
 * A replace removes its working files before it writes the row, so the digest of its bytes is taken
 * from the file received, while the replace runs, and handed to the row's write from here.
 */
const replacing = new AsyncLocalStorage<{ digest: string }>();

/** Runs a replace with the digest of the bytes it received, for recordContentDigest. */
export async function withReplacementDigest<T>(filepath: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!filepath) return work();
  const digest = await digestOf(fs.createReadStream(filepath));
  return replacing.run({ digest }, work);
}

/**
 * Writes the SHA-256 of the file's bytes into `provider_metadata.contentSha256` of the row being
 * created or replaced. Strapi's `hash` is a name (kept on replace, so the address does not move),
 * not a digest: this is what tells an item's approval hash that a picture changed.
 */
export async function recordContentDigest(data: StoredFileData | undefined, { replace }: { replace: boolean }): Promise<void> {
  if (!data) return;
  let digest: string | undefined;
  if (replace) digest = replacing.getStore()?.digest;
  else if (Buffer.isBuffer(data.buffer)) digest = crypto.createHash('sha256').update(data.buffer).digest('hex');
  else if (typeof data.getStream === 'function') digest = await digestOf(data.getStream());
  if (!digest) return;
  data.provider_metadata = { ...(data.provider_metadata ?? {}), contentSha256: digest };
}

async function digestOf(stream: NodeJS.ReadableStream): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
