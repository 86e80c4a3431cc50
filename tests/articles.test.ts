import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { connect, contentManager } from './harness/http';
import { newsroomUser } from './harness/workflow';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { ARTICLE } from '../src/plugins/editorial-workflow/shared/uids';

describe('items: Vietnamese slugs made on the server, a unit required', () => {
  let app: TestApp;
  let cm: ReturnType<typeof contentManager>;
  let unit: string;

  const createItem = (data: Record<string, unknown>) => cm.create(ARTICLE, { kind: 'news', unit: connect(unit), ...data });
  const rowCount = () => app.strapi.db.query(ARTICLE).count();

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    unit = (await unitIdsByCode(app.strapi, ['SGD-VP'])).get('SGD-VP')!;
    cm = contentManager(app, (await newsroomUser(app, 'author@test.local', 'author', ['SGD-VP'])).token);
  });

  afterAll(() => app?.stop());

  it('makes the slug from the title, and NFC and NFD titles give one slug (the second gets -2)', async () => {
    const title = 'Giáo dục Điện Biên đón năm học mới';
    const nfc = await createItem({ title: title.normalize('NFC') });
    const nfd = await createItem({ title: title.normalize('NFD') });
    expect(nfc.status).toBe(201);
    expect(nfd.status).toBe(201);
    expect(nfc.body.data.slug).toBe('giao-duc-dien-bien-don-nam-hoc-moi');
    expect(nfd.body.data.slug).toBe('giao-duc-dien-bien-don-nam-hoc-moi-2');
  });

  it('settles tone-only collisions with -2, -3', async () => {
    const slugs = [];
    for (const title of ['ma', 'má', 'mà']) slugs.push((await createItem({ title })).body.data.slug);
    expect(slugs).toEqual(['ma', 'ma-2', 'ma-3']);
  });

  it('replaces a slug the admin UI generated with the server’s, and keeps it unique', async () => {
    const res = await createItem({ title: 'Một tiêu đề khác', slug: 'Giáo-dục-Điện-Biên-đón-năm-học-mới' });
    expect(res.status).toBe(201);
    expect(res.body.data.slug).toBe('giao-duc-dien-bien-don-nam-hoc-moi-3');
  });

  it('keeps the slug when the title changes, so published links stay valid', async () => {
    const created = await createItem({ title: 'Hội nghị chuyên môn đầu năm' });
    const updated = await cm.update(ARTICLE, created.body.data.documentId, { title: 'Hội nghị chuyên môn đầu năm học 2026' });
    expect(updated.status).toBe(200);
    expect(updated.body.data.slug).toBe('hoi-nghi-chuyen-mon-dau-nam');
  });

  it('makes a slug for a title with no letter', async () => {
    const res = await createItem({ title: '!!!' });
    expect(res.status).toBe(201);
    expect(res.body.data.slug).toBe('tin-bai');
  });

  it('refuses an item without a unit, with a message, and writes nothing', async () => {
    const before = await rowCount();
    const res = await cm.create(ARTICLE, { title: 'Không có đơn vị', kind: 'news' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/phải thuộc một đơn vị/);
    expect(await rowCount()).toBe(before);
  });

  it('refuses a unit or topic that does not exist with a 4xx, and writes nothing', async () => {
    const before = await rowCount();
    for (const data of [
      { title: 'Đơn vị lạ', unit: connect('khong-co-don-vi-nay') },
      { title: 'Chủ đề lạ', unit: connect(unit), topics: { connect: [{ documentId: 'khong-co-chu-de-nay' }] } },
      { title: 'Kiểu sai', unit: connect(unit), kind: 'podcast' },
      { title: ['không', 'phải', 'chuỗi'], unit: connect(unit) },
    ]) {
      const res = await cm.create(ARTICLE, { kind: 'news', ...data });
      expect({ data, clientError: res.status >= 400 && res.status < 500 }).toEqual({ data, clientError: true });
    }
    expect(await rowCount()).toBe(before);
  });

  it('refuses to clear the unit of an item', async () => {
    const created = await createItem({ title: 'Có đơn vị' });
    const res = await cm.update(ARTICLE, created.body.data.documentId, { unit: { connect: [], disconnect: [{ documentId: unit }] } });
    expect(res.status).toBe(400);
    const stored = await app.strapi.documents(ARTICLE).findOne({ documentId: created.body.data.documentId, populate: ['unit'] });
    expect(stored?.unit?.documentId).toBe(unit);
  });

  it('has no REST write route for items, for anyone', async () => {
    for (const method of ['post', 'put', 'delete'] as const) {
      const path = method === 'post' ? '/api/articles' : '/api/articles/abc';
      const res = await request(app.server)[method](path).send({ data: { title: 'x' } });
      expect([404, 405]).toContain(res.status);
    }
  });
});
