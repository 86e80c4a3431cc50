import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { mediaRulesOf } from './media-config';
import { assertUploadable, type IncomingFile } from './upload-rules';
import { isProcessedImage, normaliseOriginal, webpDerivatives, type UploadFile } from './image-pipeline';
import { blankMp4Metadata } from './video-metadata';

/**
 * Puts the archive's rules into Strapi's upload plugin on every path. Both HTTP routes (admin
 * `POST /upload`, `/upload/files`, replace, upload from URLs; content API `POST /api/upload`) and
 * code end in the upload service's `upload` or `replace`, and every image goes through its
 * image-manipulation service: those two services are wrapped, nothing else.
 */
export function installUploadRules(strapi: Core.Strapi): void {
  const services = strapi.get('services');

  services.extend('plugin::upload.upload', (upload: UploadService) => ({
    ...upload,
    async upload(input: { data: unknown; files: IncomingFile | IncomingFile[] }, opts?: unknown) {
      if (!vanilla.getStore()) await checkAll(strapi, input.files);
      return upload.upload(input, opts);
    },
    async replace(id: unknown, input: { data: unknown; file: IncomingFile }, opts?: unknown) {
      if (!vanilla.getStore()) await checkAll(strapi, input.file);
      return upload.replace(id, input, opts);
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
      optimize: ours((file: UploadFile) => normaliseOriginal(file, mediaRulesOf(strapi)), images.optimize),
      generateResponsiveFormats: ours((file: UploadFile) => webpDerivatives(file, mediaRulesOf(strapi)), images.generateResponsiveFormats),
    };
  });
}

/** Every file of a request is checked before any is stored: one bad file refuses the whole upload. */
async function checkAll(strapi: Core.Strapi, files: IncomingFile | IncomingFile[]): Promise<void> {
  const rules = mediaRulesOf(strapi);
  const list = Array.isArray(files) ? files : [files];
  const checked = [];
  for (const file of list) checked.push({ file, ...(await assertUploadable(file, rules)) });
  for (const { file, type } of checked) {
    // What the bytes say is what gets stored as the file's type.
    file.detectedMimeType = type.mime;
    file.mimetype = type.mime;
    if (type.format === 'mp4') await blankMp4Metadata(file.filepath);
  }
}

type UploadService = {
  upload: (input: unknown, opts?: unknown) => Promise<unknown>;
  replace: (id: unknown, input: unknown, opts?: unknown) => Promise<unknown>;
  [key: string]: unknown;
};
type ImageManipulation = {
  isOptimizableImage: (file: UploadFile) => Promise<boolean>;
  isFaultyImage: () => Promise<boolean>;
  optimize: (file: UploadFile) => Promise<UploadFile>;
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
