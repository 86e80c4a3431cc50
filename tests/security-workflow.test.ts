import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { UPLOADS } from './harness/media';
import { startStrapi, type TestApp } from './harness/strapi';
import { CM, adminLogin, connect, contentManager } from './harness/http';
import { act, grantAdminActions, newsroomUser, workflowApi } from './harness/workflow';
import { seedDemo } from '../src/seed/demo';
import { DEFAULT_DEMO_PASSWORD } from '../src/seed/data/demo';
import { PERMISSIONS } from '../src/plugins/editorial-workflow/shared/permissions';
import * as samples from './fixtures/media/samples';
import {
  ARTICLE,
  AUDIT_ENTRY,
  ITEM_STATE,
  MEDIA_ASSET as ASSET,
  OPINION_REPORT as REPORT,
  QUOTA_POLICY,
  TOPIC,
  TRANSITION,
  UNIT,
} from '../src/plugins/editorial-workflow/shared/uids';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';

type Who = 'admin' | 'author' | 'author2' | 'editor' | 'head' | 'publisher' | 'leader';
type Unit = { id: number; documentId: string; code: string };

/**
 * The holes around the workflow, attacked through the real HTTP paths as the demo's real people,
 * each next to the legitimate use that must keep working: clone as a way to read another unit's
 * documents (finding 2), a live version nobody could take down (3), booleans spelt `1` or "true"
 * (5), a to-one relation given two targets (6), one person taking every step of a round (11).
 */
describe('security of the workflow and its documents', () => {
  let app: TestApp;
  let filesBefore: Set<string>;
  const tokens = {} as Record<Who, string>;
  let commune: Unit; // author@demo.local writes for it
  let commune2: Unit; // so does author@demo.local
  let school: Unit; // author2@demo.local writes for it

  const cm = (who: Who) => contentManager(app, tokens[who]);
  const clone = (who: Who, uid: string, sourceId: string, body: Record<string, unknown>) =>
    request(app.server).post(`${CM}/${uid}/clone/${sourceId}`).set('Authorization', `Bearer ${tokens[who]}`).send(body);
  const unit = (code: string): Promise<Unit> => app.strapi.db.query(UNIT).findOne({ select: ['id', 'documentId', 'code'], where: { code } });
  const upload = async (who: Who, name: string): Promise<number> => {
    const res = await request(app.server)
      .post('/upload')
      .set('Authorization', `Bearer ${tokens[who]}`)
      .attach('files', await samples.photoWithGps(640, 480), { filename: name, contentType: 'image/jpeg' });
    expect(res.status).toBe(201);
    return res.body[0].id;
  };
  const item = async (who: Who, unitDocumentId: string, title: string): Promise<string> => {
    const res = await cm(who).create(ARTICLE, { title, kind: 'news', summary: title, unit: connect(unitDocumentId) });
    expect(res.status).toBe(201);
    return res.body.data.documentId;
  };
  const asset = async (who: Who, unitDocumentId: string, title: string, extra: Record<string, unknown> = {}): Promise<string> => {
    const res = await cm(who).create(ASSET, { title, kind: 'photo', file: await upload(who, `${title.length}.jpg`), unit: connect(unitDocumentId), ...extra });
    expect(res.status).toBe(201);
    return res.body.data.documentId;
  };
  const storedAsset = (documentId: string) =>
    app.strapi.db.query(ASSET).findOne({ where: { documentId }, populate: { unit: { select: ['code'] }, file: { select: ['id'] } } });
  const onlineRow = (documentId: string) => app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: { $notNull: true } } });
  const stateOf = (documentId: string) => app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } });
  const transition = async (who: Who, documentId: string, body: Record<string, unknown>) => {
    const current = await workflowApi(app, tokens[who]).item(documentId);
    return workflowApi(app, tokens[who]).transition(documentId, { expectedVersion: current.body.data?.version ?? 1, ...body });
  };
  /** author2 submits, the editor forwards, the head approves, the publisher publishes: four people. */
  const publish = async (documentId: string) => {
    await act(app, tokens.author2, documentId, 'submit');
    await act(app, tokens.editor, documentId, 'forward');
    await act(app, tokens.head, documentId, 'approve');
    return act(app, tokens.publisher, documentId, 'publish');
  };

  beforeAll(async () => {
    filesBefore = new Set(fs.existsSync(UPLOADS) ? fs.readdirSync(UPLOADS) : []);
    app = await startStrapi();
    // The demo goes through the real workflow as distinct people: it must still load under the separation of duties.
    await seedDemo(app.strapi);
    // The leadership's oversight and the audit log's reader (the seed's newsroom-leader role carries them once it grants them).
    await grantAdminActions(app.strapi, 'newsroom-leader', [PERMISSIONS.useWorkflow, PERMISSIONS.takeDown, PERMISSIONS.readAudit]);
    for (const who of ['admin', 'author', 'author2', 'editor', 'head', 'publisher', 'leader'] as Who[]) {
      tokens[who] = await adminLogin(app, `${who}@demo.local`, DEFAULT_DEMO_PASSWORD);
    }
    commune = await unit('XA-MUONGPHANG');
    commune2 = await unit('PHUONG-DIENBIENPHU');
    school = await unit('THPT-CHUYEN-LQD');
  }, 300_000); // the demo seed moves 36 items through the workflow: minutes on a busy machine

  afterAll(async () => {
    await app?.stop();
    if (fs.existsSync(UPLOADS)) for (const name of fs.readdirSync(UPLOADS)) if (!filesBefore.has(name)) fs.rmSync(path.join(UPLOADS, name), { force: true });
  });

  it('loads the demo through the workflow as distinct people, and its memberships are in the audit log', async () => {
    expect(await app.strapi.db.query(ARTICLE).count({ where: { publishedAt: { $notNull: true } } })).toBeGreaterThan(0);
    expect(await app.strapi.db.query(AUDIT_ENTRY).count({ where: { kind: 'membership-granted' } })).toBeGreaterThan(0);
  });

  describe('clone reads its source (finding 2)', () => {
    it('refuses an author cloning another unit’s private photo of children under their own unit, and tells nothing of it', async () => {
      const secret = await asset('author2', school.documentId, 'Ảnh học sinh lớp 10A chưa có đồng ý');
      const before = await app.strapi.db.query(ASSET).count();
      const res = await clone('author', ASSET, secret, { title: 'Ảnh của tôi', unit: connect(commune.documentId), public: true, consentConfirmed: true });
      expect(res.status).toBe(404);
      expect(res.body.error.message).toMatch(/Không tìm thấy tài liệu gốc/);
      expect(JSON.stringify(res.body)).not.toContain('10A');
      expect(await app.strapi.db.query(ASSET).count()).toBe(before);
      // Nothing reached the public archive either.
      const listed = await request(app.server).get('/api/media-assets?pageSize=100');
      expect(JSON.stringify(listed.body)).not.toContain('10A');
    });

    it('lets an author clone their own unit’s asset: private, without consent, not counted until it carries a file of its own', async () => {
      const source = await asset('author2', school.documentId, 'Lễ khai giảng có sự đồng ý', { containsMinors: true, consentConfirmed: true, public: true });
      const res = await clone('author2', ASSET, source, { title: 'Lễ khai giảng (bản sao)', public: true, consentConfirmed: true });
      expect(res.status).toBe(200);
      const copy = await storedAsset(res.body.data.documentId);
      expect(copy).toMatchObject({ public: false, consentConfirmed: false, containsMinors: true, sentMonth: null, scopeUnitId: school.id });
      expect(copy.unit.code).toBe('THPT-CHUYEN-LQD');
      expect(copy.file.id).toBe((await storedAsset(source)).file.id);

      // A file of its own makes it a filing of this month.
      const update = await cm('author2').update(ASSET, copy.documentId, { file: await upload('author2', 'anh-moi.jpg') });
      expect(update.status).toBe(200);
      expect((await storedAsset(copy.documentId)).sentMonth).toMatch(/^\d{4}-\d{2}$/);
    });

    it('refuses an author cloning another unit’s item, even the unreleased revision of a published one', async () => {
      const documentId = await item('author2', school.documentId, 'Kết quả thi học sinh giỏi cấp tỉnh');
      await publish(documentId);
      expect((await cm('author2').update(ARTICLE, documentId, { summary: 'Bản sửa chưa duyệt: danh sách giải mới' })).status).toBe(200);
      const before = await app.strapi.db.query(ARTICLE).count();
      const res = await clone('author', ARTICLE, documentId, { title: 'Bản sao', unit: connect(commune.documentId) });
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toMatch(/chưa duyệt|học sinh giỏi/);
      expect(await app.strapi.db.query(ARTICLE).count()).toBe(before);
    });

    it('lets an author clone their own draft: a new slug, its own workflow row, nothing counted', async () => {
      const source = await item('author', commune.documentId, 'Ngày hội đọc sách ở Mường Phăng');
      const slugOf = async (id: string) => (await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: id }, select: ['slug'] })).slug;
      const res = await clone('author', ARTICLE, source, { title: 'Ngày hội đọc sách ở Mường Phăng', slug: await slugOf(source) });
      expect(res.status).toBe(200);
      const copy = res.body.data.documentId as string;
      expect(await slugOf(copy)).toBe(`${await slugOf(source)}-2`);
      const row = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: copy } });
      expect(row.scopeUnitId).toBe(commune.id);
      expect(await stateOf(copy)).toMatchObject({ state: 'draft', version: 1, firstSubmittedAt: null, firstPublishedAt: null });
    });

    it('answers a cloned opinion report of the same month with the 400 of a second report, not a 500; another month is a new filing', async () => {
      const created = await cm('author2').create(REPORT, { unit: connect(school.documentId), period: '2025-01', concerns: 'Dư luận về học phí.' });
      expect(created.status).toBe(201);
      const source = created.body.data.documentId as string;
      await app.strapi.db.query(REPORT).updateMany({ where: { documentId: source }, data: { submittedAt: new Date('2025-01-10T02:00:00Z') } });

      const same = await clone('author2', REPORT, source, { concerns: 'Bản sao' });
      expect(same.status).toBe(400);
      expect(same.body.error.message).toMatch(/đã gửi báo cáo dư luận tháng 2025-01/);

      const next = await clone('author2', REPORT, source, { period: '2025-02', submittedAt: '2025-02-01T00:00:00Z' });
      expect(next.status).toBe(200);
      const copy = await app.strapi.db.query(REPORT).findOne({ where: { documentId: next.body.data.documentId } });
      expect(copy.unitPeriod).toBe(`${school.id}/2025-02`);
      expect(Math.abs(new Date(copy.submittedAt).getTime() - Date.now())).toBeLessThan(120_000);

      const foreign = await clone('author', REPORT, source, { period: '2025-03', unit: connect(commune.documentId) });
      expect(foreign.status).toBe(404);
    });
  });

  describe('taking a live version down in any state (finding 3)', () => {
    let live: string;
    let slug: string;

    beforeAll(async () => {
      live = await item('author2', school.documentId, 'Ảnh lễ tốt nghiệp phải gỡ');
      await publish(live);
      slug = (await onlineRow(live)).slug;
      // An edit starts a new round; the published version stays online.
      expect((await cm('author2').update(ARTICLE, live, { summary: 'Bản sửa mới' })).status).toBe(200);
      expect((await stateOf(live)).state).toBe('draft');
      expect((await request(app.server).get(`/api/articles/by-slug/${slug}`)).status).toBe(200);
    });

    it('refuses the takedown to the author, and without a reason', async () => {
      expect((await transition('author2', live, { action: 'unpublish', comment: 'Gỡ' })).status).toBe(403);
      const noReason = await transition('publisher', live, { action: 'unpublish' });
      expect(noReason.status).toBe(400);
      expect(await onlineRow(live)).not.toBeNull();
    });

    it('offers the publisher the takedown while the new round is a draft, and takes the live version down, the round going on', async () => {
      const view = await workflowApi(app, tokens.publisher).item(live);
      expect(view.body.data.allowedActions).toContain('unpublish');
      const res = await transition('publisher', live, { action: 'unpublish', comment: 'Ảnh có học sinh chưa có đồng ý, phải gỡ ngay' });
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ state: 'draft', online: false });
      expect(await onlineRow(live)).toBeNull();
      expect((await request(app.server).get(`/api/articles/by-slug/${slug}`)).status).toBe(404);
      const last = await app.strapi.db.query(TRANSITION).findOne({ where: { itemDocumentId: live }, orderBy: [{ id: 'desc' }] });
      expect(last).toMatchObject({ action: 'unpublish', role: 'publisher', fromState: 'draft', toState: 'draft', comment: 'Ảnh có học sinh chưa có đồng ý, phải gỡ ngay' });
      const inbox = await workflowApi(app, tokens.author2).notifications();
      expect(inbox.body.data.some((n: { itemDocumentId: string; action: string }) => n.itemDocumentId === live && n.action === 'unpublish')).toBe(true);
      // Nothing online any more: no second takedown.
      expect((await workflowApi(app, tokens.publisher).item(live)).body.data.allowedActions).not.toContain('unpublish');

      // The round goes on and publishes the new version.
      await publish(live);
      expect((await onlineRow(live)).summary).toBe('Bản sửa mới');
    });

    it('lets the leadership take a live version down while its new round is under review', async () => {
      expect((await cm('author2').update(ARTICLE, live, { summary: 'Vòng thứ ba' })).status).toBe(200);
      await act(app, tokens.author2, live, 'submit');
      expect((await stateOf(live)).state).toBe('in_review');
      expect((await workflowApi(app, tokens.leader).item(live)).body.data.allowedActions).toEqual(['unpublish']);
      const res = await transition('leader', live, { action: 'unpublish', comment: 'Lãnh đạo Sở yêu cầu gỡ' });
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ state: 'in_review', online: false });
      const last = await app.strapi.db.query(TRANSITION).findOne({ where: { itemDocumentId: live }, orderBy: [{ id: 'desc' }] });
      expect(last).toMatchObject({ role: 'leadership', fromState: 'in_review', toState: 'in_review' });
      // The leadership takes nothing else.
      expect((await transition('leader', live, { action: 'forward' })).status).toBe(403);
      // The editor's review goes on.
      expect((await transition('editor', live, { action: 'forward' })).status).toBe(200);
    });
  });

  describe('booleans are decided as Strapi stores them (finding 5)', () => {
    it('refuses `public: 1` and `public: "true"` on a photo of children without consent, and stores nothing', async () => {
      const file = await upload('author2', 'tre-em.jpg');
      const before = await app.strapi.db.query(ASSET).count();
      for (const value of [1, 'true', 't', '1']) {
        const res = await cm('author2').create(ASSET, { title: 'Trẻ em', kind: 'photo', file, unit: connect(school.documentId), containsMinors: true, public: value });
        expect({ value, status: res.status }).toEqual({ value, status: 400 });
        expect(res.body.error.message).toMatch(/sự đồng ý/);
      }
      const odd = await cm('author2').create(ASSET, { title: 'Trẻ em', kind: 'photo', file, unit: connect(school.documentId), public: 'yes' });
      expect(odd.status).toBe(400);
      expect(odd.body.error.message).toMatch(/true hoặc false/);
      expect(await app.strapi.db.query(ASSET).count()).toBe(before);
    });

    it('takes consent given as `"1"` and stores real booleans; withdrawing it as `0` is a withdrawal, which makes the photo private', async () => {
      const documentId = await asset('author2', school.documentId, 'Có đồng ý bằng chuỗi', { containsMinors: 'true', consentConfirmed: '1', public: 1 });
      expect(await storedAsset(documentId)).toMatchObject({ public: true, consentConfirmed: true, containsMinors: true });
      const res = await cm('author2').update(ASSET, documentId, { consentConfirmed: 0 });
      expect(res.status).toBe(200);
      expect(await storedAsset(documentId)).toMatchObject({ consentConfirmed: false, public: false });
      // Made public again, as a string, with the consent still withdrawn: refused.
      expect((await cm('author2').update(ASSET, documentId, { public: 'true' })).status).toBe(400);
      expect((await storedAsset(documentId)).public).toBe(false);
    });
  });

  describe('a to-one relation takes one target (finding 6)', () => {
    it('refuses an item, an asset and a report linked to two units, in every shape, and stores nothing', async () => {
      const two = [
        { connect: [{ documentId: commune.documentId }, { documentId: commune2.documentId }] },
        [commune.documentId, commune2.documentId],
        { set: [{ documentId: commune.documentId }, { documentId: commune2.documentId }] },
      ];
      const counts = async () => Promise.all([ARTICLE, ASSET, REPORT].map((uid) => app.strapi.db.query(uid).count()));
      const before = await counts();
      const file = await upload('author', 'hai-don-vi.jpg');
      for (const unitValue of two) {
        const attempts = [
          await cm('author').create(ARTICLE, { title: 'Tin hai đơn vị', kind: 'news', unit: unitValue }),
          await cm('author').create(ASSET, { title: 'Ảnh hai đơn vị', kind: 'photo', file, unit: unitValue }),
          await cm('author').create(REPORT, { period: '2024-05', concerns: 'Hai đơn vị', unit: unitValue }),
        ];
        for (const res of attempts) {
          expect(res.status).toBe(400);
          expect(res.body.error.message).toMatch(/chỉ nhận một/);
        }
      }
      expect(await counts()).toEqual(before);
      // One unit is fine.
      expect((await cm('author').create(ARTICLE, { title: 'Tin một đơn vị', kind: 'news', unit: connect(commune.documentId) })).status).toBe(201);
    });

    it('refuses two targets on an item’s update, a topic’s parent and department and a unit’s default department', async () => {
      const documentId = await item('author', commune.documentId, 'Tin sẽ bị gắn hai đơn vị');
      const moved = await cm('author').update(ARTICLE, documentId, { unit: { connect: [{ documentId: commune.documentId }, { documentId: commune2.documentId }] } });
      expect(moved.status).toBe(400);
      const links = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: null }, populate: { unit: { select: ['code'] } } });
      expect(links.unit.code).toBe('XA-MUONGPHANG');

      const [sectionA, sectionB] = await app.strapi.db.query(TOPIC).findMany({ where: { parent: null }, select: ['documentId'], limit: 2 });
      const [vp, gdpt] = await Promise.all([unit('SGD-VP'), unit('SGD-GDPT')]);
      const both = (a: string, b: string) => ({ connect: [{ documentId: a }, { documentId: b }] });
      const topic = await cm('admin').create(TOPIC, { code: 'XII.9', title: 'Chủ đề thử', parent: both(sectionA.documentId, sectionB.documentId) });
      expect(topic.status).toBe(400);
      const dept = await cm('admin').create(TOPIC, { code: 'XIII', title: 'Chủ đề thử', department: both(vp.documentId, gdpt.documentId) });
      expect(dept.status).toBe(400);
      const defaults = await cm('admin').create(UNIT, { code: 'XA-HAI', name: 'Xã hai phòng', kind: 'commune-culture', defaultDepartment: both(vp.documentId, gdpt.documentId) });
      expect(defaults.status).toBe(400);
      expect(defaults.body.error.details.errors[0].path).toEqual(['defaultDepartment']);
      const quota = await cm('admin').create(QUOTA_POLICY, { unitKind: 'commune-culture', metric: 'items_submitted', period: 'week', minimum: 1, unit: both(commune.documentId, commune2.documentId) });
      expect(quota.status).toBe(400);
    });
  });

  describe('the phone app (Gửi tin) goes through the same rules', () => {
    const send = (who: Who) => ({
      create: (body: Record<string, unknown>) => request(app.server).post('/editorial-workflow/send/items').set('Authorization', `Bearer ${tokens[who]}`).send({ kind: 'news', clientKey: `security-key-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`, ...body }),
      get: (documentId: string) => request(app.server).get(`/editorial-workflow/send/items/${documentId}`).set('Authorization', `Bearer ${tokens[who]}`),
      update: (documentId: string, body: Record<string, unknown>) => request(app.server).put(`/editorial-workflow/send/items/${documentId}`).set('Authorization', `Bearer ${tokens[who]}`).send(body),
    });

    it('lets the demo author write only for their own units, and nobody but an author write at all', async () => {
      const rows = await app.strapi.db.query(ARTICLE).count();
      expect((await send('author').create({ title: 'Tin cho trường không phải của mình', unit: school.id })).status).toBe(403);
      for (const who of ['admin', 'editor', 'head', 'publisher'] as Who[]) {
        expect({ who, status: (await send(who).create({ title: 'Tin không có đơn vị viết', unit: commune.id })).status }).toEqual({ who, status: 403 });
      }
      expect(await app.strapi.db.query(ARTICLE).count()).toBe(rows);
      const own = await send('author').create({ title: 'Tin từ điện thoại của xã', unit: commune2.id });
      expect(own.status).toBe(201);
      expect(own.body.data.unit.id).toBe(commune2.id);
    });

    it('refuses an author another unit’s item and another person’s photo, and tells nothing of them', async () => {
      const documentId = await item('author2', school.documentId, 'Học sinh đoạt giải cấp tỉnh');
      for (const res of [await send('author').get(documentId), await send('author').update(documentId, { title: 'Chiếm' })]) {
        expect(res.status).toBe(404);
        expect(JSON.stringify(res.body)).not.toMatch(/đoạt giải/);
      }
      const photo = await upload('author2', 'anh-cua-truong.jpg');
      const rows = await app.strapi.db.query(ARTICLE).count();
      expect((await send('author').create({ title: 'Mượn ảnh', unit: commune.id, photos: [photo] })).status).toBe(403);
      expect(await app.strapi.db.query(ARTICLE).count()).toBe(rows);
    });

    it('edits a published item from the phone as a new round: the live version stays as it was approved', async () => {
      const documentId = await item('author2', school.documentId, 'Khai giảng năm học mới');
      await publish(documentId);
      const res = await send('author2').update(documentId, { title: 'Khai giảng (bản sửa từ điện thoại)' });
      expect(res.status).toBe(200);
      expect(res.body.data.state).toBe('draft');
      expect((await onlineRow(documentId)).title).toBe('Khai giảng năm học mới');
    });
  });

  describe('separation of duties (finding 11)', () => {
    let solo: { id: number; token: string };
    let otherEditor: string;
    let otherHead: string;

    beforeAll(async () => {
      // One person holding every role of the Phòng Văn hoá - Xã hội's desk, and publisher: as the super admin granted themself.
      solo = await newsroomUser(app, 'mot-minh@test.local', 'author', ['SGD-VP']);
      const membership = getService(app.strapi, 'membership');
      const vp = await unit('SGD-VP');
      for (const role of ['editor', 'head'] as const) await membership.add({ userId: solo.id, unitId: vp.id, role });
      await membership.add({ userId: solo.id, unitId: (await unit('SGD-QLCL')).id, role: 'publisher' });
      otherEditor = (await newsroomUser(app, 'bien-tap-vp@test.local', 'editor', ['SGD-VP'])).token;
      otherHead = (await newsroomUser(app, 'truong-phong-vp@test.local', 'head', ['SGD-VP'])).token;
    });

    const soloItem = async (title: string) => {
      const res = await contentManager(app, solo.token).create(ARTICLE, { title, kind: 'news', summary: title, unit: connect((await unit('SGD-VP')).documentId) });
      expect(res.status).toBe(201);
      return res.body.data.documentId as string;
    };
    const as = (token: string, documentId: string, action: string) =>
      workflowApi(app, token)
        .item(documentId)
        .then((current) => workflowApi(app, token).transition(documentId, { action, expectedVersion: current.body.data.version }));

    it('refuses a person a second step of the same round whatever roles they hold, with a 403 in Vietnamese, and changes nothing', async () => {
      const documentId = await soloItem('Một người tự đăng');
      expect((await as(solo.token, documentId, 'submit')).status).toBe(200);
      const before = await stateOf(documentId);
      const forward = await as(solo.token, documentId, 'forward');
      expect(forward.status).toBe(403);
      expect(forward.body.error.message).toMatch(/do một người khác thực hiện/);
      expect(await stateOf(documentId)).toEqual(before);

      expect((await as(otherEditor, documentId, 'forward')).status).toBe(200);
      expect((await as(solo.token, documentId, 'approve')).status).toBe(403);
      expect((await as(otherHead, documentId, 'approve')).status).toBe(200);
      expect((await as(solo.token, documentId, 'publish')).status).toBe(403);
      expect((await as(tokens.publisher, documentId, 'publish')).status).toBe(200);

      const history = (await workflowApi(app, tokens.publisher).item(documentId)).body.data.history as Array<{ action: string; actorName: string }>;
      expect(history.map((h) => `${h.action}:${h.actorName}`)).toEqual([
        'submit:mot-minh Test',
        'forward:bien-tap-vp Test',
        'approve:truong-phong-vp Test',
        'publish:Nguyễn Hùng Cường',
      ]);
    });

    it('counts only the round since the last submission: after a return, an earlier step no longer binds', async () => {
      const otherAuthor = (await newsroomUser(app, 'tac-gia-vp@test.local', 'author', ['SGD-VP'])).token;
      const documentId = await soloItem('Vòng mới sau khi trả lại');
      await as(solo.token, documentId, 'submit');
      await as(otherEditor, documentId, 'forward');
      const back = await workflowApi(app, otherHead).transition(documentId, { action: 'return', comment: 'Bổ sung ảnh', expectedVersion: (await stateOf(documentId)).version });
      expect(back.status).toBe(200);
      // The new round is submitted by another author: solo's submission of the first round no longer binds them.
      expect((await as(otherAuthor, documentId, 'submit')).status).toBe(200);
      expect((await as(solo.token, documentId, 'forward')).status).toBe(200);
      expect((await as(solo.token, documentId, 'approve')).status).toBe(403);
    });

    it('lets one person take every step in a unit the administrator allowed single-handed rounds, and logs the setting', async () => {
      const vp = await unit('SGD-VP');
      const allowed = await cm('admin').update(UNIT, vp.documentId, { allowSingleHandedRounds: true });
      expect(allowed.status).toBe(200);
      const documentId = await soloItem('Đơn vị nhỏ tự đăng');
      for (const action of ['submit', 'forward', 'approve', 'publish']) expect({ action, status: (await as(solo.token, documentId, action)).status }).toEqual({ action, status: 200 });
      const logged = await app.strapi.db.query(AUDIT_ENTRY).findOne({ where: { kind: 'unit-setting', subject: 'unit:SGD-VP' }, orderBy: [{ id: 'desc' }] });
      expect(logged).toMatchObject({ actorName: 'Quản trị Hệ thống', details: { field: 'allowSingleHandedRounds', before: false, after: true } });
      expect((await cm('admin').update(UNIT, vp.documentId, { allowSingleHandedRounds: false })).status).toBe(200);
      // The setting is the administrator's, and never public.
      const publicUnits = await request(app.server).get('/api/units?pageSize=100');
      expect(JSON.stringify(publicUnits.body)).not.toContain('allowSingleHandedRounds');
    });
  });
});
