import zlib from 'zlib';
import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient } from './harness/admin-client';
import { contentManager, createSuperAdmin } from './harness/http';
import { uploadPhoto } from './harness/media';
import { act, newsroomDesk, newsroomUser, type Desk } from './harness/workflow';
import { seedReference } from '../src/seed/reference';
import { SEND_APP_BUDGET_BYTES, SEND_APP_PATH, SEND_DRAFTS_TABLE } from '../src/plugins/editorial-workflow/shared/contracts/send-app';
import { ARTICLE, ITEM_STATE, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

/** A message for a person of the newsroom: Vietnamese, with its marks. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const SEND = '/editorial-workflow/send';
const key = () => `k-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;

/**
 * "Gửi tin" (issue 20 item 1) over HTTP as real logins: the author of commune XA-A writes from the
 * phone app's API (its own photos, a client key per draft), saves, submits, answers a return; the
 * editor of SGD-GDPT returns it. A replayed offline draft makes no second item; another commune's
 * author sees and changes nothing; bad input stores nothing. The app's files fit the size budget.
 */
describe('Gửi tin: the authors’ phone app', () => {
  let app: TestApp;
  let desk: Desk;
  let author: { id: number; token: string };
  let outsider: { id: number; token: string };
  let topicId: number;
  let xaA: number;
  let photos: number[];

  const api = (token: string) => adminClient(app.server, token);
  const items = () => app.strapi.db.query(ARTICLE).count();
  const keyRows = async () => Number((await app.strapi.db.connection(SEND_DRAFTS_TABLE).count({ n: '*' }))[0].n);
  const good = (fields: Record<string, unknown> = {}) => ({
    title: 'Xã A tổ chức ngày hội đọc sách',
    summary: 'Hơn 300 học sinh tham gia ngày hội đọc sách tại nhà văn hoá xã.',
    paragraphs: ['Sáng 12/12, tại nhà văn hoá xã A diễn ra ngày hội đọc sách.', '', 'Các em được giao lưu với tác giả.'],
    kind: 'news',
    topic: topicId,
    photos,
    ...fields,
  });

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    const units = app.strapi.documents(UNIT);
    await units.create({ data: { code: 'XA-A', name: 'Phòng VH-XH xã A', kind: 'commune-culture', active: true } });
    await units.create({ data: { code: 'XA-B', name: 'Phòng VH-XH xã B', kind: 'commune-culture', active: true } });
    xaA = (await app.strapi.db.query(UNIT).findOne({ where: { code: 'XA-A' } })).id;
    topicId = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' } })).id;
    desk = await newsroomDesk(app);
    author = { id: (await app.strapi.db.query('admin::user').findOne({ where: { email: 'author@test.local' } })).id, token: desk.author };
    outsider = await newsroomUser(app, 'outsider@test.local', 'author', ['XA-B']);
    await createSuperAdmin(app);
    photos = [await uploadPhoto(app, author.token, 'hoi-sach-1.jpg'), await uploadPhoto(app, author.token, 'hoi-sach-2.jpg')];
  });

  afterAll(() => app?.stop());

  it('offers the author their unit, the kinds and the topics', async () => {
    const res = await api(author.token).get(`${SEND}/options`);
    expect(res.status).toBe(200);
    expect(res.body.data.units).toEqual([{ id: xaA, name: 'Phòng VH-XH xã A' }]);
    expect(res.body.data.kinds.map((kind: { value: string }) => kind.value)).toEqual(['news', 'article', 'feature']);
    expect(res.body.data.topics).toContainEqual(expect.objectContaining({ id: topicId, code: 'III.2' }));
  });

  it('creates an item once per client key: a replay is a 409 naming the first item, even several at once', async () => {
    const clientKey = key();
    const before = await items();
    const created = await api(author.token).post(`${SEND}/items`, { ...good(), clientKey });
    expect(created.status).toBe(201);
    const view = created.body.data;
    expect(view).toMatchObject({ state: 'draft', title: good().title, kind: 'news', topic: topicId, unit: { id: xaA }, editable: true, allowedActions: ['submit'] });
    expect(view.paragraphs).toEqual(['Sáng 12/12, tại nhà văn hoá xã A diễn ra ngày hội đọc sách.', 'Các em được giao lưu với tác giả.']);
    expect(view.photos.map((photo: { id: number }) => photo.id)).toEqual(photos);
    // Stored as the admin panel stores an item: Strapi blocks, the first photo the cover.
    const row = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: view.documentId, publishedAt: null }, populate: ['cover', 'gallery', 'unit'] });
    expect(row.body).toEqual(view.paragraphs.map((text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })));
    expect([row.cover.id, ...row.gallery.map((file: { id: number }) => file.id)]).toEqual(photos);
    expect(await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: view.documentId } })).toMatchObject({ state: 'draft' });

    const replay = await api(author.token).post(`${SEND}/items`, { ...good({ title: 'Bản gửi lại' }), clientKey });
    expect(replay.status).toBe(409);
    expect(replay.body.error.message).toMatch(VIETNAMESE);
    expect(replay.body.error.details).toEqual({ documentId: view.documentId });
    expect(await items()).toBe(before + 1);

    // The same draft sent five times at once (a connection that came back while a send was under way).
    const burstKey = key();
    const burst = await Promise.all(Array.from({ length: 5 }, () => api(author.token).post(`${SEND}/items`, { ...good({ title: 'Gửi năm lần' }), clientKey: burstKey })));
    expect(burst.map((res) => res.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const made = burst.find((res) => res.status === 201)!.body.data.documentId;
    for (const res of burst.filter((one) => one.status === 409)) expect(res.body.error.details.documentId).toBe(made);
    expect(await app.strapi.db.query(ARTICLE).count({ where: { title: 'Gửi năm lần' } })).toBe(1);

    // Another person's replay of the key is refused without naming the item.
    const foreign = await api(outsider.token).post(`${SEND}/items`, { ...good({ photos: [] }), clientKey });
    expect(foreign.status).toBe(409);
    expect(foreign.body.error.details).toEqual({});
  });

  it('saves, submits, lists with who acts next and the reason of a return, and takes the answer to the return', async () => {
    const { documentId } = (await api(author.token).post(`${SEND}/items`, { ...good({ title: 'Tin trả lời trả lại' }), clientKey: key() })).body.data;
    const saved = await api(author.token).put(`${SEND}/items/${documentId}`, { title: 'Tin trả lời trả lại (sửa)', paragraphs: ['Đoạn một.', 'Đoạn hai.'], photos: [photos[1]] });
    expect(saved.status).toBe(200);
    expect(saved.body.data).toMatchObject({ title: 'Tin trả lời trả lại (sửa)', paragraphs: ['Đoạn một.', 'Đoạn hai.'], kind: 'news', topic: topicId });
    expect(saved.body.data.photos.map((photo: { id: number }) => photo.id)).toEqual([photos[1]]);

    const stale = await api(author.token).post(`${SEND}/items/${documentId}/submit`, { expectedVersion: saved.body.data.version + 5 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(VIETNAMESE);
    const submitted = await api(author.token).post(`${SEND}/items/${documentId}/submit`, { expectedVersion: saved.body.data.version });
    expect(submitted.status).toBe(200);
    expect(submitted.body.data).toMatchObject({ state: 'in_review', editable: false, allowedActions: [], next: { role: 'editor' } });
    const locked = await api(author.token).put(`${SEND}/items/${documentId}`, { title: 'Sửa khi đang duyệt' });
    expect(locked.status).toBe(403);
    expect(locked.body.error.message).toMatch(VIETNAMESE);

    await act(app, desk.editor, documentId, 'return', { comment: 'Bổ sung tên trường và số học sinh.' });
    const listed = await api(author.token).get(`${SEND}/items`);
    expect(listed.status).toBe(200);
    const row = listed.body.data.find((item: { documentId: string }) => item.documentId === documentId);
    expect(row).toMatchObject({ state: 'returned', next: { role: 'author' }, lastReason: { action: 'return', comment: 'Bổ sung tên trường và số học sinh.', current: true } });

    const opened = (await api(author.token).get(`${SEND}/items/${documentId}`)).body.data;
    expect(opened).toMatchObject({ state: 'returned', editable: true, allowedActions: ['submit'], lastReason: { comment: 'Bổ sung tên trường và số học sinh.' } });
    const answered = await api(author.token).put(`${SEND}/items/${documentId}`, { title: opened.title, paragraphs: [...opened.paragraphs, 'Trường Tiểu học xã A, 312 học sinh.'] });
    expect(answered.status).toBe(200);
    const resubmitted = await api(author.token).post(`${SEND}/items/${documentId}/submit`, { expectedVersion: answered.body.data.version });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.data).toMatchObject({ state: 'in_review', lastReason: null });
  });

  it('refuses another unit’s author everything about an item, and a create for a unit not theirs', async () => {
    const { documentId, version } = (await api(author.token).post(`${SEND}/items`, { ...good({ title: 'Tin của xã A' }), clientKey: key() })).body.data;
    const outside = api(outsider.token);
    expect((await outside.get(`${SEND}/items/${documentId}`)).status).toBe(404);
    expect((await outside.put(`${SEND}/items/${documentId}`, { title: 'Chiếm tin' })).status).toBe(404);
    expect((await outside.post(`${SEND}/items/${documentId}/submit`, { expectedVersion: version })).status).toBe(404);
    expect((await outside.get(`${SEND}/items`)).body.data.map((item: { documentId: string }) => item.documentId)).not.toContain(documentId);
    const before = [await items(), await keyRows()];
    const foreign = await outside.post(`${SEND}/items`, { ...good({ photos: [] }), unit: xaA, clientKey: key() });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.message).toMatch(VIETNAMESE);
    expect([await items(), await keyRows()]).toEqual(before);
    expect((await app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: null } })).title).toBe('Tin của xã A');
  });

  it('refuses bad input in Vietnamese and stores nothing', async () => {
    const otherPhoto = await uploadPhoto(app, outsider.token, 'cua-xa-b.jpg');
    const before = [await items(), await keyRows()];
    const cases: Array<[Record<string, unknown>, number]> = [
      [{ ...good() }, 400], // no client key
      [{ ...good(), clientKey: 'ngắn' }, 400],
      [{ ...good(), clientKey: key(), publishedAt: new Date().toISOString() }, 400],
      [{ ...good(), clientKey: key(), status: 'published' }, 400],
      [{ ...good({ kind: 'response' }), clientKey: key() }, 400],
      [{ ...good({ title: '' }), clientKey: key() }, 400],
      [{ ...good({ paragraphs: 'một đoạn' }), clientKey: key() }, 400],
      [{ ...good({ photos: [2_000_000_000] }), clientKey: key() }, 400],
      [{ ...good({ photos: [otherPhoto] }), clientKey: key() }, 403],
      [{ ...good({ video: photos[0] }), clientKey: key() }, 400],
      [{ ...good({ topic: 2_000_000_000 }), clientKey: key() }, 400],
    ];
    for (const [body, status] of cases) {
      const res = await api(author.token).post(`${SEND}/items`, body);
      expect({ body, status: res.status }).toEqual({ body, status });
      expect(res.body.error.message).toMatch(VIETNAMESE);
    }
    expect([await items(), await keyRows()]).toEqual(before);
  });

  it('does not flatten a body formatted in the admin panel', async () => {
    const { documentId } = (await api(author.token).post(`${SEND}/items`, { ...good({ title: 'Có định dạng' }), clientKey: key() })).body.data;
    const body = [{ type: 'heading', level: 2, children: [{ type: 'text', text: 'Tiêu đề nhỏ' }] }, { type: 'paragraph', children: [{ type: 'text', text: 'Đoạn.', bold: true }] }];
    expect((await contentManager(app, author.token).update(ARTICLE, documentId, { body })).status).toBe(200);
    expect((await api(author.token).get(`${SEND}/items/${documentId}`)).body.data).toMatchObject({ editable: false, paragraphs: ['Tiêu đề nhỏ', 'Đoạn.'] });
    const res = await api(author.token).put(`${SEND}/items/${documentId}`, { title: 'Có định dạng', paragraphs: ['Tiêu đề nhỏ', 'Đoạn.'] });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/trang quản trị/);
    expect((await app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: null } })).body).toEqual(body);
  });

  it(`serves the app at ${SEND_APP_PATH}/ in at most ${SEND_APP_BUDGET_BYTES / 1024} KB of JS and CSS, gzipped, with a manifest and a service worker`, async () => {
    const page = await request(app.server).get(`${SEND_APP_PATH}/`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toMatch(/<html lang="vi">/);
    const linked = [...page.text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) => match[1]);
    // The service worker is JavaScript the phone downloads too.
    const files = [...new Set([...linked, 'sw.js'])];
    expect(files).toEqual(expect.arrayContaining(['app.js', 'app.css', 'sw.js']));
    let total = 0;
    const sizes: Record<string, number> = {};
    for (const file of files) {
      const res = await request(app.server).get(`${SEND_APP_PATH}/${file}`).buffer(true).parse((stream, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => done(null, Buffer.concat(chunks)));
      });
      expect({ file, status: res.status }).toEqual({ file, status: 200 });
      sizes[file] = zlib.gzipSync(res.body as Buffer, { level: 9 }).length;
      total += sizes[file];
    }
    // eslint-disable-next-line no-console
    console.log(`Gửi tin: ${(total / 1024).toFixed(1)} KB of JS and CSS gzipped (${JSON.stringify(sizes)}), budget ${SEND_APP_BUDGET_BYTES / 1024} KB`);
    expect(total).toBeLessThanOrEqual(SEND_APP_BUDGET_BYTES);

    const manifest = await request(app.server).get(`${SEND_APP_PATH}/manifest.webmanifest`);
    expect(manifest.headers['content-type']).toMatch(/application\/manifest\+json/);
    expect(JSON.parse(manifest.text)).toMatchObject({ lang: 'vi', start_url: `${SEND_APP_PATH}/`, display: 'standalone' });
    expect(page.text).toMatch(/rel="manifest"/);
    expect((await request(app.server).get(`${SEND_APP_PATH}/sw.js`)).headers['service-worker-allowed']).toBe(`${SEND_APP_PATH}/`);
    // Only the app's own files: no path is read from the request.
    const escape = await request(app.server).get(`${SEND_APP_PATH}/..%2F..%2Fpackage.json`);
    expect([403, 404]).toContain(escape.status);
    expect(escape.text).not.toMatch(/sgddt-newsroom/);
    // Every datum is behind the admin sign-in.
    expect((await request(app.server).get(`${SEND}/items`)).status).toBe(401);
  });
});
