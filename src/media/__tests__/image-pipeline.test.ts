import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { DEFAULT_MEDIA_RULES } from '../media-config';
import { normaliseOriginal, thumbnailOf, webpDerivatives, type UploadFile } from '../image-pipeline';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'image-pipeline-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A photo as a phone sends it: EXIF with a GPS position, turned by its orientation tag. */
async function photo(name: string, width: number, height: number, orientation: number): Promise<UploadFile> {
  const filepath = path.join(dir, name);
  await sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 120, sigma: 30 } } })
    .jpeg({ quality: 85 })
    .withMetadata({ orientation })
    .withExifMerge({ IFD0: { Make: 'TestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 2/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '103/1 1/1 0/1' } })
    .toFile(filepath);
  return { name, hash: `hash_${name.replace(/\W/g, '')}`, ext: '.jpg', mime: 'image/jpeg', filepath, tmpWorkingDirectory: dir, getStream: () => fs.createReadStream(filepath) };
}

const metadataOf = async (file: UploadFile) => sharp(file.filepath as string).metadata();

describe('image pipeline: the original, the thumbnail and the WebP copies made in one go', () => {
  it('turns a photo upright, strips its metadata, and makes the same copies, names and sizes as before', async () => {
    // 2400×1800 stored, orientation 6: upright it is 1800×2400.
    const original = await normaliseOriginal(await photo('le-khai-giang.jpg', 2400, 1800, 6), DEFAULT_MEDIA_RULES);
    expect([original.width, original.height]).toEqual([1800, 2400]);
    const meta = await metadataOf(original);
    expect([meta.format, meta.width, meta.height, meta.exif, meta.xmp, meta.iptc, meta.orientation]).toEqual(['jpeg', 1800, 2400, undefined, undefined, undefined, undefined]);

    const thumbnail = (await thumbnailOf(original, DEFAULT_MEDIA_RULES)) as UploadFile;
    expect(thumbnail).toMatchObject({ name: 'thumbnail_le-khai-giang.jpg', hash: `thumbnail_${original.hash}`, ext: '.jpg', mime: 'image/jpeg', width: 117, height: 156 });
    const formats = await webpDerivatives(original, DEFAULT_MEDIA_RULES);
    // 1920 is wider than the photo: no enlarged copy.
    expect(formats.map(({ key, file }) => [key, file.name, file.hash, file.ext, file.mime, file.width, file.height])).toEqual([
      ['small', 'small_le-khai-giang.webp', `small_${original.hash}`, '.webp', 'image/webp', 480, 640],
      ['medium', 'medium_le-khai-giang.webp', `medium_${original.hash}`, '.webp', 'image/webp', 960, 1280],
    ]);
    for (const file of [thumbnail, ...formats.map((format) => format.file)]) {
      const copy = await metadataOf(file);
      expect([copy.width, copy.height, copy.exif, copy.xmp, copy.orientation]).toEqual([file.width, file.height, undefined, undefined, undefined]);
      expect(file.sizeInBytes).toBe(fs.statSync(file.filepath as string).size);
    }
  });

  it('caps the longest side and makes all three WebP widths of a large photo', async () => {
    const original = await normaliseOriginal(await photo('toan-canh.jpg', 5000, 2500, 1), DEFAULT_MEDIA_RULES);
    expect([original.width, original.height]).toEqual([4096, 2048]);
    const formats = await webpDerivatives(original, DEFAULT_MEDIA_RULES);
    expect(formats.map(({ key, file }) => [key, file.width, file.height])).toEqual([
      ['small', 480, 240],
      ['medium', 960, 480],
      ['large', 1920, 960],
    ]);
    // As Strapi made it before, from the stored original.
    const before = await sharp(original.filepath as string).resize({ width: 245, height: 156, fit: 'inside' }).toBuffer({ resolveWithObject: true });
    expect(await thumbnailOf(original, DEFAULT_MEDIA_RULES)).toMatchObject({ width: before.info.width, height: before.info.height });
  });

  it('keeps the compressed picture of an upright photo within the limit: the same pixels, no metadata', async () => {
    const sent = await photo('san-truong.jpg', 1600, 1200, 1);
    const original = await normaliseOriginal(sent, DEFAULT_MEDIA_RULES);
    expect([original.width, original.height, original.sizeInBytes]).toEqual([1600, 1200, fs.statSync(original.filepath as string).size]);
    const meta = await metadataOf(original);
    expect([meta.exif, meta.xmp, meta.orientation]).toEqual([undefined, undefined, undefined]);
    // No second generation of JPEG loss: decoded, the stored picture is the sent one, pixel for pixel.
    const [stored, decoded] = await Promise.all([sharp(original.filepath as string).raw().toBuffer(), sharp(sent.filepath as string).raw().toBuffer()]);
    expect(stored.equals(decoded)).toBe(true);
  });

  it('names the copies after the hash the file has when Strapi asks (a replace keeps the old hash)', async () => {
    const original = await normaliseOriginal(await photo('thay-the.jpg', 1200, 900, 1), DEFAULT_MEDIA_RULES);
    Object.assign(original, { hash: 'kept_hash' });
    expect((await thumbnailOf(original, DEFAULT_MEDIA_RULES))?.hash).toBe('thumbnail_kept_hash');
    expect((await webpDerivatives(original, DEFAULT_MEDIA_RULES)).map((format) => format.file.hash)).toEqual(['small_kept_hash', 'medium_kept_hash']);
  });

  it('makes no thumbnail of an image already smaller than one, as Strapi', async () => {
    const original = await normaliseOriginal(await photo('nho.jpg', 200, 150, 1), DEFAULT_MEDIA_RULES);
    expect(await thumbnailOf(original, DEFAULT_MEDIA_RULES)).toBeNull();
    expect(await webpDerivatives(original, DEFAULT_MEDIA_RULES)).toEqual([]);
  });

  it('keeps a PNG a PNG, its thumbnail too', async () => {
    const filepath = path.join(dir, 'so-do.png');
    await sharp({ create: { width: 1000, height: 800, channels: 4, background: { r: 10, g: 20, b: 30, alpha: 0.5 } } }).png().toFile(filepath);
    const file: UploadFile = { name: 'so-do.png', hash: 'hash_png', ext: '.png', mime: 'image/png', filepath, tmpWorkingDirectory: dir, getStream: () => fs.createReadStream(filepath) };
    const original = await normaliseOriginal(file, DEFAULT_MEDIA_RULES);
    const thumbnail = (await thumbnailOf(original, DEFAULT_MEDIA_RULES)) as UploadFile;
    expect(thumbnail).toMatchObject({ name: 'thumbnail_so-do.png', ext: '.png', mime: 'image/png', width: 195, height: 156 });
    expect((await metadataOf(thumbnail)).format).toBe('png');
    expect((await metadataOf(thumbnail)).hasAlpha).toBe(true);
  });
});
