import crypto from 'crypto';
import fs from 'fs';
import http from 'http';
import net from 'net';
import os from 'os';
import path from 'path';
import request from 'supertest';
import sharp from 'sharp';
import { startStrapi, type TestApp } from './harness/strapi';
import { newsroomUser } from './harness/workflow';
import { UPLOADS, uploadsSnapshot } from './harness/media';
import { JOB_RUN, UPLOAD_FILE as FILE } from '../src/plugins/editorial-workflow/shared/uids';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { seedReference } from '../src/seed/reference';
import type { MediaRules } from '../src/media/media-config';

/**
 * iPhone formats and resumable uploads (issue 20, items 2 and 3): HEIC photos stored as upright,
 * stripped JPEGs, MOV videos stored without their location (remuxed to MP4 where ffmpeg is, stored
 * as MOV where it is not), on `POST /upload` and through tus at `/editorial-workflow/uploads/tus`;
 * a 50 MB upload through a proxy that cuts the connection twice arrives whole; every forged or
 * foreign request is refused in Vietnamese with nothing stored; abandoned uploads go after a day.
 */
const FIXTURES = path.join(__dirname, 'fixtures', 'phone');
const HEIC = fs.readFileSync(path.join(FIXTURES, 'photo-with-gps.heic'));
const MOV = fs.readFileSync(path.join(FIXTURES, 'clip-with-location.mov'));
/** Where the fixtures were shot, as their metadata says (EXIF GPS of the HEIC, ISO 6709 in the MOV). */
const MOV_LOCATION = Buffer.from('105.8542');
const TUS = '/editorial-workflow/uploads/tus';
const MB = 1024 * 1024;

const onDisk = (url: string) => path.join(UPLOADS, url.replace(/^\/uploads\//, '').replace(/\?.*$/, ''));
const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');
const b64 = (text: string) => Buffer.from(text).toString('base64');
/** The GPS IFD pointer (tag 0x8825) in an EXIF block, either byte order. */
const hasGps = (exif: Buffer | undefined) => Boolean(exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]))));
/** The top-level boxes of an ISO media file, in order. */
const topBoxes = (bytes: Buffer) => {
  const boxes: string[] = [];
  for (let at = 0; at + 8 <= bytes.length; ) {
    const size = bytes.readUInt32BE(at);
    boxes.push(bytes.toString('latin1', at + 4, at + 8));
    if (size < 8) break;
    at += size;
  }
  return boxes;
};
/** An MP4 as the rules see one (an `ftyp` box) padded with random bytes in a `free` box: stored byte for byte. */
function paddedMp4(bytes: number): Buffer {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom\0\0\x02\0isomiso2', 'latin1')]);
  const free = crypto.randomBytes(bytes - ftyp.length);
  free.writeUInt32BE(free.length, 0);
  free.write('free', 4, 'latin1');
  return Buffer.concat([ftyp, free]);
}

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

describe('iPhone formats and resumable uploads', () => {
  let app: TestApp;
  let base: { host: string; port: number };
  let author: { id: number; token: string };
  let other: { id: number; token: string };
  let uploads: ReturnType<typeof uploadsSnapshot>;
  const tusDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-tus-'));

  const files = () => app.strapi.db.query(FILE).count();
  const tusEntries = () => fs.readdirSync(tusDir);
  const setFfmpeg = (value: string) => app.strapi.config.set('plugin::upload.ffmpeg', value);

  /** One HTTP request to the app (or to `port`, the proxy), as the holder of `token`, tus headers included. */
  function call(method: string, url: string, token: string, headers: Record<string, string | number> = {}, body?: Buffer, port = base.port): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: base.host, port, method, path: url, headers: { Authorization: `Bearer ${token}`, 'Tus-Resumable': '1.0.0', ...headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        }
      );
      req.on('error', reject);
      req.end(body);
    });
  }
  const create = (token: string, length: number | string, name = 'video.mp4', type = 'video/mp4', extra: Record<string, string> = {}) =>
    call('POST', TUS, token, { 'Upload-Length': String(length), 'Upload-Metadata': `filename ${b64(name)},filetype ${b64(type)}`, ...extra });
  const patch = (token: string, location: string, offset: number, bytes: Buffer, port?: number) =>
    call('PATCH', location, token, { 'Upload-Offset': offset, 'Content-Type': 'application/offset+octet-stream', 'Content-Length': bytes.length }, bytes, port);
  const messageOf = (answer: Answer) => JSON.parse(answer.body).error.message as string;

  /** Sends a whole file through tus in one PATCH; returns the final answer. */
  async function tusUpload(token: string, bytes: Buffer, name: string, type: string): Promise<Answer> {
    const created = await create(token, bytes.length, name, type);
    expect(created.status).toBe(201);
    return patch(token, created.headers.location!, 0, bytes);
  }

  beforeAll(async () => {
    process.env.MEDIA_RESUMABLE_DIR = tusDir;
    uploads = uploadsSnapshot();
    app = await startStrapi();
    await new Promise<void>((resolve) => (app.server as http.Server).listen(0, '127.0.0.1', resolve));
    base = { host: '127.0.0.1', port: ((app.server as http.Server).address() as net.AddressInfo).port };
    await seedReference(app.strapi);
    // Uploading is the media library's own right, which the author's admin role holds: no unit needed.
    author = await newsroomUser(app, 'phone-author@test.local', 'author', []);
    other = await newsroomUser(app, 'other-author@test.local', 'author', []);
  });

  afterAll(async () => {
    await app?.stop();
    uploads?.removeAdded();
    fs.rmSync(tusDir, { recursive: true, force: true });
    delete process.env.MEDIA_RESUMABLE_DIR;
  });

  afterEach(() => setFfmpeg('ffmpeg'));

  describe('HEIC photos', () => {
    it('are stored as an upright JPEG without GPS, through POST /upload', async () => {
      const res = await request(app.server)
        .post('/upload')
        .set('Authorization', `Bearer ${author.token}`)
        .attach('files', HEIC, { filename: 'IMG_0001.HEIC', contentType: 'image/heic' });
      expect(res.status).toBe(201);
      const [file] = res.body;
      expect(file).toMatchObject({ mime: 'image/jpeg', ext: '.jpg', width: 320, height: 160 });
      const meta = await sharp(onDisk(file.url)).metadata();
      expect(meta).toMatchObject({ format: 'jpeg', width: 320, height: 160 });
      // Nothing is left for a viewer to rotate again, and no position.
      expect(meta.orientation).toBeUndefined();
      expect(hasGps(meta.exif)).toBe(false);
      // Upright: the red half of the photo is on the left, as the phone showed it.
      const { data } = await sharp(onDisk(file.url)).extract({ left: 40, top: 80, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
      expect(data[0]).toBeGreaterThan(150);
      expect(data[2]).toBeLessThan(100);
    });

    it('the fixture does carry GPS (what the test above shows gone)', () => {
      expect(HEIC.includes(Buffer.from('Exif'))).toBe(true);
      expect(hasGps(HEIC.subarray(HEIC.indexOf(Buffer.from('Exif'))))).toBe(true);
    });

    it.each([
      ['JPEG bytes named .heic', async () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } }).jpeg().toBuffer(), /JPEG.*"\.heic"/],
      ['text named .heic', async () => Buffer.from('not a photo at all, only words'), /Định dạng tệp không được nhận/],
      ['a HEIC header with its pixels cut off', async () => HEIC.subarray(0, 700), /HEIC|Không đọc được ảnh/],
    ])('refuses %s in Vietnamese and stores nothing', async (_kind, make, message) => {
      const before = await files();
      const res = await request(app.server)
        .post('/upload')
        .set('Authorization', `Bearer ${author.token}`)
        .attach('files', await make(), { filename: 'anh.heic', contentType: 'image/heic' });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
      expect(await files()).toBe(before);
    });
  });

  describe('MOV videos', () => {
    it('the fixture carries its location, in a QuickTime file', () => {
      expect(MOV.toString('latin1', 4, 12)).toBe('ftypqt  ');
      expect(MOV.includes(MOV_LOCATION)).toBe(true);
    });

    it('with ffmpeg: remuxed to MP4 (faststart, no re-encoding), without location', async () => {
      const res = await request(app.server)
        .post('/upload')
        .set('Authorization', `Bearer ${author.token}`)
        .attach('files', MOV, { filename: 'IMG_0002.MOV', contentType: 'video/quicktime' });
      expect(res.status).toBe(201);
      const [file] = res.body;
      expect(file).toMatchObject({ mime: 'video/mp4', ext: '.mp4' });
      const stored = fs.readFileSync(onDisk(file.url));
      expect(stored.includes(MOV_LOCATION)).toBe(false);
      expect(stored.toString('latin1', 8, 12)).toBe('isom');
      const boxes = topBoxes(stored);
      expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'));
      // Copied, not re-encoded: the H.264 stream of the fixture is in the MP4 byte for byte.
      const mdat = MOV.subarray(MOV.indexOf(Buffer.from('mdat')) + 4, MOV.indexOf(Buffer.from('mdat')) + 4 + 2000);
      expect(stored.includes(mdat)).toBe(true);
    });

    it('without ffmpeg: stored as MOV, its metadata blanked', async () => {
      setFfmpeg('off');
      const res = await request(app.server)
        .post('/upload')
        .set('Authorization', `Bearer ${author.token}`)
        .attach('files', MOV, { filename: 'IMG_0003.MOV', contentType: 'video/quicktime' });
      expect(res.status).toBe(201);
      const [file] = res.body;
      expect(file).toMatchObject({ mime: 'video/quicktime', ext: '.MOV' });
      const stored = fs.readFileSync(onDisk(file.url));
      expect(stored.length).toBe(MOV.length);
      expect(stored.includes(MOV_LOCATION)).toBe(false);
    });

    it('an ffmpeg that is not there is the same as none', async () => {
      setFfmpeg('/nonexistent/ffmpeg');
      const res = await request(app.server)
        .post('/upload')
        .set('Authorization', `Bearer ${author.token}`)
        .attach('files', MOV, { filename: 'clip.mov', contentType: 'video/quicktime' });
      expect(res.status).toBe(201);
      expect(res.body[0]).toMatchObject({ mime: 'video/quicktime', ext: '.mov' });
    });
  });

  describe('resumable uploads (tus)', () => {
    it('a 50 MB upload cut twice by the network resumes from its offset and arrives whole', async () => {
      const bytes = paddedMp4(50 * MB);
      const cuts = [12 * MB, 31 * MB];
      // Between the client and the app: forwards bytes both ways, and drops the connection once
      // `cuts[0]` bytes of requests went through it, then once `cuts[1]` had.
      let forwarded = 0;
      const proxy = net.createServer((client) => {
        const upstream = net.connect(base.port, base.host);
        client.on('data', (chunk) => {
          forwarded += chunk.length;
          if (cuts.length > 0 && forwarded >= cuts[0]) {
            cuts.shift();
            client.destroy();
            upstream.destroy();
            return;
          }
          upstream.write(chunk);
        });
        upstream.on('data', (chunk) => client.write(chunk));
        client.on('error', () => upstream.destroy());
        upstream.on('error', () => client.destroy());
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      const proxyPort = (proxy.address() as net.AddressInfo).port;
      try {
        const created = await create(author.token, bytes.length, 'phong-su.mp4');
        expect(created.status).toBe(201);
        const location = created.headers.location!;
        const offsets: number[] = [];
        let offset = 0;
        let final: Answer | undefined;
        for (let attempt = 0; attempt < 8 && !final; attempt++) {
          const answer = await patch(author.token, location, offset, bytes.subarray(offset), proxyPort).catch(() => null);
          if (answer?.status === 204) final = answer;
          else {
            // The connection dropped (or the server still held the last bytes: 409): ask where it is, go on from there.
            if (answer && answer.status !== 409) throw new Error(`PATCH answered ${answer.status} ${answer.body}`);
            await new Promise((resolve) => setTimeout(resolve, 200));
            const head = await call('HEAD', location, author.token, {}, undefined, proxyPort);
            expect(head.status).toBe(200);
            offset = Number(head.headers['upload-offset']);
            if (!answer) offsets.push(offset);
          }
        }
        expect(cuts).toEqual([]);
        expect(offsets).toHaveLength(2);
        // Each resume started where the bytes stopped, not from zero.
        expect(offsets[0]).toBeGreaterThan(0);
        expect(offsets[1]).toBeGreaterThan(offsets[0]);
        expect(final?.status).toBe(204);
        const id = Number(final!.headers['x-media-file-id']);
        const url = String(final!.headers['x-media-file-url']);
        const row = await app.strapi.db.query(FILE).findOne({ where: { id } });
        expect(row).toMatchObject({ mime: 'video/mp4', name: 'phong-su.mp4' });
        expect(url.replace(/\?.*$/, '')).toBe(row.url);
        expect(sha256(fs.readFileSync(onDisk(row.url)))).toBe(sha256(bytes));
        // Nothing of the upload stays but the record of what it became; a client that lost the answer asks.
        expect(tusEntries()).toEqual([`${path.basename(location)}.media`]);
        const lookup = await call('GET', `${location}/file`, author.token);
        expect(lookup.status).toBe(200);
        expect(JSON.parse(lookup.body).data).toMatchObject({ id, mime: 'video/mp4' });
        const foreign = await call('GET', `${location}/file`, other.token);
        expect(foreign.status).toBe(403);
        expect(messageOf(foreign)).toMatch(/người khác/);
      } finally {
        await new Promise((resolve) => proxy.close(resolve));
        for (const name of tusEntries()) fs.rmSync(path.join(tusDir, name), { force: true });
      }
    }, 120_000);

    it('HEIC and MOV through tus become the same stripped JPEG and MP4', async () => {
      const photo = await tusUpload(author.token, HEIC, 'IMG_0004.HEIC', 'image/heic');
      expect(photo.status).toBe(204);
      const jpeg = await app.strapi.db.query(FILE).findOne({ where: { id: Number(photo.headers['x-media-file-id']) } });
      expect(jpeg).toMatchObject({ mime: 'image/jpeg', ext: '.jpg', width: 320, height: 160 });
      expect(hasGps((await sharp(onDisk(jpeg.url)).metadata()).exif)).toBe(false);

      const video = await tusUpload(author.token, MOV, 'IMG_0005.MOV', 'video/quicktime');
      expect(video.status).toBe(204);
      const mp4 = await app.strapi.db.query(FILE).findOne({ where: { id: Number(video.headers['x-media-file-id']) } });
      expect(mp4).toMatchObject({ mime: 'video/mp4', ext: '.mp4' });
      expect(fs.readFileSync(onDisk(mp4.url)).includes(MOV_LOCATION)).toBe(false);
      for (const name of tusEntries()) fs.rmSync(path.join(tusDir, name), { force: true });
    });

    describe('refuses in Vietnamese, and nothing stays stored', () => {
      let before: number;
      beforeEach(async () => {
        before = await files();
        expect(tusEntries()).toEqual([]);
      });
      afterEach(async () => {
        expect(await files()).toBe(before);
        expect(tusEntries()).toEqual([]);
      });

      it('a length above the archive limit', async () => {
        const max = (app.strapi.config.get('plugin::upload.mediaRules') as MediaRules).maxFileBytes;
        const res = await create(author.token, max + 1);
        expect(res.status).toBe(413);
        expect(messageOf(res)).toMatch(/vượt giới hạn/);
      });

      it('no length, or a length deferred to later', async () => {
        const none = await call('POST', TUS, author.token, { 'Upload-Metadata': `filename ${b64('a.mp4')}` });
        expect(none.status).toBe(400);
        expect(messageOf(none)).toMatch(/Upload-Length/);
        const deferred = await call('POST', TUS, author.token, { 'Upload-Defer-Length': '1' });
        expect(deferred.status).toBe(400);
        const forged = await create(author.token, '12abc');
        expect(forged.status).toBe(400);
        expect(messageOf(forged)).toMatch(/không hợp lệ/);
      });

      it('a chunk beyond the declared length (the upload is ended)', async () => {
        const created = await create(author.token, 100);
        const res = await patch(author.token, created.headers.location!, 0, paddedMp4(200));
        expect(res.status).toBe(413);
        expect(messageOf(res)).toMatch(/vượt quá độ dài/);
        expect((await call('HEAD', created.headers.location!, author.token)).status).toBe(404);
      });

      it('a final size other than the declared one (bytes that did not come through the protocol)', async () => {
        const bytes = paddedMp4(1000);
        const created = await create(author.token, bytes.length);
        const location = created.headers.location!;
        expect((await patch(author.token, location, 0, bytes.subarray(0, 500))).status).toBe(204);
        // A second writer, or a disk fault: the file grows past what the protocol received.
        fs.appendFileSync(path.join(tusDir, path.basename(location)), Buffer.alloc(600));
        const res = await patch(author.token, location, 500, bytes.subarray(500));
        expect(res.status).toBe(400);
        expect(messageOf(res)).toMatch(/khác với độ dài đã khai báo/);
      });

      it('a resume (HEAD, PATCH, DELETE) by someone else; the owner then ends it', async () => {
        const created = await create(author.token, 1000);
        const location = created.headers.location!;
        for (const method of ['HEAD', 'PATCH', 'DELETE']) {
          const res = await call(method, location, other.token, method === 'PATCH' ? { 'Upload-Offset': 0, 'Content-Type': 'application/offset+octet-stream' } : {}, method === 'PATCH' ? paddedMp4(100) : undefined);
          expect(res.status).toBe(403);
          if (method !== 'HEAD') expect(messageOf(res)).toMatch(/người khác/);
        }
        const head = await call('HEAD', location, author.token);
        expect(head.status).toBe(200);
        expect(head.headers['upload-offset']).toBe('0');
        expect((await call('DELETE', location, author.token)).status).toBe(204);
      });

      it('bytes the media rules refuse, whatever the name says', async () => {
        const script = await tusUpload(author.token, Buffer.from('#!/bin/sh\nrm -rf /\n'), 'anh.jpg', 'image/jpeg');
        expect(script.status).toBe(400);
        expect(messageOf(script)).toMatch(/anh\.jpg: .*mã lệnh/);
        const fakeHeic = await tusUpload(author.token, await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } }).png().toBuffer(), 'anh.heic', 'image/heic');
        expect(fakeHeic.status).toBe(400);
        expect(messageOf(fakeHeic)).toMatch(/PNG.*"\.heic"/);
      });

      it('an address that is no upload', async () => {
        const res = await call('HEAD', `${TUS}/..%2F..%2Fpackage.json`, author.token);
        expect(res.status).toBe(404);
        const unknown = await call('GET', `${TUS}/${'0'.repeat(32)}/file`, author.token);
        expect(unknown.status).toBe(404);
        expect(messageOf(unknown)).toMatch(/Không tìm thấy/);
      });
    });

    it('needs an admin session', async () => {
      const res = await call('POST', TUS, 'not-a-token', { 'Upload-Length': '10' });
      expect(res.status).toBe(401);
      expect(tusEntries()).toEqual([]);
    });

    it('removes an upload no byte reached for a day, once an hour across processes, and keeps a fresh one', async () => {
      const stale = path.basename((await create(author.token, 1000)).headers.location!);
      const fresh = path.basename((await create(author.token, 1000)).headers.location!);
      const dayAndMinuteAgo = new Date(Date.now() - 24 * 3600_000 - 60_000);
      for (const name of tusEntries().filter((entry) => entry.startsWith(stale))) fs.utimesSync(path.join(tusDir, name), dayAndMinuteAgo, dayAndMinuteAgo);

      const now = new Date();
      const sweeps = getService(app.strapi, 'resumable-uploads');
      expect(await sweeps.sweepAbandoned(now)).toEqual({ skipped: false, removed: 1 });
      expect(tusEntries().some((entry) => entry.startsWith(stale))).toBe(false);
      expect(tusEntries().some((entry) => entry.startsWith(fresh))).toBe(true);
      // The same hour again (another process): skipped, by the job-run row.
      expect(await sweeps.sweepAbandoned(now)).toEqual({ skipped: true, removed: 0 });
      expect(await app.strapi.db.query(JOB_RUN).count({ where: { job: 'resumable-uploads-sweep' } })).toBe(1);
      expect((await call('DELETE', `${TUS}/${fresh}`, author.token)).status).toBe(204);
      expect(tusEntries()).toEqual([]);
    });
  });
});
