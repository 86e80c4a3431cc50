import { open, stat } from 'node:fs/promises';
import sharp from 'sharp';
import { errors } from '@strapi/utils';
import { ACCEPTED_TYPES, SIGNATURE_BYTES, detectSignature, extensionOf, type AcceptedType, type RefusedFormat } from './file-signature';
import type { MediaRules } from './media-config';

/** A file as the upload plugin receives it from the multipart parser (formidable). */
export interface IncomingFile {
  filepath: string;
  originalFilename?: string | null;
  size?: number;
  mimetype?: string | null;
  /** Set by Strapi's own check; we overwrite it with what the bytes say. */
  detectedMimeType?: string;
}

const REFUSAL: Record<RefusedFormat, string> = {
  svg: 'Tệp SVG không được phép tải lên vì có thể chứa mã độc (SVG files are not accepted). Hãy xuất ảnh sang PNG hoặc JPEG.',
  html: 'Tệp HTML không được phép tải lên (HTML files are not accepted).',
  script: 'Tệp mã lệnh (script) không được phép tải lên (scripts are not accepted).',
  executable: 'Tệp chương trình không được phép tải lên (executables are not accepted).',
  avif: 'Ảnh AVIF chưa được nhận: hãy chuyển sang JPEG rồi tải lên lại (AVIF is not accepted).',
  matroska: 'Video MKV chưa được nhận: hãy xuất video sang MP4 hoặc WebM rồi tải lên lại.',
  unknown: 'Định dạng tệp không được nhận. Kho tư liệu nhận ảnh JPEG, PNG, WebP, GIF, HEIC, video MP4, MOV, WebM và văn bản PDF, DOCX, XLSX, ODT (file type not accepted).',
};

const ACCEPTED_LIST = 'JPEG, PNG, WebP, GIF, HEIC, MP4, MOV, WebM, PDF, DOCX, XLSX, ODT';
const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** A 400 naming the file, in Strapi's error shape. */
export function refuseFile(name: string, message: string): errors.ValidationError {
  const text = `${name}: ${message}`;
  return new errors.ValidationError(text, { errors: [{ path: ['files'], message: text, name: 'ValidationError' }] });
}

export interface UploadableFile {
  type: AcceptedType;
  /** Width and height of an image, read from its header. */
  dimensions?: { width: number; height: number };
}

/**
 * The archive's rules for one incoming file, checked before anything is written: not empty, not
 * over the size limit, a format we accept by its bytes, an extension that matches them, and, for
 * an image, a header that sharp can read and that announces no more pixels than the limit (a
 * decompression bomb is refused from its header, before a single pixel is decoded).
 */
export async function assertUploadable(file: IncomingFile, rules: MediaRules): Promise<UploadableFile> {
  const name = file.originalFilename || 'tệp không tên';
  const size = file.size ?? (await stat(file.filepath)).size;
  if (!size) throw refuseFile(name, 'Tệp rỗng (0 byte), không có nội dung để lưu (the file is empty).');
  if (size > rules.maxFileBytes) {
    throw refuseFile(name, `Tệp nặng ${mb(size)}, vượt giới hạn ${mb(rules.maxFileBytes)} (file too large). Hãy nén hoặc cắt ngắn rồi tải lên lại.`);
  }

  const signature = detectSignature(await readHead(file.filepath));
  if ('refused' in signature) throw refuseFile(name, REFUSAL[signature.refused]);
  const { accepted: type } = signature;

  const extension = extensionOf(name);
  if (extension && !type.extensions.includes(extension)) {
    const claimed = Object.values(ACCEPTED_TYPES).find((t) => t.extensions.includes(extension));
    throw refuseFile(
      name,
      `Nội dung tệp là ${type.format.toUpperCase()} nhưng phần mở rộng là "${extension}"` +
        (claimed ? '' : ` (kho tư liệu nhận ${ACCEPTED_LIST})`) +
        ': tên tệp không khớp với nội dung (the bytes do not match the extension). Hãy đổi phần mở rộng cho đúng hoặc xuất lại tệp.'
    );
  }
  if (type.family !== 'image') return { type };

  const dimensions = await imageHeader(file.filepath, name);
  const pixels = dimensions.width * dimensions.height;
  if (pixels > rules.maxImagePixels) {
    throw refuseFile(
      name,
      `Ảnh ${dimensions.width}×${dimensions.height} (${(pixels / 1e6).toFixed(1)} megapixel) vượt giới hạn ${(rules.maxImagePixels / 1e6).toFixed(0)} megapixel (image too large in pixels). Hãy thu nhỏ ảnh rồi tải lên lại.`
    );
  }
  return { type, dimensions: { width: dimensions.width, height: dimensions.height } };
}

async function readHead(filepath: string): Promise<Buffer> {
  const handle = await open(filepath, 'r');
  try {
    const buffer = Buffer.alloc(SIGNATURE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SIGNATURE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Width and total height (every frame of an animation) from the header alone: no decoding. */
async function imageHeader(filepath: string, name: string): Promise<{ width: number; height: number }> {
  try {
    const meta = await sharp(filepath).metadata();
    const frameHeight = meta.pageHeight ?? meta.height ?? 0;
    const frames = meta.pages ?? 1;
    if (!meta.width || !frameHeight) throw new Error('no dimensions');
    return { width: meta.width, height: frameHeight * frames };
  } catch {
    throw refuseFile(name, 'Không đọc được ảnh: tệp bị hỏng hoặc không phải ảnh hợp lệ (the image cannot be read).');
  }
}
