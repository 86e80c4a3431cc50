import fs from 'node:fs';
import type { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { ObjectStorageConfig } from './config';
import { privateKey, publicKey } from './object-keys';

/** What one upload hands over: the bytes in one of the three forms Strapi and the image pipeline use. */
export interface ObjectBody {
  buffer?: Buffer;
  filepath?: string;
  /** What Strapi opened from getStream() before calling uploadStream/replaceStream. */
  stream?: Readable;
  getStream?: () => Readable;
  mime?: string;
}

/**
 * The bucket, in the words of the media archive. Used by the upload provider, the public copies,
 * the file gate and, for backups and integrity checks, by anything that needs to list or read
 * what is stored.
 */
export interface ObjectStore {
  readonly config: ObjectStorageConfig;
  /** Stores the bytes of `/uploads/<name>` under `private/<name>`. */
  putPrivate(name: string, body: ObjectBody): Promise<void>;
  /** Removes `<name>` from both prefixes. */
  remove(names: string[]): Promise<void>;
  /** Copies `private/<name>` to `public/<name>` (server-side), with the Cache-Control public readers get. */
  publish(name: string, cacheControl: string): Promise<void>;
  /** Removes `public/<name>`. */
  unpublish(name: string): Promise<void>;
  /** A GET URL of `private/<name>` that works for `seconds` and needs no credentials. */
  presignedGet(name: string, seconds: number): Promise<string>;
  /** The anonymous address of `public/<name>`. */
  publicUrl(name: string): string;
  exists(key: string): Promise<boolean>;
  /** Every key under `prefix`, page by page. */
  list(prefix: string): AsyncGenerator<{ key: string; size: number }>;
  read(key: string): Promise<Readable>;
  /** The bytes of `key` with the headers it is served with (for a backup). */
  get(key: string): Promise<{ body: Readable; contentType?: string; cacheControl?: string }>;
  /** Writes `key` as is, headers included (for a restore). */
  put(key: string, body: { file: string }, headers: { contentType?: string; cacheControl?: string }): Promise<void>;
  /** Removes these keys, whatever their prefix. */
  deleteKeys(keys: string[]): Promise<void>;
  /** Whether the bucket answers with these credentials (for a readiness check). */
  ping(): Promise<void>;
  destroy(): void;
}

/** What a presigned GET of a private object answers with: never kept by a browser or a proxy. */
const CACHE_PRIVATE = 'private, no-store';

export function objectStore(config: ObjectStorageConfig): ObjectStore {
  const client = new S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    forcePathStyle: config.forcePathStyle,
    // The SDK's default since 2025 streams bodies as `aws-chunked` with a trailing checksum, which
    // many S3-compatible servers (older MinIO, Ceph, s3rver) store as is: checksums only where required.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
  });
  const Bucket = config.bucket;

  async function bodyOf(body: ObjectBody): Promise<{ Body: Buffer | Readable; ContentLength: number }> {
    if (body.buffer) return { Body: body.buffer, ContentLength: body.buffer.length };
    if (body.filepath && fs.existsSync(body.filepath)) {
      // The file on disk gives the length a single signed PUT needs; the stream Strapi opened on it is not used.
      body.stream?.destroy();
      const { size } = await fs.promises.stat(body.filepath);
      return { Body: fs.createReadStream(body.filepath), ContentLength: size };
    }
    const source = body.stream ?? body.getStream?.();
    if (!source) throw new Error('object storage: a file without bytes');
    // A stream of unknown length cannot be signed for a single PUT: read it (the size limit bounds it).
    const chunks: Buffer[] = [];
    for await (const chunk of source) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    const buffer = Buffer.concat(chunks);
    return { Body: buffer, ContentLength: buffer.length };
  }

  async function deleteKeys(keys: string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += 1000) {
      await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: keys.slice(i, i + 1000).map((Key) => ({ Key })), Quiet: true } }));
    }
  }

  return {
    config,

    async putPrivate(name, body) {
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: privateKey(name),
          ...(await bodyOf(body)),
          ContentType: body.mime || 'application/octet-stream',
        })
      );
    },

    async remove(names) {
      await deleteKeys(names.flatMap((name) => [privateKey(name), publicKey(name)]));
    },

    deleteKeys,

    async publish(name, cacheControl) {
      const source = await client.send(new HeadObjectCommand({ Bucket, Key: privateKey(name) }));
      await client.send(
        new CopyObjectCommand({
          Bucket,
          Key: publicKey(name),
          CopySource: `${Bucket}/${encodeURIComponent(privateKey(name)).replace(/%2F/g, '/')}`,
          MetadataDirective: 'REPLACE',
          ContentType: source.ContentType,
          CacheControl: cacheControl,
        })
      );
    },

    async unpublish(name) {
      await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: [{ Key: publicKey(name) }], Quiet: true } }));
    },

    presignedGet(name, seconds) {
      return getSignedUrl(client, new GetObjectCommand({ Bucket, Key: privateKey(name), ResponseCacheControl: CACHE_PRIVATE }), {
        expiresIn: Math.max(1, Math.floor(seconds)),
      });
    },

    publicUrl(name) {
      return `${config.publicUrl}/${publicKey(name)}`;
    },

    async exists(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return true;
      } catch (error) {
        const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        if (status === 404) return false;
        throw error;
      }
    },

    async *list(prefix) {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }));
        for (const item of page.Contents ?? []) if (item.Key) yield { key: item.Key, size: item.Size ?? 0 };
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },

    async read(key) {
      const answer = await client.send(new GetObjectCommand({ Bucket, Key: key }));
      return answer.Body as Readable;
    },

    async get(key) {
      const answer = await client.send(new GetObjectCommand({ Bucket, Key: key }));
      return { body: answer.Body as Readable, contentType: answer.ContentType, cacheControl: answer.CacheControl };
    },

    async put(key, { file }, { contentType, cacheControl }) {
      const { size } = await fs.promises.stat(file);
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: key,
          Body: fs.createReadStream(file),
          ContentLength: size,
          ContentType: contentType || 'application/octet-stream',
          ...(cacheControl ? { CacheControl: cacheControl } : {}),
        })
      );
    },

    async ping() {
      await client.send(new HeadBucketCommand({ Bucket }));
    },

    destroy() {
      client.destroy();
    },
  };
}
