import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { UPLOADS } from './harness/media';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient } from './harness/admin-client';
import { connect, contentManager, createSuperAdmin, createDraft } from './harness/http';
import { act, type Desk, newsroomDesk } from './harness/workflow';
import { seedReference } from '../src/seed/reference';
import { readFileAccessConfig } from '../src/media/file-access/config';
import { urlSigner } from '../src/media/file-access/url-signature';
import { PUBLIC_PATHS_TABLE, publicFileIndex } from '../src/media/file-access/public-files';
import * as samples from './fixtures/media/samples';
import { ARTICLE, MEDIA_ASSET as ASSET, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';


interface StoredFile {
  id: number;
  name: string;
  hash: string;
  url: string;
  formats: Record<string, { url: string }> | null;
}

/** The file and every format of it, as stored (no query). */
const urlsOf = (file: StoredFile) => [file.url, ...Object.values(file.formats ?? {}).map((format) => format.url)];

/**
 * Who can fetch an uploaded file by its URL: every state of an item and of a media asset, every
 * URL of the file and its formats, fetched without authentication; signed URLs as the admin gets
 * them; forged, expired and guessed ones.
 */
describe('security: uploaded files are reachable only when published or public', () => {
  let app: TestApp;
  let root: string;
  let desk: Desk;
  let office: { documentId: string };
  let topic: { documentId: string };
  let filesBefore: Set<string>;

  const upload = async (token: string, filename: string): Promise<StoredFile> => {
    const res = await request(app.server)
      .post('/upload')
      .set('Authorization', `Bearer ${token}`)
      .attach('files', await samples.photoWithGps(1200, 800), { filename, contentType: 'image/jpeg' });
    expect(res.status).toBe(201);
    return app.strapi.db.query('plugin::upload.file').findOne({ where: { id: res.body[0].id } }) as Promise<StoredFile>;
  };
  const fetchAnonymously = (url: string) => request(app.server).get(url);
  /** Every URL of the files answers 200 (reachable) or the very answer of a name that does not exist. */
  const expectReachable = async (files: StoredFile[], reachable: boolean) => {
    const missing = await fetchAnonymously(`/uploads/${'0'.repeat(40)}.jpg`);
    for (const file of files) {
      const urls = urlsOf(file);
      expect(urls.length).toBeGreaterThanOrEqual(4); // the file, its thumbnail and the WebP widths
      for (const url of urls) {
        const res = await fetchAnonymously(url);
        if (reachable) {
          expect({ url, status: res.status }).toEqual({ url, status: 200 });
          expect(res.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
        } else {
          expect({ url, status: res.status }).toEqual({ url, status: 404 });
          expect(res.text).toBe(missing.text);
          expect(res.headers['content-type']).toBe(missing.headers['content-type']);
        }
      }
    }
  };
  const draft = (data: Record<string, unknown>) =>
    createDraft(app, desk.author, { title: `Ngày hội đọc sách ${Math.random().toString(36).slice(2, 8)}`, unit: office.documentId, topic: topic.documentId, ...data });
  /** The item as the content manager shows it to `token` (the admin's edit view). */
  const adminView = async (token: string, documentId: string) => {
    const res = await adminClient(app.server, token).get(`/content-manager/collection-types/${ARTICLE}/${documentId}`);
    expect(res.status).toBe(200);
    return res.body.data;
  };
  const bodyWithImage = (image: unknown) => [
    { type: 'paragraph', children: [{ type: 'text', text: 'Học sinh đọc sách tại thư viện.' }] },
    { type: 'image', image, children: [{ type: 'text', text: '' }] },
  ];

  beforeAll(async () => {
    filesBefore = new Set(fs.existsSync(UPLOADS) ? fs.readdirSync(UPLOADS) : []);
    app = await startStrapi();
    await seedReference(app.strapi);
    root = await createSuperAdmin(app);
    office = await app.strapi.db.query(UNIT).findOne({ select: ['documentId'], where: { code: 'SGD-VP' } });
    topic = await app.strapi.db.query(TOPIC).findOne({ select: ['documentId'], where: { code: 'III.2' } });
    desk = await newsroomDesk(app, { authorUnit: 'SGD-VP', domain: 'files.test' });
  });

  afterAll(async () => {
    await app?.stop();
    for (const name of fs.readdirSync(UPLOADS)) if (!filesBefore.has(name)) fs.rmSync(path.join(UPLOADS, name), { force: true });
  });

  describe('file names', () => {
    it('carry 160 random bits and nothing of the original name, which stays in `name`', async () => {
      const file = await upload(desk.author, 'be-mam-non-Hoa-Sen.jpg');
      expect(file.name).toBe('be-mam-non-Hoa-Sen.jpg');
      expect(file.hash).toMatch(/^[0-9a-f]{40}$/);
      for (const url of urlsOf(file)) {
        expect(url).not.toMatch(/mam|hoa|sen/i);
        expect(url).toContain(file.hash);
      }
      const other = await upload(desk.author, 'be-mam-non-Hoa-Sen.jpg');
      expect(other.hash).not.toBe(file.hash);
    });

    it('cannot be found by guessing from the original name, as Strapi names files', async () => {
      await upload(desk.author, 'hoc-sinh-lop-1.jpg');
      for (const guess of ['/uploads/hoc-sinh-lop-1.jpg', '/uploads/hoc_sinh_lop_1.jpg', '/uploads/thumbnail_hoc_sinh_lop_1.jpg']) {
        expect((await fetchAnonymously(guess)).status).toBe(404);
      }
      const onDisk = fs.readdirSync(UPLOADS).filter((name) => !filesBefore.has(name));
      expect(onDisk.some((name) => /hoc|sinh|lop/.test(name))).toBe(false);
    });
  });

  describe('an item: its files are public exactly while a version showing them is published', () => {
    let cover: StoredFile;
    let galleryPhoto: StoredFile;
    let inBody: StoredFile;
    let newCover: StoredFile;
    let documentId: string;

    beforeAll(async () => {
      cover = await upload(desk.author, 'khai-giang.jpg');
      galleryPhoto = await upload(desk.author, 'san-truong.jpg');
      inBody = await upload(desk.author, 'thu-vien.jpg');
      newCover = await upload(desk.author, 'khai-giang-moi.jpg');
    });

    it('draft: nothing is reachable; the author sees the files through signed URLs', async () => {
      // The body's image is the file object as the admin's media library gives it (signed).
      const library = await adminClient(app.server, desk.author).get(`/upload/files/${inBody.id}`);
      expect(library.status).toBe(200);
      expect(library.body.url).toMatch(/\?exp=\d+&sig=/);
      ({ documentId } = await draft({ cover: cover.id, gallery: [galleryPhoto.id], body: bodyWithImage(library.body) }));
      await expectReachable([cover, galleryPhoto, inBody], false);

      const view = await adminView(desk.author, documentId);
      for (const url of [view.cover.url, view.cover.formats.thumbnail.url, view.gallery[0].formats.small.url, view.body[1].image.url]) {
        expect(url).toMatch(/^\/uploads\/[0-9a-f_a-z]+\.(jpg|jpeg|webp)\?exp=\d+&sig=[\w-]+$/);
        const res = await fetchAnonymously(url);
        expect(res.status).toBe(200);
        expect(res.headers['cache-control']).toBe('private, no-store');
      }
    });

    it('stores the body without the signatures it was sent with', async () => {
      const row = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: null }, select: ['body'] });
      expect(JSON.stringify(row.body)).not.toMatch(/sig=|exp=/);
      expect(row.body[1].image.url).toBe(inBody.url);
    });

    it('in review and approved: still not reachable', async () => {
      await act(app, desk.author, documentId, 'submit');
      await expectReachable([cover, galleryPhoto, inBody], false);
      await act(app, desk.editor, documentId, 'forward');
      await act(app, desk.head, documentId, 'approve');
      await expectReachable([cover, galleryPhoto, inBody], false);
    });

    it('published: cover, gallery and body image, every format, reachable without a signature; the public API gives those URLs', async () => {
      await act(app, desk.publisher, documentId, 'publish');
      await expectReachable([cover, galleryPhoto, inBody], true);

      const slug = (await app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['slug'] })).slug;
      const res = await request(app.server).get(`/api/articles/by-slug/${slug}`);
      expect(res.status).toBe(200);
      const shown = res.body.data;
      expect(shown.cover.url).toBe(cover.url);
      expect(shown.gallery[0].url).toBe(galleryPhoto.url);
      expect(shown.body).toContain(`src="${inBody.url}"`);
      for (const url of [shown.cover.url, ...Object.values(shown.cover.formats as Record<string, { url: string }>).map((f) => f.url), shown.gallery[0].url]) {
        expect(url).not.toContain('?');
        expect((await fetchAnonymously(url)).status).toBe(200);
      }
    });

    it('a new round after an edit: the new cover stays private, the online version keeps its files', async () => {
      const res = await contentManager(app, desk.author).update(ARTICLE, documentId, { cover: newCover.id });
      expect(res.status).toBe(200);
      await expectReachable([newCover], false);
      await expectReachable([cover, galleryPhoto, inBody], true);
      await act(app, desk.author, documentId, 'submit');
      await act(app, desk.editor, documentId, 'forward');
      await act(app, desk.head, documentId, 'approve');
      await expectReachable([newCover], false);
      await act(app, desk.publisher, documentId, 'publish');
      await expectReachable([newCover, galleryPhoto, inBody], true);
      // The old cover is shown by no published version any more.
      await expectReachable([cover], false);
    });

    it('unpublished: nothing is reachable any more; the admin still sees the files', async () => {
      await act(app, desk.publisher, documentId, 'unpublish', { comment: 'Gỡ ảnh theo đề nghị của phụ huynh' });
      await expectReachable([newCover, galleryPhoto, inBody], false);
      const view = await adminView(desk.publisher, documentId);
      expect((await fetchAnonymously(view.cover.formats.thumbnail.url)).status).toBe(200);
    });
  });

  describe('a media asset: public only when public and (no children or consent confirmed)', () => {
    let photo: StoredFile;
    let documentId: string;
    const cm = () => contentManager(app, root);

    beforeAll(async () => {
      photo = await upload(root, 'tre-em-mua-lan.jpg');
    });

    it('private (the default): not reachable', async () => {
      const res = await cm().create(ASSET, { title: 'Múa lân trung thu', kind: 'photo', file: photo.id, unit: connect(office.documentId) });
      expect(res.status).toBe(201);
      documentId = res.body.data.documentId;
      await expectReachable([photo], false);
    });

    it('marked public with children and no consent (written around the rules): still not reachable', async () => {
      await app.strapi.db.query(ASSET).update({ where: { documentId }, data: { public: true } });
      await expectReachable([photo], false);
    });

    it('public with consent confirmed: reachable; made private again: not', async () => {
      expect((await cm().update(ASSET, documentId, { consentConfirmed: true, public: true })).status).toBe(200);
      await expectReachable([photo], true);
      const listed = await request(app.server).get('/api/media-assets');
      expect(listed.status).toBe(200);
      const entry = listed.body.data.find((item: { file: { url: string } }) => item.file.url === photo.url);
      expect(entry).toBeDefined();

      expect((await cm().update(ASSET, documentId, { public: false })).status).toBe(200);
      await expectReachable([photo], false);
    });

    it('public without children: reachable; the asset deleted: not', async () => {
      const file = await upload(root, 'san-truong-trong.jpg');
      const res = await cm().create(ASSET, { title: 'Sân trường', kind: 'photo', file: file.id, containsMinors: false, public: true, unit: connect(office.documentId) });
      expect(res.status).toBe(201);
      await expectReachable([file], true);
      expect((await adminClient(app.server, root).delete(`/content-manager/collection-types/${ASSET}/${res.body.data.documentId}`)).status).toBe(200);
      await expectReachable([file], false);
    });
  });

  describe('signed URLs', () => {
    let file: StoredFile;
    let other: StoredFile;
    const signerAt = () => {
      const config = readFileAccessConfig(app.strapi);
      return { signer: urlSigner(config.secret, config.signedUrlTtlSeconds), ttl: config.signedUrlTtlSeconds };
    };

    beforeAll(async () => {
      file = await upload(desk.author, 'ho-so.jpg');
      other = await upload(desk.author, 'ho-so-khac.jpg');
    });

    it('the media library lists thumbnails that load for the signed-in admin, and only with the signature', async () => {
      const res = await adminClient(app.server, desk.author).get('/upload/files?page=1&pageSize=50&sort=createdAt:DESC');
      expect(res.status).toBe(200);
      const listed = res.body.results.find((row: { id: number }) => row.id === file.id);
      expect(listed).toBeDefined();
      // As the admin's media library builds a thumbnail's address: its own cache-busting parameter added.
      const thumbnail = `${listed.formats.thumbnail.url}&updatedAt=${encodeURIComponent(listed.updatedAt)}`;
      const shown = await fetchAnonymously(thumbnail);
      expect(shown.status).toBe(200);
      expect(shown.headers['content-type']).toMatch(/^image\//);
      expect(shown.headers['cache-control']).toBe('private, no-store');
      expect((await fetchAnonymously(listed.formats.thumbnail.url.split('?')[0])).status).toBe(404);
    });

    it('refuses an expired, forged or borrowed signature, and answers a HEAD like a GET', async () => {
      const { signer, ttl } = signerAt();
      const fresh = signer.sign(file.url);
      expect((await fetchAnonymously(`${file.url}?exp=${fresh.exp}&sig=${fresh.sig}`)).status).toBe(200);
      expect((await request(app.server).head(`${file.url}?exp=${fresh.exp}&sig=${fresh.sig}`)).status).toBe(200);
      expect((await request(app.server).head(file.url)).status).toBe(404);

      const expired = signer.sign(file.url, Date.now() - 2 * ttl * 1000);
      expect((await fetchAnonymously(`${file.url}?exp=${expired.exp}&sig=${expired.sig}`)).status).toBe(404);
      // A later expiry with the old signature; a signature of another key; one of another file.
      expect((await fetchAnonymously(`${file.url}?exp=${Number(fresh.exp) + 60}&sig=${fresh.sig}`)).status).toBe(404);
      const forged = urlSigner('not-the-server-secret', ttl).sign(file.url);
      expect((await fetchAnonymously(`${file.url}?exp=${forged.exp}&sig=${forged.sig}`)).status).toBe(404);
      const borrowed = signer.sign(other.url);
      expect((await fetchAnonymously(`${file.url}?exp=${borrowed.exp}&sig=${borrowed.sig}`)).status).toBe(404);
      // An expiry far in the future, validly signed with the server's key, is still not what sign() issues.
      expect((await fetchAnonymously(`${file.url}?exp=99999999999&sig=${fresh.sig}`)).status).toBe(404);
    });

    it('refuses every other spelling of a file path, public or not', async () => {
      const name = file.url.slice('/uploads/'.length);
      const { signer } = signerAt();
      const { exp, sig } = signer.sign(file.url);
      const variants = [
        `/%75ploads/${name}`,
        `/uploads/%${name.charCodeAt(0).toString(16)}${name.slice(1)}`,
        `//uploads/${name}`,
        `/UPLOADS/${name}`,
        `/uploads/./${name}`,
        `/x/../uploads/${name}`,
        `/uploads//${name}`,
      ];
      for (const variant of variants) {
        const res = await fetchAnonymously(`${variant}?exp=${exp}&sig=${sig}`);
        expect({ variant, status: res.status }).toEqual({ variant, status: 404 });
        expect({ variant, status: (await fetchAnonymously(variant)).status }).toEqual({ variant, status: 404 });
      }
    });

    it('gives the content API (an API token) signed URLs too, and the public role nothing', async () => {
      const created = await adminClient(app.server, root).post('/admin/api-tokens', { name: 'files-test', type: 'full-access', lifespan: null });
      expect(created.status).toBe(201);
      const res = await request(app.server).get(`/api/upload/files/${file.id}`).set('Authorization', `Bearer ${created.body.data.accessKey}`);
      expect(res.status).toBe(200);
      expect(res.body.url).toMatch(/\?exp=\d+&sig=/);
      expect((await fetchAnonymously(res.body.url)).status).toBe(200);
      const anonymous = await request(app.server).get(`/api/upload/files/${file.id}`);
      expect(JSON.stringify(anonymous.body)).not.toContain('sig=');
    });
  });

  describe('the table of public paths', () => {
    it('kept in step by every write above, equals one rebuilt from scratch (what a first start does)', async () => {
      const rows = async () =>
        ((await app.strapi.db.connection(PUBLIC_PATHS_TABLE).select('source', 'path')) as Array<{ source: string; path: string }>)
          .map(({ source, path }) => `${source} ${path}`)
          .sort();
      const file = await upload(root, 'cong-truong.jpg');
      const res = await contentManager(app, root).create(ASSET, { title: 'Cổng trường', kind: 'photo', file: file.id, containsMinors: false, public: true, unit: connect(office.documentId) });
      expect(res.status).toBe(201);
      const kept = await rows();
      expect(kept).toEqual(expect.arrayContaining(urlsOf(file).map((url) => `asset:${res.body.data.documentId} ${url}`)));
      await publicFileIndex(app.strapi).rebuild();
      expect(await rows()).toEqual(kept);
    });
  });
});
