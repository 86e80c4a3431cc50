import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import { mediaRulesOf } from './media-config';
import { assertUploadable, type IncomingFile } from './upload-rules';
import { isProcessedImage, normaliseOriginal, thumbnailOf, webpDerivatives, type UploadFile } from './image-pipeline';
import { blankMp4Metadata } from './video-metadata';
import { hasIsoMetadataBoxes, storedTypeOf } from './phone-formats';
import { ffmpegOf } from './quicktime';
import { assertFilesChangeable } from './file-integrity';
import { assertMayChangeFiles } from './file-rights';
import { withReplacementDigest } from './file-digest';
import { subscribeFileLifecycles } from './file-lifecycles';
import { getService } from '../plugins/editorial-workflow/server/src/get-service';

/**
 * Puts the archive's rules into Strapi's upload plugin on every path. Both HTTP routes (admin
 * `POST /upload`, `/upload/files`, replace, upload from URLs; content API `POST /api/upload`) and
 * code end in the upload service's `upload` or `replace`, and every image goes through its
 * image-manipulation service: those two services are wrapped for the upload rules.
 *
 * The integrity rule of files used by items (file-integrity.ts) is checked where every path to a
 * change ends, before Strapi touches the stored bytes: the upload service's `replace`,
 * `updateFileInfo` (admin `PUT /upload/files/:id`, `POST /upload?id=` without a file, bulk update,
 * AI metadata; content API `POST /api/upload?id=`) and `remove` (admin `DELETE /upload/files/:id`,
 * content API `DELETE /api/upload/files/:id`), and the bulk deletes of files and folders, checked
 * whole before the first file goes (with the person's rights on each file, which Strapi's bulk
 * delete does not check: file-rights.ts). Database lifecycles (file-lifecycles.ts) hold it for code that
 * writes the rows directly, and record each stored file's digest.
 */
export function installUploadRules(strapi: Core.Strapi): void {
  const services = strapi.get('services');
  // libvips' operation cache (50 MB, 100 operations) keeps the last uploads' decoded pixels alive,
  // and no upload reads another's: off, a run of 20 photos peaked about 50 MB lower (bench/media).
  // Process-wide, so bench/media's vanilla side runs with it off too.
  sharp.cache(false);

  services.extend('plugin::upload.upload', (upload: UploadService) => ({
    ...upload,
    async upload(input: { data: unknown; files: IncomingFile | IncomingFile[] }, opts?: unknown) {
      if (!vanilla.getStore()) await checkAll(strapi, input.files);
      return upload.upload(input, opts);
    },
    async replace(id: unknown, input: { data: unknown; file: IncomingFile }, opts?: unknown) {
      await assertFilesChangeable(strapi, [Number(id)], 'replace');
      if (!vanilla.getStore()) await checkAll(strapi, input.file);
      return withReplacementDigest(input.file?.filepath, () => upload.replace(id, input, opts));
    },
    async updateFileInfo(id: unknown, info: FileInfo | undefined, opts?: unknown) {
      const current = (await upload.findOne(id)) as (FileInfo & { id: number }) | null;
      if (current && SHOWN_INFO.some((key) => info?.[key] !== undefined && info[key] !== null && info[key] !== current[key])) {
        await assertFilesChangeable(strapi, [current.id], 'edit');
      }
      return upload.updateFileInfo(id, info, opts);
    },
    async remove(file: { id: number }) {
      await assertFilesChangeable(strapi, [Number(file?.id)], 'delete');
      return upload.remove(file);
    },
  }));

  services.extend('plugin::upload.file', (fileService: FileService) => ({
    ...fileService,
    async deleteByIds(ids: unknown[] = []) {
      await assertMayChangeFiles(strapi, ids.map(Number));
      await assertFilesChangeable(strapi, ids.map(Number), 'delete');
      return fileService.deleteByIds(ids);
    },
  }));

  services.extend('plugin::upload.folder', (folderService: FolderService) => ({
    ...folderService,
    async deleteByIds(ids: unknown[] = []) {
      const files = await filesInFolders(strapi, ids);
      await assertMayChangeFiles(strapi, files);
      await assertFilesChangeable(strapi, files, 'delete');
      return folderService.deleteByIds(ids);
    },
  }));

  services.extend('plugin::upload.image-manipulation', (images: ImageManipulation) => {
    const ours = <A extends unknown[], R>(own: (...args: A) => Promise<R>, theirs: (...args: A) => Promise<R>) =>
      (...args: A): Promise<R> => (vanilla.getStore() ? theirs(...args) : own(...args));
    return {
      ...images,
      // Every accepted image is re-encoded (Strapi skips GIFs and keeps a re-encode that came out larger).
      isOptimizableImage: ours(isProcessedImage, images.isOptimizableImage),
      // The header was read by the upload rules; the full decode happens once, in normaliseOriginal.
      isFaultyImage: ours(async () => false, images.isFaultyImage),
      // The original, its thumbnail and its WebP copies are made together (image-pipeline.ts);
      // the two calls below pick up the copies already made.
      optimize: ours((file: UploadFile) => normaliseOriginal(file, mediaRulesOf(strapi)), images.optimize),
      generateThumbnail: ours((file: UploadFile) => thumbnailOf(file, mediaRulesOf(strapi)), images.generateThumbnail),
      generateResponsiveFormats: ours((file: UploadFile) => webpDerivatives(file, mediaRulesOf(strapi)), images.generateResponsiveFormats),
    };
  });

  subscribeFileLifecycles(strapi);
  // After the schema sync, before anything is served: approvals stored under the old hash.
  strapi.hook('strapi::content-types.afterSync').register(async () => {
    await getService(strapi, 'item-content').upgradeApprovedHashes();
  });
}

/** The metadata of a file that the website shows (alt text, caption) or the library names it by. */
const SHOWN_INFO = ['name', 'alternativeText', 'caption'] as const;
type FileInfo = Partial<Record<(typeof SHOWN_INFO)[number], string | null>> & Record<string, unknown>;

/** Every file in the folders (and their subfolders) a folder delete would remove, as Strapi selects them. */
async function filesInFolders(strapi: Core.Strapi, ids: unknown[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const folders: Array<{ path: string }> = await strapi.db.query('plugin::upload.folder').findMany({ where: { id: { $in: ids } }, select: ['path'] });
  if (folders.length === 0) return [];
  const files: Array<{ id: number }> = await strapi.db.query('plugin::upload.file').findMany({
    where: { $or: folders.flatMap(({ path }) => [{ folderPath: { $eq: path } }, { folderPath: { $startsWith: `${path}/` } }]) },
    select: ['id'],
  });
  return files.map((file) => file.id);
}

/** Every file of a request is checked before any is stored: one bad file refuses the whole upload. */
async function checkAll(strapi: Core.Strapi, files: IncomingFile | IncomingFile[]): Promise<void> {
  const rules = mediaRulesOf(strapi);
  const list = Array.isArray(files) ? files : [files];
  const checked = [];
  for (const file of list) checked.push({ file, ...(await assertUploadable(file, rules)) });
  const ffmpeg = ffmpegOf(strapi.config.get('plugin::upload.ffmpeg'));
  for (const { file, type } of checked) {
    const stored = await storedTypeOf(file, type, ffmpeg, rules.originalQuality);
    // What the bytes say is what gets stored as the file's type.
    file.detectedMimeType = stored.mime;
    file.mimetype = stored.mime;
    if (hasIsoMetadataBoxes(stored)) await blankMp4Metadata(file.filepath);
  }
}

type UploadService = {
  upload: (input: unknown, opts?: unknown) => Promise<unknown>;
  replace: (id: unknown, input: unknown, opts?: unknown) => Promise<unknown>;
  updateFileInfo: (id: unknown, info: unknown, opts?: unknown) => Promise<unknown>;
  remove: (file: unknown) => Promise<unknown>;
  findOne: (id: unknown) => Promise<unknown>;
  [key: string]: unknown;
};
type FileService = { deleteByIds: (ids: unknown[]) => Promise<unknown>; [key: string]: unknown };
type FolderService = { deleteByIds: (ids: unknown[]) => Promise<unknown>; [key: string]: unknown };
type ImageManipulation = {
  isOptimizableImage: (file: UploadFile) => Promise<boolean>;
  isFaultyImage: () => Promise<boolean>;
  optimize: (file: UploadFile) => Promise<UploadFile>;
  generateThumbnail: (file: UploadFile) => Promise<UploadFile | null>;
  generateResponsiveFormats: (file: UploadFile) => Promise<unknown[]>;
  [key: string]: unknown;
};

const vanilla = new AsyncLocalStorage<true>();

/**
 * Runs `work` with Strapi's upload exactly as it ships, for bench/media only: it compares our
 * rules with vanilla Strapi in one process. No setting or variable switches this on; it exists
 * only as this call, and refuses to run unless the benchmark asked for it.
 */
export function runWithVanillaUploadForBenchmark<T>(work: () => Promise<T>): Promise<T> {
  if (process.env.MEDIA_BENCHMARK !== 'vanilla-comparison' || process.env.NODE_ENV === 'production') {
    throw new Error('runWithVanillaUploadForBenchmark is for bench/media only.');
  }
  return vanilla.run(true, work);
}
