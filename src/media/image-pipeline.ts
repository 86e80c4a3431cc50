import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { MediaRules } from './media-config';
import { refuseFile } from './upload-rules';

/**
 * What the archive does to every image, with sharp: turn it upright, drop every metadata block
 * (EXIF with its GPS position, XMP, IPTC: sharp writes none unless asked), cap its longest side,
 * and make WebP copies at three widths for the website. Each function takes and returns the file
 * objects of Strapi's upload service, so they slot into its image-manipulation service.
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

/** WebP effort 2 of 6: most of the compression of the default 4 for about 25 % less CPU on every upload. */
const WEBP_EFFORT = 2;

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

/**
 * The stored original: upright, without metadata, its longest side capped. Always re-encoded, even
 * when the result is larger than what was sent: a smaller file that still holds GPS is no option.
 */
export async function normaliseOriginal(file: UploadFile, rules: MediaRules): Promise<UploadFile> {
  return asUploadError(file, async () => {
    const source = await sourceOf(file);
    const { format, orientation = 1 } = await sharp(source).metadata();
    if (!isProcessed(format)) return file;
    const animated = format === 'gif' || format === 'webp';
    const target = workPath(file, `original-${file.hash}`);
    let pipeline = openImage(source, rules, { animated, sequential: orientation <= 1 })
      .rotate()
      .resize({ width: rules.maxImageSide, height: rules.maxImageSide, fit: 'inside', withoutEnlargement: true });
    pipeline =
      format === 'jpeg'
        ? pipeline.jpeg({ quality: rules.originalQuality, mozjpeg: false })
        : format === 'webp'
          ? pipeline.webp({ quality: rules.originalQuality })
          : format === 'png'
            ? pipeline.png()
            : pipeline.gif();
    const info = await pipeline.toFile(target);
    return {
      ...file,
      filepath: target,
      [SOURCE]: target,
      getStream: () => fs.createReadStream(target),
      width: info.width,
      height: info.pageHeight ?? info.height,
      size: kilobytes(info.size),
      sizeInBytes: info.size,
    };
  });
}

/**
 * WebP copies at the configured widths (narrowest first, keys `small`, `medium`, `large`, the names
 * Strapi's own responsive formats use, so clients that know Strapi find them). A width the image
 * does not reach is skipped: the website's srcset never needs an enlarged copy.
 */
export async function webpDerivatives(file: UploadFile, rules: MediaRules): Promise<Derivative[]> {
  return asUploadError(file, async () => {
    const source = await sourceOf(file);
    const { format, width: originalWidth = 0 } = await sharp(source).metadata();
    if (!isProcessed(format)) return [];
    const keys = ['small', 'medium', 'large'];
    const baseName = path.basename(file.name, path.extname(file.name));
    const wanted = rules.webpWidths.slice(0, keys.length).map((width, i) => ({ key: keys[i], width }));
    const derivatives: Derivative[] = [];
    // One after the other: three decodes at once cost a small server memory and gain it little time.
    for (const { key, width } of wanted.filter(({ width }) => width < originalWidth)) {
      const hash = `${key}_${file.hash}`;
      const target = workPath(file, `${hash}.webp`);
      const info = await openImage(source, rules, { animated: false, sequential: true })
        .resize({ width })
        .webp({ quality: rules.webpQuality, effort: WEBP_EFFORT })
        .toFile(target);
      const derivative: UploadFile = {
        name: `${key}_${baseName}.webp`,
        hash,
        ext: '.webp',
        mime: 'image/webp',
        filepath: target,
        path: file.path ?? null,
        getStream: () => fs.createReadStream(target),
        width: info.width,
        height: info.height,
        size: kilobytes(info.size),
        sizeInBytes: info.size,
      };
      derivatives.push({ key, file: derivative });
    }
    return derivatives;
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
