import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { stripJpegFile, stripJpegMetadata } from '../jpeg-metadata-strip';

const GPS = { IFD0: { Make: 'TestCam', Model: 'QA' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 23/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '103/1 1/1 0/1' } };

const noise = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 120, sigma: 30 } } });

const pixels = (bytes: Buffer) => sharp(bytes).raw().toBuffer();

/** A segment of `marker` with `body`, as a JPEG writes it. */
const segment = (marker: number, body: Buffer) => {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
};

/** `extra` inserted right after the start of the picture. */
const withSegments = (jpeg: Buffer, ...extra: Buffer[]) => Buffer.concat([jpeg.subarray(0, 2), ...extra, jpeg.subarray(2)]);

describe('stripJpegMetadata: the metadata blocks cut out, the compressed picture copied byte for byte', () => {
  it('drops EXIF with its GPS, XMP and comments; the pixels are exactly the same', async () => {
    const sent = await noise(640, 480).jpeg({ quality: 85 }).withExifMerge(GPS).withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/">GPS 21.38N</x:xmpmeta>').toBuffer();
    const withComment = withSegments(sent, segment(0xfe, Buffer.from('Chụp tại Mường Phăng')));
    const stripped = (await stripJpegMetadata(withComment))!;
    const meta = await sharp(stripped).metadata();
    expect([meta.exif, meta.xmp, meta.comments]).toEqual([undefined, undefined, undefined]);
    expect(stripped.includes(Buffer.from('TestCam'))).toBe(false);
    expect(stripped.includes(Buffer.from('Mường', 'utf8'))).toBe(false);
    expect(stripped.length).toBeLessThan(sent.length);
    expect((await pixels(stripped)).equals(await pixels(sent))).toBe(true);
  });

  it('keeps the ICC profile (colours) and a progressive picture with its tables between scans', async () => {
    const sent = await noise(500, 300).jpeg({ progressive: true, quality: 80 }).withIccProfile('p3').withExifMerge(GPS).toBuffer();
    const stripped = (await stripJpegMetadata(sent))!;
    const meta = await sharp(stripped).metadata();
    expect([meta.exif, Boolean(meta.icc), meta.isProgressive]).toEqual([undefined, true, true]);
    expect((await pixels(stripped)).equals(await pixels(sent))).toBe(true);
  });

  it('reads a scan through its stuffed bytes and restart markers up to the next marker', async () => {
    // The compressed data of a scan may hold 0xFF 0x00 (a stuffed byte) and RST0–RST7; neither ends it.
    const scan = Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd3, 0x56, 0xff, 0xff, 0xd7, 0x78]);
    const picture = Buffer.concat([Buffer.from([0xff, 0xd8]), segment(0xdb, Buffer.alloc(65)), segment(0xda, Buffer.alloc(10)), scan, Buffer.from([0xff, 0xd9])]);
    const withExif = Buffer.concat([Buffer.from([0xff, 0xd8]), segment(0xe1, Buffer.from('Exif\0\0GPS')), picture.subarray(2)]);
    expect(await stripJpegMetadata(withExif)).toEqual(picture);
  });

  it('drops a JFIF thumbnail, the multi-picture index and whatever a phone appends after the picture', async () => {
    const sent = await noise(200, 100).jpeg().toBuffer();
    // JFIF 1.01 with a 2×1 thumbnail of six bytes of RGB.
    const jfif = segment(0xe0, Buffer.concat([Buffer.from('JFIF\0', 'latin1'), Buffer.from([1, 1, 0, 0, 72, 0, 72, 2, 1]), Buffer.from('SECRET')]));
    const mpf = segment(0xe2, Buffer.from('MPF\0II*\0', 'latin1'));
    const trailer = Buffer.from('DepthMap-of-the-room');
    const stripped = (await stripJpegMetadata(Buffer.concat([withSegments(sent, jfif, mpf), trailer])))!;
    expect(stripped.includes(Buffer.from('SECRET'))).toBe(false);
    expect(stripped.includes(Buffer.from('MPF'))).toBe(false);
    expect(stripped.includes(trailer)).toBe(false);
    expect(stripped.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
    expect((await pixels(stripped)).equals(await pixels(sent))).toBe(true);
  });

  it('gives up (null) on what it does not fully understand, so that the photo is re-encoded', async () => {
    const sent = await noise(200, 100).jpeg().toBuffer();
    expect(await stripJpegMetadata(sent.subarray(0, sent.length - 50))).toBeNull(); // truncated: no end of picture
    expect(await stripJpegMetadata(Buffer.from('not a jpeg at all'))).toBeNull();
    expect(await stripJpegMetadata(withSegments(sent, segment(0xf7, Buffer.from('JPEG-LS'))))).toBeNull();
    // A segment whose length runs past the end of the file.
    const broken = Buffer.concat([sent.subarray(0, 2), Buffer.from([0xff, 0xe1, 0xff, 0xff]), Buffer.from('Exif')]);
    expect(await stripJpegMetadata(broken)).toBeNull();
  });

  it('strips a file a chunk at a time into the same bytes, and writes nothing for a file it gives up on', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jpeg-strip-'));
    try {
      // Several chunks of 64 KB of compressed noise: markers and stuffed bytes fall across their edges.
      const sent = await noise(1600, 1200).jpeg({ quality: 92 }).withExifMerge(GPS).toBuffer();
      expect(sent.length).toBeGreaterThan(8 * 64 * 1024);
      fs.writeFileSync(path.join(dir, 'sent.jpg'), sent);
      const size = await stripJpegFile(path.join(dir, 'sent.jpg'), path.join(dir, 'kept.jpg'));
      const kept = fs.readFileSync(path.join(dir, 'kept.jpg'));
      expect(size).toBe(kept.length);
      expect(kept.equals((await stripJpegMetadata(sent))!)).toBe(true);
      expect((await sharp(kept).metadata()).exif).toBeUndefined();

      fs.writeFileSync(path.join(dir, 'truncated.jpg'), sent.subarray(0, sent.length - 100));
      expect(await stripJpegFile(path.join(dir, 'truncated.jpg'), path.join(dir, 'none.jpg'))).toBeNull();
      expect(fs.existsSync(path.join(dir, 'none.jpg'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
