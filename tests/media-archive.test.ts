import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { connect, contentManager, createSuperAdmin, createDraft } from './harness/http';
import { seedReference } from '../src/seed/reference';
import { mediaCounts } from '../src/media/media-counts';
import { PUBLIC_ASSET_FILTERS } from '../src/media/consent';
import { monthKey } from '../src/utils/vietnam-time';
import { act, type Desk, newsroomDesk, workflowApi } from './harness/workflow';
import { mediaConsentRules } from '../src/media/rules/consent';
import { uploadPhoto, uploadsSnapshot } from './harness/media';
import { ARTICLE, ITEM_STATE, MEDIA_ASSET as ASSET, NOTIFICATION, TOPIC, TRANSITION, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

/**
 * Publishing an item, in one place: the editorial workflow's path (submit, forward, approve as
 * the real roles, then the publisher's `publish` transition, which publishes through the Document
 * Service inside its transaction). Returns the response of the `publish` transition.
 */
async function publishArticle(app: TestApp, desk: Desk, documentId: string) {
  await act(app, desk.author, documentId, 'submit');
  await act(app, desk.editor, documentId, 'forward');
  await act(app, desk.head, documentId, 'approve');
  const current = await workflowApi(app, desk.publisher).item(documentId);
  return workflowApi(app, desk.publisher).transition(documentId, { action: 'publish', expectedVersion: current.body.data.version });
}

type Unit = { id: number; documentId: string; code: string };

describe('media archive: consent, unit, monthly counts and browsing', () => {
  let app: TestApp;
  let cm: ReturnType<typeof contentManager>;
  let token: string;
  let uploads: ReturnType<typeof uploadsSnapshot>;
  let office: Unit;
  let quality: Unit;
  let topic: { id: number; documentId: string };
  let desk: Desk;
  const fileIds: number[] = [];

  const asset = (unit: Unit, file: number, extra: Record<string, unknown> = {}) =>
    cm.create(ASSET, { title: `Ảnh ${file}`, kind: 'photo', file, unit: connect(unit.documentId), ...extra });
  const findUnit = (code: string): Promise<Unit> => app.strapi.db.query(UNIT).findOne({ select: ['id', 'documentId', 'code'], where: { code } });
  /** An item drafted by the office's author, routed to SGD-GDPT by its topic III.2. */
  const draftArticle = (data: Record<string, unknown>) =>
    createDraft(app, desk.author, { title: 'Lễ khai giảng năm học mới', unit: office.documentId, topic: topic.documentId, ...data });
  const isPublished = async (documentId: string) =>
    Boolean(await app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: { $notNull: true } } }));

  beforeAll(async () => {
    uploads = uploadsSnapshot();
    app = await startStrapi();
    await seedReference(app.strapi);
    token = await createSuperAdmin(app);
    cm = contentManager(app, token);
    office = await findUnit('SGD-VP');
    quality = await findUnit('SGD-QLCL');
    topic = await app.strapi.db.query(TOPIC).findOne({ select: ['id', 'documentId'], where: { code: 'III.2' } });
    for (let i = 0; i < 6; i += 1) fileIds.push(await uploadPhoto(app, token, `anh-${i}.jpg`));
    desk = await newsroomDesk(app, { authorUnit: 'SGD-VP', domain: 'media.test' });
  });

  afterAll(async () => {
    await app?.stop();
    uploads?.removeAdded();
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

    it('takes a public photo of children out of the public archive when its consent is withdrawn', async () => {
      const { body } = await asset(office, fileIds[1], { consentConfirmed: true, public: true });
      const res = await cm.update(ASSET, body.data.documentId, { consentConfirmed: false });
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ consentConfirmed: false, public: false });
      // Withdrawing and asking it public in one write is refused, and changes nothing.
      const again = await cm.update(ASSET, body.data.documentId, { consentConfirmed: false, public: true });
      expect(again.status).toBe(400);
      expect(again.body.error.message).toMatch(/chỉ được công khai khi đã xác nhận sự đồng ý/);
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

    it('refuses the publish transition of an item whose gallery holds it, naming the photo, and keeps the item unpublished', async () => {
      const item = await draftArticle({ cover: fileIds[2], gallery: [fileIds[5], fileIds[4]] });
      const res = await publishArticle(app, desk, item.documentId);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/"Học sinh lớp 1 ngày khai giảng".*chưa xác nhận sự đồng ý/);
      expect(await isPublished(item.documentId)).toBe(false);
    });

    it('also checks create and update with status published, on the data they would publish', async () => {
      // The workflow's guard refuses these before they get here; the consent rule holds on its own.
      const rule = mediaConsentRules(app.strapi);
      const next = jest.fn();
      const create = { uid: ARTICLE, action: 'create', params: { data: { title: 'Tin đăng ngay', cover: { id: fileIds[4] } }, status: 'published' } };
      await expect(rule(create as never, next)).rejects.toMatchObject({ name: 'ValidationError' });
      const item = await draftArticle({ title: 'Tin sửa rồi đăng', gallery: [fileIds[4]] });
      const update = { uid: ARTICLE, action: 'update', params: { documentId: item.documentId, data: { title: 'Tin sửa' }, status: 'published' } };
      await expect(rule(update as never, next)).rejects.toMatchObject({ name: 'ValidationError' });
      expect(next).not.toHaveBeenCalled();
      const draftOnly = { ...update, params: { ...update.params, status: 'draft' } };
      await rule(draftOnly as never, next);
      expect(next).toHaveBeenCalledTimes(1);
    });

    it('publishes the item once consent is confirmed', async () => {
      const item = await draftArticle({ title: 'Tin có ảnh đã đồng ý', cover: fileIds[4] });
      await app.strapi.documents(ASSET).update({ documentId: lacking, data: { consentConfirmed: true } as never });
      const res = await publishArticle(app, desk, item.documentId);
      expect(res.status).toBe(200);
      expect(await isPublished(item.documentId)).toBe(true);
    });

    it('takes down every published item showing the photo when its consent is withdrawn, recorded and told', async () => {
      const asCover = (await app.strapi.db.query(ARTICLE).findOne({ where: { title: 'Tin có ảnh đã đồng ý', publishedAt: null }, select: ['documentId'] })).documentId;
      const inGallery = (await draftArticle({ title: 'Tin có ảnh trong bộ ảnh', gallery: [fileIds[5], fileIds[4]] })).documentId;
      const without = (await draftArticle({ title: 'Tin không có ảnh đó', cover: fileIds[2] })).documentId;
      for (const documentId of [inGallery, without]) expect((await publishArticle(app, desk, documentId)).status).toBe(200);
      expect((await cm.update(ASSET, lacking, { public: true })).status).toBe(200);

      const res = await cm.update(ASSET, lacking, { consentConfirmed: false });
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ consentConfirmed: false, public: false });
      for (const documentId of [asCover, inGallery]) {
        expect({ documentId, published: await isPublished(documentId) }).toEqual({ documentId, published: false });
        expect((await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } })).state).toBe('unpublished');
        const history = await app.strapi.db.query(TRANSITION).findMany({ where: { itemDocumentId: documentId, action: 'unpublish' } });
        expect(history).toHaveLength(1);
        expect(history[0]).toMatchObject({ role: 'system', reasonCategory: 'photo-consent' });
        expect(history[0].comment).toContain('"Học sinh lớp 1 ngày khai giảng"');
        const told = await app.strapi.db.query(NOTIFICATION).findMany({ where: { itemDocumentId: documentId, action: 'unpublish' }, select: ['userId'] });
        expect(told).toHaveLength(2); // the author and the publisher
      }
      expect(await isPublished(without)).toBe(true);
      const author = (await workflowApi(app, desk.author).item(asCover)).body.data;
      expect(author.lastReason).toMatchObject({ reasonCategory: 'photo-consent', reasonLabel: 'Ảnh chưa có sự đồng ý' });
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
