import fs from 'fs';
import path from 'path';
import request from 'supertest';
import sharp from 'sharp';
import { startStrapi, type TestApp } from './harness/strapi';
import { createSuperAdmin } from './harness/http';
import * as samples from './fixtures/media/samples';
import { UPLOADS, uploadsSnapshot } from './harness/media';
import type { MediaRules } from '../src/media/media-config';
import { UPLOAD_FILE as FILE } from '../src/plugins/editorial-workflow/shared/uids';

type Path = 'admin' | 'content API';
type StoredFormat = { url: string; width: number; height: number; size: number; sizeInBytes?: number; mime: string; ext: string };
type StoredFile = { id: number; url: string; mime: string; ext: string; width: number; height: number; formats?: Record<string, StoredFormat> };

// Admin responses carry signed URLs (src/media/file-access): the file on disk is the path without the query.
const onDisk = (url: string) => path.join(UPLOADS, url.replace(/^\/uploads\//, '').replace(/\?.*$/, ''));

/**
 * The two ways sharp decodes pixels: its pipeline (behind toFile, toBuffer and a piped stream) and
 * stats(). Reading a header (metadata()) decodes none. `_pipeline` is sharp's own (lib/output.js),
 * absent from its types; the accepted-upload test below shows the counter sees real decodes.
 */
type PixelDecoding = { _pipeline: (...args: unknown[]) => unknown; stats: (...args: unknown[]) => unknown };

/**
 * Counts sharp's pixel decodes in this process while `work` runs: the app under test runs here,
 * and loads the same sharp module as this file.
 */
async function pixelDecodesDuring<T>(work: () => Promise<T>): Promise<{ result: T; decodes: number }> {
  const prototype = sharp.prototype as PixelDecoding;
  const spies = [jest.spyOn(prototype, '_pipeline'), jest.spyOn(prototype, 'stats')];
  try {
    const result = await work();
    return { result, decodes: spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0) };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/** The GPS IFD pointer (tag 0x8825) in an EXIF block, either byte order. */
const hasGps = (exif: Buffer | undefined) => Boolean(exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]))));

describe('media archive uploads: the same rules on the admin and the content API paths', () => {
  let app: TestApp;
  let adminToken: string;
  let apiToken: string;
  let bomb: Buffer;
  let uploads: ReturnType<typeof uploadsSnapshot>;

  const send = (via: Path, files: Array<{ name: string; bytes: Buffer; type?: string }>, query = '') => {
    const req =
      via === 'admin'
        ? request(app.server).post(`/upload${query}`).set('Authorization', `Bearer ${adminToken}`)
        : request(app.server).post(`/api/upload${query}`).set('Authorization', `Bearer ${apiToken}`);
    for (const file of files) req.attach('files', file.bytes, { filename: file.name, contentType: file.type ?? 'application/octet-stream' });
    return req;
  };
  const stored = async () => ({ rows: await app.strapi.db.query(FILE).count(), files: fs.readdirSync(UPLOADS).length });
  const rules = (): MediaRules => app.strapi.config.get('plugin::upload.mediaRules') as MediaRules;

  beforeAll(async () => {
    uploads = uploadsSnapshot();
    app = await startStrapi();
    adminToken = await createSuperAdmin(app);
    const token = await app.strapi.service('admin::api-token').create({
      name: 'media upload test',
      kind: 'content-api',
      type: 'custom',
      lifespan: null,
      permissions: ['plugin::upload.content-api.upload'],
    });
    apiToken = token.accessKey;
    bomb = await samples.pixelBomb();
  });

  afterAll(async () => {
    await app?.stop();
    uploads?.removeAdded();
  });

  const refused: Array<[string, () => Promise<{ name: string; bytes: Buffer; type?: string }>, RegExp]> = [
    ['an SVG', async () => ({ name: 'logo.svg', bytes: samples.SVG, type: 'image/svg+xml' }), /SVG/],
    ['an SVG renamed to .png', async () => ({ name: 'logo.png', bytes: samples.SVG, type: 'image/png' }), /SVG/],
    ['an HTML page', async () => ({ name: 'page.html', bytes: samples.HTML, type: 'text/html' }), /HTML/],
    ['a shell script', async () => ({ name: 'run.sh', bytes: samples.SCRIPT, type: 'application/x-sh' }), /script/],
    ['a JavaScript file named as a photo', async () => ({ name: 'anh.jpg', bytes: samples.JAVASCRIPT, type: 'image/jpeg' }), /script/],
    ['PNG bytes named .jpg', async () => ({ name: 'anh.jpg', bytes: await samples.png(64, 64), type: 'image/jpeg' }), /PNG.*"\.jpg"/],
    ['JPEG bytes named .pdf', async () => ({ name: 'report.pdf', bytes: await samples.photoWithGps(64, 64), type: 'application/pdf' }), /JPEG.*"\.pdf"/],
    ['an empty file', async () => ({ name: 'empty.jpg', bytes: Buffer.alloc(0), type: 'image/jpeg' }), /empty|rỗng/i],
    ['a pixel bomb (144 megapixels)', async () => ({ name: 'bomb.png', bytes: bomb, type: 'image/png' }), /megapixel/],
  ];

  describe.each<Path>(['admin', 'content API'])('through the %s path', (via) => {
    it.each(refused)('refuses %s with a 400 and stores nothing', async (_kind, make, message) => {
      const before = await stored();
      const res = await send(via, [await make()]);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
      expect(await stored()).toEqual(before);
    });

    it('refuses a file over the size limit, and the whole upload it came in', async () => {
      const heavy = await samples.heavyJpeg(400, 400);
      const limit = rules();
      app.strapi.config.set('plugin::upload.mediaRules', { ...limit, maxFileBytes: heavy.length - 1 });
      try {
        const before = await stored();
        const res = await send(via, [
          { name: 'ok.png', bytes: await samples.png(32, 32) },
          { name: 'nang.jpg', bytes: heavy },
        ]);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/nang\.jpg.*vượt giới hạn/);
        expect(await stored()).toEqual(before);
      } finally {
        app.strapi.config.set('plugin::upload.mediaRules', limit);
      }
    });

    // How fast that refusal is, against the cost of a refusal that reads no image: bench/media.
    it('refuses a pixel bomb from its header, before a single pixel is decoded', async () => {
      const { result: res, decodes } = await pixelDecodesDuring(() => send(via, [{ name: 'bomb.png', bytes: bomb, type: 'image/png' }]));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/megapixel/);
      expect(decodes).toBe(0);
    });

    it('decodes the pixels of an image it accepts (what the count above would see)', async () => {
      const picture = await samples.png(64, 48);
      const { result: res, decodes } = await pixelDecodesDuring(() => send(via, [{ name: 'so-do.png', bytes: picture }]));
      expect(res.status).toBe(201);
      expect(decodes).toBeGreaterThan(0);
    });
  });

  it('refuses an SVG as the replacement of a stored file and keeps the file as it was', async () => {
    const [original] = (await send('admin', [{ name: 'anh.png', bytes: await samples.png(50, 40) }])).body as StoredFile[];
    const res = await send('admin', [{ name: 'logo.svg', bytes: samples.SVG }], `?id=${original.id}`);
    expect(res.status).toBe(400);
    const row = await app.strapi.db.query(FILE).findOne({ where: { id: original.id } });
    expect(row).toMatchObject({ url: original.url.replace(/\?.*$/, ''), mime: 'image/png' });
  });

  describe('a 12 MP-class photo with GPS, taken sideways, through the admin path', () => {
    let file: StoredFile;

    beforeAll(async () => {
      // 5000×3000 with orientation 6: upright it is 3000×5000, capped to 2458×4096.
      const res = await send('admin', [{ name: 'hoat-dong-ngoai-khoa.jpg', bytes: await samples.photoWithGps(5000, 3000, 6), type: 'image/jpeg' }]);
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
      [file] = res.body;
    });

    it('stores it upright, capped to 4096 px on its longest side', async () => {
      expect([file.width, file.height]).toEqual([2458, 4096]);
      const meta = await sharp(onDisk(file.url)).metadata();
      expect([meta.width, meta.height, meta.format]).toEqual([2458, 4096, 'jpeg']);
      expect(meta.orientation ?? 1).toBe(1);
    });

    it('keeps no EXIF, and no GPS above all, in the original and every derivative', async () => {
      const urls = [file.url, ...Object.values(file.formats ?? {}).map((format) => format.url)];
      expect(urls.length).toBe(5); // original, thumbnail, three WebP widths
      for (const url of urls) {
        const meta = await sharp(onDisk(url)).metadata();
        expect(hasGps(meta.exif)).toBe(false);
        expect(meta.exif).toBeUndefined();
        expect(meta.xmp).toBeUndefined();
      }
    });

    it('writes WebP derivatives at 480, 960 and 1920 px wide, with their sizes recorded', async () => {
      const webps = ['small', 'medium', 'large'].map((key) => file.formats?.[key]);
      expect(webps.map((format) => format?.width)).toEqual([480, 960, 1920]);
      for (const format of webps as StoredFormat[]) {
        expect(format).toMatchObject({ mime: 'image/webp', ext: '.webp' });
        const meta = await sharp(onDisk(format.url)).metadata();
        expect([meta.format, meta.width, meta.height]).toEqual(['webp', format.width, format.height]);
        expect(format.sizeInBytes).toBe(fs.statSync(onDisk(format.url)).size);
        expect(format.size).toBeGreaterThan(0);
      }
    });
  });

  it('accepts PNG, WebP, GIF, MP4, WebM and PDF through the content API path, typed by their bytes', async () => {
    const res = await send('content API', [
      { name: 'so-do.png', bytes: await samples.png(600, 400) },
      { name: 'anh.webp', bytes: await samples.webp(600, 400) },
      { name: 'hoat-hinh.gif', bytes: await samples.gif(300, 200) },
      { name: 'clip.mp4', bytes: samples.mp4WithLocation(), type: 'application/octet-stream' },
      { name: 'clip.webm', bytes: samples.webm() },
      { name: 'ke-hoach.pdf', bytes: samples.pdf() },
    ]);
    expect(res.body.error).toBeUndefined();
    expect(res.status).toBe(201);
    const byName = new Map((res.body as Array<StoredFile & { name: string }>).map((file) => [file.name, file]));
    expect([...byName.values()].map((file) => file.mime).sort()).toEqual(
      ['application/pdf', 'image/gif', 'image/png', 'image/webp', 'video/mp4', 'video/webm'].sort()
    );
    const webpPhoto = byName.get('anh.webp')!;
    expect(hasGps((await sharp(onDisk(webpPhoto.url)).metadata()).exif)).toBe(false);
    expect(byName.get('so-do.png')!.formats?.small).toMatchObject({ width: 480, mime: 'image/webp' });
  });

  it('blanks the location a phone wrote into an MP4, keeping every other byte in place', async () => {
    const original = samples.mp4WithLocation();
    const res = await send('admin', [{ name: 'clip.mp4', bytes: original }]);
    expect(res.status).toBe(201);
    const bytes = fs.readFileSync(onDisk(res.body[0].url));
    expect(bytes.length).toBe(original.length);
    expect(bytes.includes(Buffer.from(samples.VIDEO_LOCATION, 'latin1'))).toBe(false);
    expect(bytes.includes(Buffer.from('udta', 'latin1'))).toBe(false);
    expect(bytes.subarray(-2048)).toEqual(original.subarray(-2048)); // the media data did not move
  });
});
