import fs from 'fs';
import path from 'path';
import request from 'supertest';
import sharp from 'sharp';
import { UPLOADS } from './harness/media';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient } from './harness/admin-client';
import { createSuperAdmin, createDraft } from './harness/http';
import { act, newsroomDesk, publishThroughWorkflow, type Desk } from './harness/workflow';
import { seedReference } from '../src/seed/reference';
import { readFileAccessConfig } from '../src/media/file-access/config';
import { signedUrl, urlSigner } from '../src/media/file-access/url-signature';
import { objectStorageConfigFromEnv, objectStorageOf, objectStore, type ObjectStore } from '../src/media/storage';
import * as samples from './fixtures/media/samples';
import { ARTICLE, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

const { startS3 } = require('./harness/s3') as typeof import('./harness/s3');
const { until } = require('./harness/until') as typeof import('./harness/until');


interface StoredFile {
  id: number;
  hash: string;
  url: string;
  formats: Record<string, { url: string }> | null;
}

const nameOf = (url: string) => url.replace(/^\/uploads\//, '').replace(/[?#].*$/, '');
const urlsOf = (file: StoredFile) => [file.url, ...Object.values(file.formats ?? {}).map((format) => format.url)];

/**
 * Uploads in an S3-compatible bucket (S3_BUCKET set; a local s3rver started here): the original and
 * its derivatives are objects under `private/`, a file is copied under `public/` exactly while it
 * is public, admins reach private files through our signed URL, which redirects to a short-lived
 * presigned one, replace and delete change and remove the objects.
 */
describe('object storage: uploads in an S3-compatible bucket', () => {
  let s3: Awaited<ReturnType<typeof startS3>>;
  let app: TestApp;
  let store: ObjectStore;
  let root: string;
  let desk: Desk;
  let office: { documentId: string };
  let topic: { documentId: string };
  let onDiskBefore: Set<string>;
  const envBefore: Record<string, string | undefined> = {};

  const fileRow = (id: number) => app.strapi.db.query('plugin::upload.file').findOne({ where: { id } }) as Promise<StoredFile>;
  const upload = async (token: string, filename: string, bytes?: Buffer): Promise<StoredFile> => {
    const res = await adminClient(app.server, token)
      .post('/upload')
      .attach('files', bytes ?? (await samples.photoWithGps(1200, 800)), { filename, contentType: 'image/jpeg' });
    expect(res.status).toBe(201);
    return fileRow(res.body[0].id);
  };
  const objectBytes = async (key: string) => {
    const chunks: Buffer[] = [];
    for await (const chunk of await store.read(key)) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks);
  };
  /** An anonymous GET straight at the bucket's address of a public copy. */
  const fetchPublicCopy = (name: string) => fetch(store.publicUrl(name));
  const publicCopies = async (file: StoredFile) => Promise.all(urlsOf(file).map((url) => store.exists(`public/${nameOf(url)}`)));

  beforeAll(async () => {
    onDiskBefore = new Set(fs.existsSync(UPLOADS) ? fs.readdirSync(UPLOADS) : []);
    s3 = await startS3();
    for (const [key, value] of Object.entries(s3.env)) {
      envBefore[key] = process.env[key];
      process.env[key] = value;
    }
    app = await startStrapi();
    store = objectStore(objectStorageConfigFromEnv(process.env)!);
    await seedReference(app.strapi);
    root = await createSuperAdmin(app);
    office = await app.strapi.db.query(UNIT).findOne({ select: ['documentId'], where: { code: 'SGD-VP' } });
    topic = await app.strapi.db.query(TOPIC).findOne({ select: ['documentId'], where: { code: 'III.2' } });
    desk = await newsroomDesk(app, { authorUnit: 'SGD-VP', domain: 'objects.test' });
  }, 120_000);

  afterAll(async () => {
    store?.destroy();
    await app?.stop();
    await s3?.stop();
    for (const [key, value] of Object.entries(envBefore)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  let photo: StoredFile;
  let documentId: string;

  it('an upload: the original and every derivative are private objects, nothing is written to the disk', async () => {
    await expect(objectStorageOf(app.strapi)!.store.ping()).resolves.toBeUndefined(); // what a readiness check asks
    photo = await upload(desk.author, 'hoc-sinh-tieu-hoc.jpg');
    expect(photo.url).toBe(`/uploads/${photo.hash}.jpg`);
    const urls = urlsOf(photo);
    expect(urls.length).toBeGreaterThanOrEqual(4); // the file, its thumbnail and the WebP widths
    for (const url of urls) {
      expect(await store.exists(`private/${nameOf(url)}`)).toBe(true);
      expect(await store.exists(`public/${nameOf(url)}`)).toBe(false);
    }
    // The stored bytes are the images themselves (no transfer framing), as the pipeline made them.
    const original = await sharp(await objectBytes(`private/${nameOf(photo.url)}`)).metadata();
    expect(original).toMatchObject({ format: 'jpeg', width: 1200 });
    expect(original.exif).toBeUndefined(); // the GPS the photo carried is gone
    expect((await sharp(await objectBytes(`private/${nameOf(photo.formats!.thumbnail.url)}`)).metadata()).format).toBe('jpeg');
    expect((await sharp(await objectBytes(`private/${nameOf(photo.formats!.small.url)}`)).metadata()).format).toBe('webp');
    const added = fs.readdirSync(UPLOADS).filter((name) => !onDiskBefore.has(name));
    expect(added.filter((name) => name.includes(photo.hash))).toEqual([]);
  });

  it('a private file: not reachable anonymously, neither through the app nor at the public address', async () => {
    for (const url of urlsOf(photo)) {
      expect((await request(app.server).get(url)).status).toBe(404);
      expect((await fetchPublicCopy(nameOf(url))).status).toBe(404);
    }
  });

  it('an admin reaches it through the signed URL, which redirects to a presigned URL of a few minutes', async () => {
    const library = await adminClient(app.server, desk.author).get(`/upload/files/${photo.id}`);
    expect(library.status).toBe(200);
    expect(library.body.url).toMatch(/^\/uploads\/[0-9a-f]{40}\.jpg\?exp=\d+&sig=/);
    const expected = await objectBytes(`private/${nameOf(photo.url)}`);

    const signed = await request(app.server).get(library.body.url);
    expect(signed.status).toBe(302);
    expect(signed.headers['cache-control']).toBe('private, no-store');
    const location = new URL(signed.headers.location);
    expect(location.origin + location.pathname).toBe(`${s3.endpoint}/${s3.bucket}/private/${nameOf(photo.url)}`);
    expect(Number(location.searchParams.get('X-Amz-Expires'))).toBeGreaterThan(0);
    expect(Number(location.searchParams.get('X-Amz-Expires'))).toBeLessThanOrEqual(300);
    const fetched = await fetch(location);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('cache-control')).toBe('private, no-store');
    expect(fetched.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await fetched.arrayBuffer()).equals(expected)).toBe(true);

    // The presigned URL expires at the storage server too: the same URL, dated an hour earlier, is refused.
    const stale = new URL(location);
    const hourEarlier = new Date(Date.now() - 3600_000).toISOString().replace(/[-:]|\.\d+/g, '');
    stale.searchParams.set('X-Amz-Date', hourEarlier);
    expect((await fetch(stale)).status).toBe(403);

    // Every derivative the media library lists is signed and redirects too.
    for (const format of Object.values(library.body.formats as Record<string, { url: string }>)) {
      const res = await request(app.server).get(format.url);
      expect({ url: format.url, status: res.status }).toEqual({ url: format.url, status: 302 });
      expect((await fetch(res.headers.location)).status).toBe(200);
    }
  });

  it('the signed URL expires', async () => {
    const { secret, signedUrlTtlSeconds } = readFileAccessConfig(app.strapi);
    const signer = urlSigner(secret, signedUrlTtlSeconds);
    const issuedLongAgo = signedUrl(signer, photo.url, photo.url, Date.now() - 3 * signedUrlTtlSeconds * 1000);
    const res = await request(app.server).get(issuedLongAgo);
    expect(res.status).toBe(404);
    expect(res.headers.location).toBeUndefined();
  });

  it('replace: the objects and every derivative get the new bytes under the same names', async () => {
    const before = await objectBytes(`private/${nameOf(photo.url)}`);
    const res = await adminClient(app.server, desk.author)
      .post(`/upload?id=${photo.id}`)
      .attach('files', await samples.photoWithGps(900, 600), { filename: 'anh-moi.jpg', contentType: 'image/jpeg' });
    expect(res.status).toBe(200);
    const replaced = await fileRow(photo.id);
    expect(replaced.url).toBe(photo.url);
    expect((await objectBytes(`private/${nameOf(replaced.url)}`)).equals(before)).toBe(false);
    for (const url of urlsOf(replaced)) {
      expect(await store.exists(`private/${nameOf(url)}`)).toBe(true);
      expect(await store.exists(`public/${nameOf(url)}`)).toBe(false);
    }
    expect((await sharp(await objectBytes(`private/${nameOf(replaced.url)}`)).metadata()).width).toBe(900);
    photo = replaced;
  });

  it('published: the public API points at the public copy of every format, readable anonymously', async () => {
    ({ documentId } = await createDraft(app, desk.author, {
      title: `Ngày hội đọc sách ${Math.random().toString(36).slice(2, 8)}`,
      unit: office.documentId,
      topic: topic.documentId,
      cover: photo.id,
    }));
    await publishThroughWorkflow(app, desk, documentId);
    await until(async () => (await publicCopies(photo)).every(Boolean), 'the public copies of the cover');

    const slug = (await app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['slug'] })).slug;
    const shown = (await request(app.server).get(`/api/articles/by-slug/${slug}`)).body.data;
    const urls = [shown.cover.url, ...Object.values(shown.cover.formats as Record<string, { url: string }>).map((format) => format.url)];
    expect(urls.sort()).toEqual(urlsOf(photo).sort());
    for (const url of urls) {
      const res = await request(app.server).get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 302 });
      expect(res.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
      expect(res.headers.location).toBe(store.publicUrl(nameOf(url)));
      const object = await fetch(res.headers.location); // no credentials
      expect(object.status).toBe(200);
      expect(object.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
      expect(object.headers.get('content-type')).toMatch(/^image\/(jpeg|webp)$/);
      expect(Buffer.from(await object.arrayBuffer()).equals(await objectBytes(`private/${nameOf(url)}`))).toBe(true);
    }
  });

  it('unpublished: the public copies are removed, the private objects stay', async () => {
    await act(app, desk.publisher, documentId, 'unpublish', { comment: 'Gỡ ảnh theo đề nghị của phụ huynh' });
    await until(async () => (await publicCopies(photo)).every((exists) => !exists), 'the public copies to go');
    for (const url of urlsOf(photo)) {
      expect((await request(app.server).get(url)).status).toBe(404);
      expect((await fetchPublicCopy(nameOf(url))).status).toBe(404);
      expect(await store.exists(`private/${nameOf(url)}`)).toBe(true);
    }
  });

  it('a document (no derivatives) is stored the same way, byte for byte', async () => {
    const res = await adminClient(app.server, desk.author).post('/upload').attach('files', samples.pdf(), { filename: 'ke-hoach.pdf', contentType: 'application/pdf' });
    expect(res.status).toBe(201);
    const document = await fileRow(res.body[0].id);
    expect(document.url).toBe(`/uploads/${document.hash}.pdf`);
    expect((await objectBytes(`private/${document.hash}.pdf`)).equals(samples.pdf())).toBe(true);
    expect((await request(app.server).get(document.url)).status).toBe(404);
    expect((await adminClient(app.server, root).delete(`/upload/files/${document.id}`)).status).toBe(200);
    expect(await store.exists(`private/${document.hash}.pdf`)).toBe(false);
  });

  it('delete: every object of the file and its derivatives is gone', async () => {
    const other = await upload(desk.author, 'san-truong.jpg');
    for (const file of [photo, other]) {
      expect((await adminClient(app.server, root).delete(`/upload/files/${file.id}`)).status).toBe(200);
      for (const url of urlsOf(file)) {
        expect(await store.exists(`private/${nameOf(url)}`)).toBe(false);
        expect(await store.exists(`public/${nameOf(url)}`)).toBe(false);
      }
    }
    const left: string[] = [];
    for await (const object of store.list('')) left.push(object.key);
    expect(left).toEqual([]);
  });
});
