import { readFile, writeFile } from 'node:fs/promises';
import sharp from 'sharp';
import decodeHeic from 'heic-decode';
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
 * và video MOV từ điện thoại").
 */
export async function heicToJpeg(file: IncomingFile): Promise<void> {
  const name = file.originalFilename || 'tệp không tên';
  let image: Awaited<ReturnType<typeof decodeHeic>>;
  try {
    image = await decodeHeic({ buffer: await readFile(file.filepath) });
  } catch {
    throw refuseFile(name, 'Không đọc được ảnh HEIC: tệp bị hỏng hoặc không phải ảnh HEIC hợp lệ (the HEIC image cannot be decoded).');
  }
  const pixels = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  // Near-lossless on purpose: the pipeline re-encodes this JPEG at the archive's own quality.
  const jpeg = await sharp(pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .jpeg({ quality: 95 })
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
