import fs from 'fs';
import path from 'path';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, type TestApp } from './harness/strapi';
import { connect, contentManager, createSuperAdmin } from './harness/http';
import { seedReference } from '../src/seed/reference';
import { mediaCounts } from '../src/media/media-counts';
import { PUBLIC_ASSET_FILTERS } from '../src/media/consent';
import { monthKey } from '../src/utils/vietnam-time';
import * as samples from './fixtures/media/samples';

const ASSET = 'api::media-asset.media-asset';
const ARTICLE = 'api::article.article';
const UNIT = 'api::unit.unit';
const TOPIC = 'api::topic.topic';
const UPLOADS = path.resolve(__dirname, '..', 'public', 'uploads');

/**
 * Publishing an item from code, in one place: when the editorial workflow lands, this becomes its
 * `publish` transition, and every consent test below runs through it.
 */
export async function publishArticle(strapi: Core.Strapi, documentId: string): Promise<void> {
  await strapi.documents(ARTICLE).publish({ documentId });
}

type Unit = { id: number; documentId: string; code: string };

describe('media archive: consent, unit, monthly counts and browsing', () => {
  let app: TestApp;
  let cm: ReturnType<typeof contentManager>;
  let token: string;
  let filesBefore: Set<string>;
  let office: Unit;
  let quality: Unit;
  let topic: { id: number; documentId: string };
  const fileIds: number[] = [];

  const upload = async (name: string) => {
    const res = await request(app.server)
      .post('/upload')
      .set('Authorization', `Bearer ${token}`)
      .attach('files', await samples.photoWithGps(1200, 800), { filename: name, contentType: 'image/jpeg' });
    expect(res.status).toBe(201);
    return res.body[0].id as number;
  };
  const asset = (unit: Unit, file: number, extra: Record<string, unknown> = {}) =>
    cm.create(ASSET, { title: `Ảnh ${file}`, kind: 'photo', file, unit: connect(unit.documentId), ...extra });
  const findUnit = (code: string): Promise<Unit> => app.strapi.db.query(UNIT).findOne({ select: ['id', 'documentId', 'code'], where: { code } });
  const draftArticle = (data: Record<string, unknown>) =>
    app.strapi.documents(ARTICLE).create({ data: { title: 'Lễ khai giảng năm học mới', kind: 'news', unit: office.documentId, ...data } as never });

  beforeAll(async () => {
    filesBefore = new Set(fs.readdirSync(UPLOADS));
    app = await startStrapi();
    await seedReference(app.strapi);
    token = await createSuperAdmin(app);
    cm = contentManager(app, token);
    office = await findUnit('SGD-VP');
    quality = await findUnit('SGD-QLCL');
    topic = await app.strapi.db.query(TOPIC).findOne({ select: ['id', 'documentId'], where: { code: 'III.2' } });
    for (let i = 0; i < 6; i += 1) fileIds.push(await upload(`anh-${i}.jpg`));
  });

  afterAll(async () => {
    await app?.stop();
    for (const name of fs.readdirSync(UPLOADS)) if (!filesBefore.has(name)) fs.rmSync(path.join(UPLOADS, name), { force: true });
  });

  describe('a photo of children is not made public before consent is confirmed', () => {
    it('refuses to create it public, says why, and stores nothing', async () => {
      const before = await app.strapi.db.query(ASSET).count();
      const res = await asset(office, fileIds[0], { public: true });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/hình ảnh trẻ em.*sự đồng ý/);
      expect(res.body.error.details.errors[0].path).toEqual(['public']);
      expect(await app.strapi.db.query(ASSET).count()).toBe(before);
    });

    it('refuses to make a stored one public, and takes it once consent is confirmed', async () => {
      const created = await asset(office, fileIds[0]);
      expect(created.status).toBe(201);
      expect(created.body.data).toMatchObject({ containsMinors: true, consentConfirmed: false, public: false });
      const id = created.body.data.documentId;
      expect((await cm.update(ASSET, id, { public: true })).status).toBe(400);
      const res = await cm.update(ASSET, id, { consentConfirmed: true, public: true });
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ consentConfirmed: true, public: true });
    });

    it('refuses to withdraw the consent of a public photo of children', async () => {
      const { body } = await asset(office, fileIds[1], { consentConfirmed: true, public: true });
      const res = await cm.update(ASSET, body.data.documentId, { consentConfirmed: false });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/bỏ công khai trước/);
    });

    it('lets a photo without children be public, and the public filters list only what may be shown', async () => {
      expect((await asset(quality, fileIds[2], { containsMinors: false, public: true })).status).toBe(201);
      // Written around the document rules, straight into the table: the filters still keep it out.
      const sneaked = await asset(quality, fileIds[3]);
      await app.strapi.db.query(ASSET).update({ where: { documentId: sneaked.body.data.documentId }, data: { public: true } });

      const shown = await app.strapi.documents(ASSET).findMany({ filters: PUBLIC_ASSET_FILTERS as never, fields: ['title', 'public', 'containsMinors', 'consentConfirmed'] });
      expect(shown.length).toBeGreaterThanOrEqual(2);
      for (const row of shown) expect(row.public && (!row.containsMinors || row.consentConfirmed)).toBe(true);
      expect(shown.map((row) => row.documentId)).not.toContain(sneaked.body.data.documentId);
    });

    it('requires a unit', async () => {
      const res = await cm.create(ASSET, { title: 'Không đơn vị', kind: 'photo', file: fileIds[4] });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/phải thuộc một đơn vị/);
    });
  });

  describe('an item is not published with a photo of children lacking consent', () => {
    let lacking: string;

    beforeAll(async () => {
      const res = await asset(office, fileIds[4], { title: 'Học sinh lớp 1 ngày khai giảng' });
      lacking = res.body.data.documentId;
    });

    it('refuses to publish an item whose gallery holds it, naming the photo, and keeps the item a draft', async () => {
      const item = await draftArticle({ cover: fileIds[2], gallery: [fileIds[5], fileIds[4]] });
      await expect(publishArticle(app.strapi, item.documentId)).rejects.toMatchObject({
        name: 'ValidationError',
        message: expect.stringMatching(/"Học sinh lớp 1 ngày khai giảng".*chưa xác nhận sự đồng ý/),
      });
      const published = await app.strapi.documents(ARTICLE).findOne({ documentId: item.documentId, status: 'published' });
      expect(published).toBeNull();
    });

    it('refuses an item created or updated straight to published with it as the cover', async () => {
      await expect(
        app.strapi.documents(ARTICLE).create({ data: { title: 'Tin đăng ngay', kind: 'news', unit: office.documentId, cover: fileIds[4] } as never, status: 'published' })
      ).rejects.toMatchObject({ name: 'ValidationError' });
      const item = await draftArticle({ title: 'Tin sửa rồi đăng' });
      await expect(
        app.strapi.documents(ARTICLE).update({ documentId: item.documentId, data: { cover: fileIds[4] } as never, status: 'published' })
      ).rejects.toMatchObject({ name: 'ValidationError' });
    });

    it('publishes the item once consent is confirmed', async () => {
      const item = await draftArticle({ title: 'Tin có ảnh đã đồng ý', cover: fileIds[4] });
      await app.strapi.documents(ASSET).update({ documentId: lacking, data: { consentConfirmed: true } as never });
      await publishArticle(app.strapi, item.documentId);
      expect(await app.strapi.documents(ARTICLE).findOne({ documentId: item.documentId, status: 'published' })).not.toBeNull();
    });
  });

  describe('monthly counts per unit', () => {
    it('stamps the month an asset was sent (Vietnam time) on the server, whatever the request says', async () => {
      const res = await asset(quality, fileIds[5], { sentMonth: '2020-01' });
      expect(res.status).toBe(201);
      const row = await app.strapi.db.query(ASSET).findOne({ select: ['sentMonth'], where: { documentId: res.body.data.documentId } });
      expect(row.sentMonth).toBe(monthKey(new Date()));
    });

    it('counts assets per unit and month with one aggregate, within the months asked', async () => {
      // Move three of the office's assets into earlier months, as if sent then.
      const rows: Array<{ id: number }> = await app.strapi.db.query(ASSET).findMany({ select: ['id'], where: { unit: { id: office.id } }, orderBy: { id: 'asc' } });
      expect(rows.length).toBeGreaterThanOrEqual(3);
      await app.strapi.db.query(ASSET).updateMany({ where: { id: { $in: [rows[0].id, rows[1].id] } }, data: { sentMonth: '2026-09' } });
      await app.strapi.db.query(ASSET).update({ where: { id: rows[2].id }, data: { sentMonth: '2026-10' } });

      const counts = await mediaCounts(app.strapi, { from: '2026-09', to: '2026-10' });
      expect(counts).toEqual([
        { unitId: office.id, month: '2026-09', count: 2 },
        { unitId: office.id, month: '2026-10', count: 1 },
      ]);
      expect(await mediaCounts(app.strapi, { from: '2026-10', to: '2026-10', unitIds: [quality.id] })).toEqual([]);

      const thisMonth = monthKey(new Date());
      const now = await app.strapi.service(ASSET).monthlyCounts({ from: thisMonth, to: thisMonth, unitIds: [quality.id] });
      expect(now).toEqual([{ unitId: quality.id, month: thisMonth, count: 3 }]);
    });

    it('has an index on the sending month for the aggregate', async () => {
      const inspector = (app.strapi.db.dialect as unknown as { schemaInspector: { getIndexes(table: string): Promise<Array<{ name: string; columns: string[] }>> } }).schemaInspector;
      const indexes = await inspector.getIndexes('media_assets');
      expect(indexes).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'media_assets_sent_month_idx', columns: ['sent_month'] })]));
    });

    it('refuses a malformed month', async () => {
      await expect(mediaCounts(app.strapi, { from: '2026-13', to: '2026-12' })).rejects.toMatchObject({ name: 'ValidationError' });
      await expect(mediaCounts(app.strapi, { from: '2026-11', to: '2026-10' })).rejects.toMatchObject({ name: 'ValidationError' });
    });
  });

  describe('browsing the archive in the admin panel', () => {
    it('filters by unit, topic and month (a date range on the sending date)', async () => {
      const tagged = await asset(quality, fileIds[3], { title: 'Ảnh theo chủ đề', topics: connect(topic.documentId) });
      expect(tagged.status).toBe(201);
      const start = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
      const end = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
      const query =
        `?filters[$and][0][unit][id][$eq]=${quality.id}` +
        `&filters[$and][1][topics][id][$eq]=${topic.id}` +
        `&filters[$and][2][createdAt][$gte]=${start}&filters[$and][3][createdAt][$lte]=${end}`;
      const res = await cm.find(ASSET, query);
      expect(res.status).toBe(200);
      expect(res.body.results.map((row: { title: string }) => row.title)).toEqual(['Ảnh theo chủ đề']);
    });

    it('lists the file, unit, topics and consent columns', async () => {
      const res = await request(app.server).get(`/content-manager/content-types/${ASSET}/configuration`).set('Authorization', `Bearer ${token}`);
      expect(res.body.data.contentType.layouts.list).toEqual(expect.arrayContaining(['file', 'title', 'unit', 'consentConfirmed', 'public']));
    });
  });
});
