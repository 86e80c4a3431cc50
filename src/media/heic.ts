import fs from 'node:fs';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { refuseFile, type IncomingFile } from './upload-rules';

/**
 * iPhones save photos as HEIC (HEVC in a HEIF container). sharp's prebuilt libvips reads their
 * header but cannot decode HEVC, so the pixels come from libheif compiled to WebAssembly
 * (`heic-decode`, the decoder inside `heic-convert`), which applies the container's rotation and
 * mirroring (`irot`/`imir`): the picture comes out upright. sharp then writes it as a JPEG that
 * carries no metadata at all (no EXIF, no GPS), and the file continues as a JPEG through the
 * archive's image pipeline (cap, derivatives) like any other photo.
 *
 * `heic-convert` itself encodes its JPEG with jpeg-js, in JavaScript: 5.1–5.6 s for a 12 MP photo
 * here, against 2.3 s for decoding with the same library and encoding with sharp (README "Ảnh HEIC
 * và video MOV từ điện thoại"). The decode runs in a worker thread (heic-worker.ts), two at most at
 * a time (each holds its own WebAssembly memory, a few hundred MB for a 12 MP photo).
 *
 * The JPEG is written at the archive's quality for originals: it is upright and carries no
 * metadata, so the pipeline keeps it as it is (image-pipeline.ts) instead of encoding it again.
 */
export async function heicToJpeg(file: IncomingFile, quality: number): Promise<void> {
  const name = file.originalFilename || 'tệp không tên';
  // Only the decoder's own refusal is the sender's file (a 400); a worker that cannot start or dies
  // is the server's fault and stays an error of the server.
  const image = await decodeOffTheEventLoop(file.filepath).catch((error: unknown) => {
    if (!(error instanceof UnreadableHeic)) throw error;
    throw refuseFile(name, 'Không đọc được ảnh HEIC: tệp bị hỏng hoặc không phải ảnh HEIC hợp lệ (the HEIC image cannot be decoded).');
  });
  const jpeg = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .jpeg({ quality })
    .toBuffer();
  await writeFile(file.filepath, jpeg);
  file.size = jpeg.length;
  file.originalFilename = withExtension(name, '.jpg');
}

/** The file's name with its extension replaced: the library shows the format it stores. */
export function withExtension(name: string, extension: string): string {
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}${extension}`;
}

/** libheif could not read the file: the sender's, not the server's. */
class UnreadableHeic extends Error {}

interface DecodedHeic {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, upright. */
  pixels: Buffer;
}

const WORKER = path.join(__dirname, 'heic-worker.js');
const AT_ONCE = 2;
let running = 0;
const waiting: Array<() => void> = [];

/** One worker thread a photo, AT_ONCE at most; the others wait their turn. */
async function decodeOffTheEventLoop(filepath: string): Promise<DecodedHeic> {
  if (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await decodeInWorker(filepath);
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

function decodeInWorker(filepath: string): Promise<DecodedHeic> {
  if (!fs.existsSync(WORKER)) throw new Error(`heic: ${WORKER} is missing (the app runs from its compiled dist/)`);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { filepath } });
    worker.once('message', (answer: { ok: true; width: number; height: number; data: Uint8ClampedArray } | { ok: false; reason: string }) => {
      if (answer.ok) resolve({ width: answer.width, height: answer.height, pixels: Buffer.from(answer.data.buffer, answer.data.byteOffset, answer.data.byteLength) });
      else reject(new UnreadableHeic(answer.reason));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`heic: the decoding worker ended (exit ${code}) without an answer`)));
  });
}
