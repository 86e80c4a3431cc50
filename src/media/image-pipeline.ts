import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { MediaRules } from './media-config';
import { refuseFile } from './upload-rules';
import { stripJpegFile, stripJpegMetadata } from './jpeg-metadata-strip';
import { inLanes } from './in-lanes';

/**
 * What the archive does to every image, with sharp: turn it upright, drop every metadata block
 * (EXIF with its GPS position, XMP, IPTC: sharp writes none unless asked), cap its longest side,
 * and make Strapi's thumbnail and WebP copies at three widths for the website. Each function takes
 * and returns the file objects of Strapi's upload service, so they slot into its
 * image-manipulation service.
 *
 * Speed (issue 20): every output of a photo is made in one go, when Strapi asks for the optimised
 * original, at once in sharp's thread pool: the original (an upright JPEG keeps its compressed
 * picture and loses its metadata blocks, without a decode; anything else is decoded at full size,
 * in strips when no rotation is needed), and the copies, all made from one decode shrunk on load
 * (libjpeg scales by 1/2, 1/4 or 1/8 while decoding) to the widest copy. Strapi's later calls for
 * the thumbnail and the formats only pick up the files already made. Before, each output decoded
 * the re-encoded original again, one after the other.
 */
/** The fields of an upload-service file these steps read and write. */
export interface UploadFile {
  name: string;
  hash: string;
  ext?: string;
  mime?: string;
  filepath?: string;
  path?: string | null;
  tmpWorkingDirectory?: string;
  width?: number | null;
  height?: number | null;
  size?: number;
  sizeInBytes?: number;
  getStream: () => NodeJS.ReadableStream;
  [key: string]: unknown;
}

export interface Derivative {
  key: string;
  file: UploadFile;
}

export const PROCESSED_FORMATS = ['jpeg', 'png', 'webp', 'gif'] as const;
type ProcessedFormat = (typeof PROCESSED_FORMATS)[number];

const kilobytes = (bytes: number) => Math.round((bytes / 1000) * 100) / 100;

function workPath(file: UploadFile, name: string): string {
  return path.join(file.tmpWorkingDirectory ?? os.tmpdir(), name);
}

/**
 * Where the bytes of an image are. Strapi's provider deletes `filepath` once it has stored a file,
 * and it stores the original while the derivatives are being made, so the processed original also
 * keeps its path under a key of ours; anything else is read through its stream.
 */
const SOURCE = Symbol('media archive source path');

async function sourceOf(file: UploadFile): Promise<string | Buffer> {
  const kept = (file as { [SOURCE]?: string })[SOURCE];
  if (file.filepath ?? kept) return (file.filepath ?? kept) as string;
  const chunks: Buffer[] = [];
  for await (const chunk of file.getStream()) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * limitInputPixels: libvips refuses an oversized image itself, whatever path reached this.
 * sequentialRead (top to bottom, a strip at a time) keeps memory low when no rotation is needed.
 */
function openImage(source: string | Buffer, rules: MediaRules, options: { animated: boolean; sequential: boolean }): sharp.Sharp {
  return sharp(source, {
    limitInputPixels: rules.maxImagePixels,
    animated: options.animated,
    sequentialRead: options.sequential,
    failOn: 'error',
  });
}

/**
 * No second Huffman pass for the original JPEG: the pixels and the quality are the same, the file
 * about 4 % larger (bench/media's photos: 5,174 KB against 4,988 KB), and the encode, the dearest
 * step of an upload, costs a quarter to a fifth of the CPU (61–91 ms against 231–447 ms a photo).
 */
const JPEG_OPTIMISE_CODING = false;

/**
 * WebP effort 1 of 6 (Strapi's sharp default is 4): the 1920 px copy is the longest encode of an
 * upload, on its critical path. On bench/media's photos, effort 1 against 2: 179 against 210 ms for
 * that copy, and its file 1,034 KB against 1,067 KB (no larger); effort 4 took 462 ms.
 */
const WEBP_EFFORT = 1;

/** Sharp throws on truncated or oversized input: that is the sender's file, so a 400. */
async function asUploadError<T>(file: UploadFile, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Error && error.name === 'ValidationError') throw error;
    strapi.log.warn(`media: ${file.name} could not be processed: ${error instanceof Error ? error.stack : String(error)}`);
    const reason =
      error instanceof Error && /pixel limit/i.test(error.message) ? 'ảnh vượt giới hạn số điểm ảnh' : 'tệp ảnh bị hỏng';
    throw refuseFile(file.name, `Không xử lý được ảnh: ${reason} (the image cannot be processed).`);
  }
}

/** The outputs made in one go with the original, waiting for Strapi to ask for them. */
const RENDERS = Symbol('media archive renders');

interface Rendered {
  filepath: string;
  info: sharp.OutputInfo;
}

interface Renders {
  thumbnail: Rendered | null;
  webp: Array<{ key: string; rendered: Rendered }>;
}

type WithRenders = UploadFile & { [RENDERS]?: Promise<Renders> };

/** Strapi's thumbnail, as its image-manipulation service makes it: at most 245×156, the original's format. */
const THUMBNAIL = { width: 245, height: 156 };
const WEBP_KEYS = ['small', 'medium', 'large'];

/** Width and height once turned upright (EXIF orientations 5 to 8 swap them) and capped. */
function uprightSize(meta: sharp.Metadata, rules: MediaRules): { width: number; height: number } {
  const swap = (meta.orientation ?? 1) >= 5;
  const width = (swap ? meta.pageHeight ?? meta.height : meta.width) ?? 0;
  const height = (swap ? meta.width : meta.pageHeight ?? meta.height) ?? 0;
  const scale = Math.min(1, rules.maxImageSide / Math.max(width, height, 1));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

const toFile = async (pipeline: sharp.Sharp, filepath: string): Promise<Rendered> => ({ filepath, info: await pipeline.toFile(filepath) });

/**
 * The thumbnail and the WebP copies, from one decode: the photo is read once, already shrunk to
 * the widest copy (JPEG and WebP shrink on load), turned upright (the EXIF orientation is applied
 * before it is dropped) and held as raw pixels; every copy is made from those pixels, two at a
 * time in sharp's thread pool, the widest first (the longest encode). A WebP width the image does not
 * reach is skipped: the website's srcset never needs an enlarged copy. The WebP copies are the first frame of an
 * animation; the thumbnail keeps the animation, as Strapi's does.
 */
async function renderCopies(file: UploadFile, rules: MediaRules, meta: sharp.Metadata & { format: ProcessedFormat }, source: string | Buffer): Promise<Renders> {
  const size = uprightSize(meta, rules);
  const wanted = rules.webpWidths
    .slice(0, WEBP_KEYS.length)
    .map((width, i) => ({ key: WEBP_KEYS[i], width }))
    .filter(({ width }) => width < size.width);
  const sequential = (meta.orientation ?? 1) <= 1;
  // Without a WebP copy, twice the thumbnail's width still gives it a clean downscale.
  const widest = Math.max(...wanted.map(({ width }) => width), Math.min(size.width, THUMBNAIL.width * 2));
  const { data, info } = await openImage(source, rules, { animated: false, sequential })
    .rotate()
    .resize({ width: widest, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  // A new pipeline on the same pixels for each copy: sharp's clone() would copy the pixels for each
  // (a structured clone of its options, on the event loop: about 50 ms a photo measured).
  const pixels = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });

  const animated = (meta.pages ?? 1) > 1;
  const makeThumbnail = async (): Promise<Rendered | null> =>
    size.width > THUMBNAIL.width || size.height > THUMBNAIL.height
      ? toFile(
          (animated ? openImage(source, rules, { animated, sequential }).rotate() : pixels())
            .resize({ ...THUMBNAIL, fit: 'inside' })
            .toFormat(meta.format),
          workPath(file, `thumbnail-${file.hash}`)
        )
      : null;
  const makeWebp = (key: string, width: number) => async () =>
    toFile(pixels().resize({ width }).webp({ quality: rules.webpQuality, effort: WEBP_EFFORT }), workPath(file, `${key}-${file.hash}.webp`));
  // The widest copy (the longest encode) first, the others one after the other beside it.
  const widestFirst = [...wanted].reverse();
  const made = await inLanes<Rendered | null>([...widestFirst.map(({ key, width }) => makeWebp(key, width)), makeThumbnail], COPY_LANES);
  return { thumbnail: made[widestFirst.length], webp: widestFirst.map(({ key }, i) => ({ key, rendered: made[i] as Rendered })).reverse() };
}

/**
 * Two encodes at a time (the machine's two cores; the original is made beside them). Every copy at
 * once peaked higher for no gain in time: 20 photos through this pipeline alone, 435 MB and 610 ms a
 * photo against 369 MB and 548 ms with two lanes.
 */
const COPY_LANES = 2;

/**
 * A JPEG that is upright, within the side limit and in RGB or grey is stored as it was sent, with
 * its metadata blocks cut out (jpeg-metadata-strip.ts): the same picture without a second
 * generation of JPEG loss, for the cost of reading it. Anything else, or a JPEG the cutter does not
 * fully understand, is decoded, turned upright, capped and encoded again.
 */
function keepsItsPicture(meta: sharp.Metadata, rules: MediaRules): boolean {
  return (
    meta.format === 'jpeg' &&
    (meta.orientation ?? 1) === 1 &&
    (meta.width ?? Infinity) <= rules.maxImageSide &&
    (meta.height ?? Infinity) <= rules.maxImageSide &&
    (meta.space === 'srgb' || meta.space === 'b-w')
  );
}

async function withoutMetadata(source: string | Buffer, target: string): Promise<number | null> {
  if (typeof source === 'string') return stripJpegFile(source, target);
  const stripped = await stripJpegMetadata(source);
  if (!stripped) return null;
  await fs.promises.writeFile(target, stripped);
  return stripped.length;
}

/** The stored original, re-encoded: upright, without metadata, its longest side capped. */
function reencoded(source: string | Buffer, target: string, rules: MediaRules, meta: sharp.Metadata & { format: ProcessedFormat }): Promise<sharp.OutputInfo> {
  const animated = meta.format === 'gif' || meta.format === 'webp';
  const original = openImage(source, rules, { animated, sequential: (meta.orientation ?? 1) <= 1 })
    .rotate()
    .resize({ width: rules.maxImageSide, height: rules.maxImageSide, fit: 'inside', withoutEnlargement: true });
  const encoded =
    meta.format === 'jpeg'
      ? original.jpeg({ quality: rules.originalQuality, mozjpeg: false, optimiseCoding: JPEG_OPTIMISE_CODING })
      : meta.format === 'webp'
        ? original.webp({ quality: rules.originalQuality })
        : meta.format === 'png'
          ? original.png()
          : original.gif();
  return encoded.toFile(target);
}

async function storeOriginal(source: string | Buffer, target: string, rules: MediaRules, meta: sharp.Metadata & { format: ProcessedFormat }) {
  const size = keepsItsPicture(meta, rules) ? await withoutMetadata(source, target) : null;
  if (size !== null) return { width: meta.width ?? 0, height: meta.height ?? 0, size };
  const info = await reencoded(source, target, rules, meta);
  return { width: info.width, height: info.pageHeight ?? info.height, size: info.size };
}

/**
 * The stored original: upright, without metadata, its longest side capped (a JPEG already upright
 * and small enough keeps its compressed picture, its metadata cut out). Never the bytes as sent: a
 * file that still holds GPS is no option. The copies are made at the same time: at most two decodes
 * of the photo in all (the original's at full size, the copies' shrunk), where each output used to
 * decode the re-encoded original again, one by one.
 */
export async function normaliseOriginal(file: UploadFile, rules: MediaRules): Promise<UploadFile> {
  return asUploadError(file, async () => {
    const source = await sourceOf(file);
    const meta = await sharp(source).metadata();
    const { format } = meta;
    if (!isProcessed(format)) return file;
    const target = workPath(file, `original-${file.hash}`);
    // All settled before answering: a broken photo fails the upload, and no output is left running.
    const [made, rendered] = await Promise.allSettled([storeOriginal(source, target, rules, { ...meta, format }), renderCopies(file, rules, { ...meta, format }, source)]);
    if (made.status === 'rejected') throw made.reason;
    if (rendered.status === 'rejected') throw rendered.reason;
    const [stored, renders] = [made.value, rendered.value];
    return {
      ...file,
      filepath: target,
      [SOURCE]: target,
      [RENDERS]: Promise.resolve(renders),
      getStream: () => fs.createReadStream(target),
      width: stored.width,
      height: stored.height,
      size: kilobytes(stored.size),
      sizeInBytes: stored.size,
    };
  });
}

/**
 * The copies of an image: those made with its original, or (for an image Strapi did not send
 * through `optimize`) made now from its bytes, once, whichever of the thumbnail and the formats
 * is asked first.
 */
async function rendersOf(file: WithRenders, rules: MediaRules): Promise<Renders> {
  if (!file[RENDERS]) {
    file[RENDERS] = (async () => {
      const source = await sourceOf(file);
      const meta = await sharp(source).metadata();
      return isProcessed(meta.format) ? renderCopies(file, rules, { ...meta, format: meta.format }, source) : { thumbnail: null, webp: [] };
    })();
  }
  return file[RENDERS];
}

/** A made copy as the upload file Strapi stores, named after the file as it is now (a replace keeps the old hash). */
function copyFile(file: UploadFile, key: string, rendered: Rendered, type: { ext?: string; mime?: string; name: string }): UploadFile {
  const { filepath, info } = rendered;
  return {
    name: type.name,
    hash: `${key}_${file.hash}`,
    ext: type.ext,
    mime: type.mime,
    filepath,
    path: file.path ?? null,
    getStream: () => fs.createReadStream(filepath),
    width: info.width,
    height: info.pageHeight ?? info.height,
    size: kilobytes(info.size),
    sizeInBytes: info.size,
  };
}

/** Strapi's `thumbnail` format: its name and type are those of the original, as Strapi makes it. */
export async function thumbnailOf(file: UploadFile, rules: MediaRules): Promise<UploadFile | null> {
  return asUploadError(file, async () => {
    const thumbnail = (await rendersOf(file, rules)).thumbnail;
    return thumbnail ? copyFile(file, 'thumbnail', thumbnail, { name: `thumbnail_${file.name}`, ext: file.ext, mime: file.mime }) : null;
  });
}

/**
 * WebP copies at the configured widths (narrowest first, keys `small`, `medium`, `large`, the names
 * Strapi's own responsive formats use, so clients that know Strapi find them).
 */
export async function webpDerivatives(file: UploadFile, rules: MediaRules): Promise<Derivative[]> {
  return asUploadError(file, async () => {
    const baseName = path.basename(file.name, path.extname(file.name));
    const copies = (await rendersOf(file, rules)).webp;
    return copies.map(({ key, rendered }) => ({
      key,
      file: copyFile(file, key, rendered, { name: `${key}_${baseName}.webp`, ext: '.webp', mime: 'image/webp' }),
    }));
  });
}

/** Whether the archive re-encodes this image (an unreadable file is not an image it processes). */
export async function isProcessedImage(file: UploadFile): Promise<boolean> {
  try {
    return isProcessed((await sharp(await sourceOf(file)).metadata()).format);
  } catch {
    return false;
  }
}

export function isProcessed(format: string | undefined): format is ProcessedFormat {
  return PROCESSED_FORMATS.includes(format as ProcessedFormat);
}
