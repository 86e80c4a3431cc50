import path from 'node:path';
import { AsyncLocalStorage } from 'node:async_hooks';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { Server } from '@tus/server';
import { FileStore } from '@tus/file-store';
import { mediaRulesOf } from '../../../../../media/media-config';
import {
  ABANDONED_AFTER_MS,
  MEDIA_FILE_ID_HEADER,
  MEDIA_FILE_URL_HEADER,
  RESUMABLE_METADATA,
  RESUMABLE_UPLOADS_PATH,
  type ResumableUploadFile,
} from '../../../shared/contracts/resumable-uploads';
import { JOB_RUN, UPLOAD_FILE } from '../../../shared/uids';
import { countedJob } from '../metrics';
import { isUniqueViolation } from '../utils/unique-violation';
import { REFUSALS, forbidden, inVietnamese, notFound, tusRefusal } from './refusals';

/** The fields of a tus upload this service reads. */
interface TusUpload {
  id: string;
  size?: number;
  offset: number;
  metadata?: Record<string, string | null>;
}
type AdminUser = { id: number; [key: string]: unknown };
type Ctx = { req: import('node:http').IncomingMessage; res: import('node:http').ServerResponse; respond?: boolean; status: number };

/** Who started an upload: kept in its metadata under a key the client's own metadata cannot set. */
const OWNER = 'ew-owner';
/** Beside a finished upload, for a client that lost the final answer: which media file it became. */
const FINISHED = '.media';
const JOB = 'resumable-uploads-sweep';

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * Resumable uploads (issue 20, item 2): the tus server of `@tus/server`, with its bytes in a folder
 * every process shares (MEDIA_RESUMABLE_DIR). Created only by a signed-in person allowed to upload
 * to the media library, resumed only by that person. The last chunk turns the upload into a media
 * file through Strapi's upload service, the very call behind `POST /upload`, so the archive's rules
 * (src/media/upload-hooks.ts: signature, HEIC and MOV, stripping, derivatives, digests) apply as
 * they do to any other upload; whatever they refuse is removed, with the refusal as the answer.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The person whose request the tus server is handling: its hooks get only the request. */
  const requester = new AsyncLocalStorage<AdminUser>();
  let tus: Server | undefined;
  let store: FileStore | undefined;

  const directory = () => path.resolve(strapi.dirs.app.root, String(strapi.config.get('plugin::upload.resumableDir', '.tmp/resumable-uploads')));
  const datastore = () => (store ??= new FileStore({ directory: directory() }));
  const server = () =>
    (tus ??= new Server({
      path: RESUMABLE_UPLOADS_PATH,
      datastore: datastore(),
      relativeLocation: true,
      maxSize: () => mediaRulesOf(strapi).maxFileBytes,
      onUploadCreate: async (_req, res, upload) => ({ res, metadata: { ...upload.metadata, [OWNER]: String(requester.getStore()!.id) } }),
      onUploadFinish: async (_req, res, upload) => ({ res, ...(await finish(upload)) }),
      onResponseError: async (req, _res, error) => {
        // A chunk the library found too long (no Content-Length to check first): nothing of it stays.
        if ('status_code' in error && error.status_code === 413) await remove(path.basename(new URL(req.url ?? '/', 'http://localhost').pathname));
        return 'status_code' in error ? inVietnamese(error) : tusRefusal(500, REFUSALS.server, 'ApplicationError');
      },
    }));

  /** Every file of one upload: its bytes, the library's `.json`, our `.media` record. */
  async function remove(id: string): Promise<void> {
    await Promise.all(['', '.json', FINISHED].map((suffix) => rm(path.join(directory(), `${id}${suffix}`), { force: true })));
  }

  async function finish(upload: TusUpload) {
    const user = requester.getStore()!;
    const filepath = path.join(directory(), upload.id);
    try {
      const size = (await stat(filepath)).size;
      if (size !== upload.size) throw tusRefusal(400, REFUSALS.sizeMismatch);
      const file = {
        filepath,
        originalFilename: upload.metadata?.[RESUMABLE_METADATA.filename] || upload.id,
        mimetype: upload.metadata?.[RESUMABLE_METADATA.filetype] ?? null,
        size,
      };
      const [stored] = (await strapi.plugin('upload').service('upload').upload({ data: { fileInfo: {} }, files: file }, { user })) as StoredFile[];
      const answer = await answerOf(stored);
      await rm(filepath, { force: true });
      await rm(`${filepath}.json`, { force: true });
      await writeFile(`${filepath}${FINISHED}`, JSON.stringify({ owner: user.id, fileId: stored.id }));
      return { headers: { [MEDIA_FILE_ID_HEADER]: String(answer.id), [MEDIA_FILE_URL_HEADER]: answer.url } };
    } catch (error) {
      await remove(upload.id);
      if (error instanceof errors.ApplicationError) throw tusRefusal(400, error.message, error.name);
      throw error;
    }
  }

  type StoredFile = { id: number; url: string; mime: string };
  async function answerOf(file: StoredFile): Promise<ResumableUploadFile> {
    // The admin's URL of a file that is not public is signed (src/media/file-access), as `POST /upload` answers it.
    const signed = (await strapi.plugin('upload').service('file').signFileUrls(file)) as StoredFile;
    return { id: file.id, url: signed.url, mime: file.mime };
  }

  return {
    /** Hands the request to the tus server, as the person it is authenticated as. */
    async handle(ctx: Ctx, user: AdminUser): Promise<void> {
      ctx.respond = false;
      // The tus server writes every status but HEAD's (it only ends the response): 200 is HEAD's, and
      // an explicit status keeps Strapi's error middleware from answering the route as unmatched (404).
      ctx.status = 200;
      await requester.run(user, () => server().handle(ctx.req, ctx.res));
    },

    /** Refuses a creation before a byte is stored: a length is required, within the archive's limit. */
    assertCreation(length: string | undefined, deferred: string | undefined): void {
      if (!length || deferred) throw new errors.ValidationError(REFUSALS.noLength);
      if (!/^\d{1,16}$/.test(length) || Number(length) === 0) throw new errors.ValidationError(REFUSALS.badLength);
      const max = mediaRulesOf(strapi).maxFileBytes;
      if (Number(length) > max) throw new errors.PayloadTooLargeError(REFUSALS.tooLarge(mb(Number(length)), mb(max)));
    },

    /** The upload, when it exists and the person started it (403 otherwise: resuming is theirs alone). */
    async ownedUpload(id: string, userId: number): Promise<TusUpload> {
      const upload = (await datastore()
        .getUpload(id)
        .catch(() => null)) as TusUpload | null;
      if (!upload) throw notFound();
      if (upload.metadata?.[OWNER] !== String(userId)) throw forbidden();
      // More bytes stored than declared did not come through the protocol (a second writer, a disk fault): it cannot finish right.
      if (upload.size !== undefined && upload.offset > upload.size) {
        await remove(id);
        throw new errors.ValidationError(REFUSALS.sizeMismatch);
      }
      return upload;
    },

    /**
     * A chunk that would go beyond the declared length ends the upload: it is removed, nothing kept.
     * Measured from the offset the client sends: the stored one may still grow while an interrupted
     * request's last bytes are written, and a client resuming from an older offset gets tus' 409.
     */
    async assertChunkFits(upload: TusUpload, offset: string | undefined, contentLength: string | undefined): Promise<void> {
      const [from, length] = [Number(offset), Number(contentLength)];
      if (!contentLength || !Number.isFinite(length) || !Number.isFinite(from) || upload.size === undefined) return;
      if (from + length > upload.size) {
        await remove(upload.id);
        throw new errors.PayloadTooLargeError(REFUSALS.beyondLength);
      }
    },

    /** The media file a finished upload became, for the person who uploaded it. */
    async mediaFileOf(id: string, userId: number): Promise<ResumableUploadFile> {
      const record = await readFile(path.join(directory(), `${id}${FINISHED}`), 'utf8').catch(() => null);
      if (!record) throw notFound();
      const { owner, fileId } = JSON.parse(record) as { owner: number; fileId: number };
      if (owner !== userId) throw forbidden();
      const file = (await strapi.db.query(UPLOAD_FILE).findOne({ where: { id: fileId }, select: ['id', 'url', 'mime'] })) as StoredFile | null;
      if (!file) throw notFound();
      return answerOf(file);
    },

    /**
     * Removes every upload, finished record included, no byte has reached for a day. Once an hour
     * across processes (a job-run row per hour: the first process to write it sweeps).
     */
    async sweepAbandoned(now = new Date()): Promise<{ skipped: boolean; removed: number }> {
      const runKey = `${JOB}:${now.toISOString().slice(0, 13)}`;
      return countedJob(
        JOB,
        async () => {
          try {
            await strapi.db.query(JOB_RUN).create({ data: { runKey, job: JOB, startedAt: now } });
          } catch (error) {
            if (isUniqueViolation(error)) return { skipped: true, removed: 0 };
            throw error;
          }
          const lastActivity = new Map<string, number>();
          for (const name of await readdir(directory()).catch(() => [] as string[])) {
            const at = await stat(path.join(directory(), name)).then((s) => s.mtimeMs, () => 0);
            const id = name.split('.')[0];
            lastActivity.set(id, Math.max(lastActivity.get(id) ?? 0, at));
          }
          const abandoned = [...lastActivity].filter(([, at]) => now.getTime() - at > ABANDONED_AFTER_MS).map(([id]) => id);
          for (const id of abandoned) await remove(id);
          await strapi.db.query(JOB_RUN).update({ where: { runKey }, data: { finishedAt: new Date() } });
          return { skipped: false, removed: abandoned.length };
        },
        (run) => run.skipped
      );
    },
  };
};
