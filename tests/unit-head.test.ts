import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { CM, connect, contentManager, createDraft } from './harness/http';
import { adminClient, adminLogin, createAdminUser } from './harness/admin-client';
import { uploadPhoto, uploadsSnapshot } from './harness/media';
import { PASSWORD, act, newsroomDesk, newsroomUser, workflowApi, type Desk } from './harness/workflow';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { TRANSITIONS, pathTo, type WorkflowAction, type WorkflowState } from '../src/plugins/editorial-workflow/shared/state-machine';
import { ARTICLE, ITEM_STATE, MEDIA_ASSET as ASSET, NOTIFICATION, OPINION_REPORT as REPORT, TOPIC, TRANSITION, UNIT } from '../src/plugins/editorial-workflow/shared/uids';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';

/** Every state an item of the unit can be in, each reached through the real workflow. */
const STATES: WorkflowState[] = ['draft', 'in_review', 'awaiting_approval', 'approved', 'published', 'returned', 'unpublished'];

/**
 * The unit head (Thủ trưởng đơn vị, plan III.3) over HTTP, logged in for real: reads every item of
 * their unit (commune XA-A) in every state with its history, the unit's figures, media and reports;
 * changes nothing (403 on every write, nothing written); another unit's items are not theirs to
 * know (404 in the workflow). And a person who heads XA-A and writes for XA-B: their author rights
 * reach XA-B only.
 */
describe('unit head (Thủ trưởng đơn vị)', () => {
  let app: TestApp;
  let desk: Desk;
  let units: Map<string, string>;
  let topicIII2: string;
  let head: string; // heads XA-A, nothing else
  let mixed: string; // heads XA-A, writes for XA-B
  let authorB: string;
  const items = {} as Record<WorkflowState, string>;
  let otherDraft: string;
  let otherSubmitted: string;
  const assets: Record<string, string> = {};
  const reports: Record<string, string> = {};
  let authorPhoto: number;
  const uploads = uploadsSnapshot();

  const cm = (token: string) => contentManager(app, token);
  const api = (token: string) => adminClient(app.server, token);
  const listed = async (token: string, uid: string) => {
    const res = await cm(token).find(uid, '?pageSize=100');
    expect(res.status).toBe(200);
    return (res.body.results as Array<{ documentId: string }>).map((row) => row.documentId);
  };
  /** What a refused write must leave as it was. */
  const snapshot = async () => ({
    states: await app.strapi.db.query(ITEM_STATE).findMany({ select: ['itemDocumentId', 'state', 'version'], orderBy: [{ id: 'asc' }] }),
    history: await app.strapi.db.query(TRANSITION).count(),
    articles: await app.strapi.db.query(ARTICLE).findMany({ select: ['documentId', 'title', 'publishedAt'], orderBy: [{ id: 'asc' }] }),
    assets: await app.strapi.db.query(ASSET).findMany({ select: ['documentId', 'title'], orderBy: [{ id: 'asc' }] }),
    reports: await app.strapi.db.query(REPORT).findMany({ select: ['documentId', 'concerns'], orderBy: [{ id: 'asc' }] }),
    notifications: await app.strapi.db.query(NOTIFICATION).count(),
    files: await app.strapi.db.query('plugin::upload.file').count(),
  });

  async function unitHead(email: string, roleCodes: string[], memberships: Array<{ role: 'author' | 'unit-head'; unit: string }>) {
    const roles = await adminRoleIdsByCode(app.strapi);
    const user = await createAdminUser(app.strapi, { email, password: PASSWORD, firstname: 'Thủ trưởng', lastname: email, roles: roleCodes.map((code) => roles.get(code)) });
    for (const { role, unit } of memberships) {
      const { id } = await app.strapi.db.query(UNIT).findOne({ where: { code: unit }, select: ['id'] });
      await getService(app.strapi, 'membership').add({ userId: user.id, unitId: id, role });
    }
    return adminLogin(app.server, email, PASSWORD);
  }

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    const departments = await unitIdsByCode(app.strapi, ['SGD-VP']);
    for (const code of ['XA-A', 'XA-B']) {
      await app.strapi.documents(UNIT).create({ data: { code, name: `Phòng VH-XH xã ${code.slice(3)}`, kind: 'commune-culture', defaultDepartment: departments.get('SGD-VP') } as never });
    }
    units = await unitIdsByCode(app.strapi, ['XA-A', 'XA-B']);
    topicIII2 = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' }, select: ['documentId'] })).documentId;

    desk = await newsroomDesk(app);
    authorB = (await newsroomUser(app, 'author-b@test.local', 'author', ['XA-B'])).token;
    head = await unitHead('unithead@test.local', ['newsroom-unit-head'], [{ role: 'unit-head', unit: 'XA-A' }]);
    mixed = await unitHead('mixed@test.local', ['newsroom-author', 'newsroom-unit-head'], [
      { role: 'unit-head', unit: 'XA-A' },
      { role: 'author', unit: 'XA-B' },
    ]);

    for (const state of STATES) {
      const { documentId } = await createDraft(app, desk.author, { title: `Tin xã A (${state})`, unit: units.get('XA-A')!, topic: topicIII2, summary: state });
      for (const { action, role } of pathTo(state)) await act(app, desk[role], documentId, action, { comment: 'Đề nghị bổ sung ảnh.' });
      items[state] = documentId;
    }
    otherDraft = (await createDraft(app, authorB, { title: 'Tin xã B (nháp)', unit: units.get('XA-B')!, topic: topicIII2 })).documentId;
    otherSubmitted = (await createDraft(app, authorB, { title: 'Tin xã B (đã gửi)', unit: units.get('XA-B')!, topic: topicIII2 })).documentId;
    await act(app, authorB, otherSubmitted, 'submit');

    for (const [code, token] of [['XA-A', desk.author], ['XA-B', authorB]] as const) {
      const photo = await uploadPhoto(app, token, `${code}.jpg`, { width: 320, height: 240 });
      if (code === 'XA-A') authorPhoto = photo;
      const asset = await cm(token).create(ASSET, { title: `Ảnh ${code}`, kind: 'photo', file: photo, unit: connect(units.get(code)!) });
      expect(asset.status).toBe(201);
      assets[code] = asset.body.data.documentId;
      const report = await cm(token).create(REPORT, { unit: connect(units.get(code)!), period: '2026-11', concerns: `Dư luận ${code}` });
      expect(report.status).toBe(201);
      reports[code] = report.body.data.documentId;
    }
  });

  afterAll(async () => {
    await app?.stop();
    uploads.removeAdded();
  });

  describe('reads', () => {
    it('opens every item of the unit in every state, with its history, and is offered nothing to do', async () => {
      for (const state of STATES) {
        const res = await workflowApi(app, head).item(items[state]);
        expect(res.status).toBe(200);
        const view = res.body.data;
        expect(view).toMatchObject({ state, allowedActions: [], roles: [], unit: { name: 'Phòng VH-XH xã A' } });
        expect(view.history.map((entry: { action: WorkflowAction }) => entry.action)).toEqual(pathTo(state).map((step) => step.action));
      }
      const returned = (await workflowApi(app, head).item(items.returned)).body.data;
      expect(returned.lastReason).toMatchObject({ action: 'return', comment: 'Đề nghị bổ sung ảnh.' });
      expect(returned.next).toMatchObject({ role: 'author' });
    });

    it('lists and opens them in the content-manager, and no other unit’s', async () => {
      const ids = await listed(head, ARTICLE);
      expect(ids).toEqual(expect.arrayContaining(Object.values(items)));
      expect(ids).not.toContain(otherDraft);
      expect(ids).not.toContain(otherSubmitted);
      for (const state of STATES) {
        const open = await api(head).get(`${CM}/${ARTICLE}/${items[state]}`);
        expect(open.status).toBe(200);
        expect(open.body.data.title).toBe(`Tin xã A (${state})`);
      }
    });

    it('does not learn that another unit’s items exist (404 in the workflow; the content-manager refuses to open them)', async () => {
      for (const documentId of [otherDraft, otherSubmitted]) {
        const res = await workflowApi(app, head).item(documentId);
        expect(res.status).toBe(404);
        expect(JSON.stringify(res.body)).not.toContain('xã B');
        const transition = await workflowApi(app, head).transition(documentId, { action: 'forward', expectedVersion: 2 });
        expect(transition.status).toBe(404);
        // Strapi's content-manager answers 403 for a document outside the conditions (as for an author of another unit).
        expect((await api(head).get(`${CM}/${ARTICLE}/${documentId}`)).status).toBe(403);
      }
    });

    it('reads the unit’s opinion reports and media, not another unit’s', async () => {
      expect(await listed(head, REPORT)).toEqual([reports['XA-A']]);
      expect((await api(head).get(`${CM}/${REPORT}/${reports['XA-A']}`)).status).toBe(200);
      expect((await api(head).get(`${CM}/${REPORT}/${reports['XA-B']}`)).status).toBe(403);
      expect(await listed(head, ASSET)).toEqual([assets['XA-A']]);
      expect((await api(head).get(`${CM}/${ASSET}/${assets['XA-B']}`)).status).toBe(403);
    });

    it('sees the unit’s figures on the statistics page, and only those', async () => {
      const grid = await api(head).get('/editorial-workflow/stats/compliance?from=2026-11-01&to=2026-11-30&granularity=month');
      expect(grid.status).toBe(200);
      expect(grid.body.data.units.map((row: { unit: { code: string } }) => row.unit.code)).toEqual(['XA-A']);
      expect((await api(head).get('/editorial-workflow/stats/compliance?from=2026-11-01&to=2026-11-30&granularity=month&unit=XA-A')).status).toBe(200);
      expect((await api(head).get('/editorial-workflow/stats/compliance?from=2026-11-01&to=2026-11-30&granularity=month&unit=XA-B')).status).toBe(403);
      const status = await api(head).get('/editorial-workflow/stats/report-status?month=2026-11');
      expect(status.status).toBe(200);
      expect(status.body.data.units.map((row: { unit: { code: string }; submittedAt: string | null }) => [row.unit.code, row.submittedAt !== null])).toEqual([['XA-A', true]]);
      const ranking = await api(head).get('/editorial-workflow/stats/ranking?schoolYear=2026-2027');
      expect(ranking.body.data.units.map((row: { unit: { code: string } }) => row.unit.code)).toEqual(['XA-A']);
    });

    it('has a queue page that answers (no step waits for them)', async () => {
      for (const path of ['/editorial-workflow/queue', '/editorial-workflow/queue/counts', '/editorial-workflow/queue/filters']) {
        expect((await api(head).get(path)).status).toBe(200);
      }
      expect((await api(head).get('/editorial-workflow/queue/counts')).body.data.total).toBe(0);
    });
  });

  describe('changes nothing', () => {
    it('is refused every write with a 403, and nothing is written', async () => {
      const before = await snapshot();
      const attempts: Array<[string, () => request.Test]> = [
        ['create an item', () => cm(head).create(ARTICLE, { title: 'Thủ trưởng viết', kind: 'news', unit: connect(units.get('XA-A')!) })],
        ['edit a draft', () => cm(head).update(ARTICLE, items.draft, { title: 'Thủ trưởng sửa' })],
        ['edit a returned item', () => cm(head).update(ARTICLE, items.returned, { title: 'Thủ trưởng sửa' })],
        ['delete a draft', () => api(head).delete(`${CM}/${ARTICLE}/${items.draft}`)],
        ['clone an item', () => api(head).post(`${CM}/${ARTICLE}/clone/${items.draft}`, { title: 'Bản sao' })],
        ['publish through the content-manager', () => api(head).post(`${CM}/${ARTICLE}/${items.approved}/actions/publish`, {})],
        ['unpublish through the content-manager', () => api(head).post(`${CM}/${ARTICLE}/${items.published}/actions/unpublish`, {})],
        ['discard a draft', () => api(head).post(`${CM}/${ARTICLE}/${items.published}/actions/discard`, {})],
        ['create a media asset', () => cm(head).create(ASSET, { title: 'Ảnh mới', kind: 'photo', file: authorPhoto, unit: connect(units.get('XA-A')!) })],
        ['edit a media asset', () => cm(head).update(ASSET, assets['XA-A'], { title: 'Sửa ảnh' })],
        ['delete a media asset', () => api(head).delete(`${CM}/${ASSET}/${assets['XA-A']}`)],
        ['file an opinion report', () => cm(head).create(REPORT, { unit: connect(units.get('XA-A')!), period: '2026-12', concerns: 'Thủ trưởng gửi' })],
        ['edit an opinion report', () => cm(head).update(REPORT, reports['XA-A'], { concerns: 'Thủ trưởng sửa' })],
        ['delete an opinion report', () => api(head).delete(`${CM}/${REPORT}/${reports['XA-A']}`)],
        ['upload a file', () => api(head).post('/upload').attach('files', Buffer.from('GIF89a'), { filename: 'a.gif', contentType: 'image/gif' })],
        ['grant a membership', () => api(head).post('/editorial-workflow/memberships', { userId: 1, unitId: 1, role: 'author' })],
      ];
      for (const [what, attempt] of attempts) {
        const res = await attempt();
        expect([what, res.status]).toEqual([what, 403]);
      }

      // Every workflow step open from each state, with what its body needs: reserved to a role the unit head does not hold.
      for (const state of STATES) {
        const { version } = (await workflowApi(app, head).item(items[state])).body.data;
        const actions = new Set([...TRANSITIONS.filter((t) => t.from === state).map((t) => t.action), ...(state === 'published' ? ['unpublish' as const] : [])]);
        for (const action of actions) {
          const res = await workflowApi(app, head).transition(items[state], { action, expectedVersion: version, comment: 'Thủ trưởng', ...(action === 'reroute' ? { departmentCode: 'SGD-VP' } : {}) });
          expect([state, action, res.status]).toEqual([state, action, 403]);
          expect(res.body.error.message).toMatch(/^Chỉ /);
        }
      }
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('a unit head who also writes for another unit', () => {
    it('reads the headed unit’s items and writes only for their own unit', async () => {
      expect((await workflowApi(app, mixed).item(items.draft)).body.data).toMatchObject({ state: 'draft', allowedActions: [] });
      expect(await listed(mixed, ARTICLE)).toEqual(expect.arrayContaining([items.draft, otherDraft]));
      expect((await listed(mixed, REPORT)).sort()).toEqual([reports['XA-A'], reports['XA-B']].sort());

      const before = await snapshot();
      const refused: Array<[string, () => request.Test]> = [
        ['create an item of the headed unit', () => cm(mixed).create(ARTICLE, { title: 'Viết hộ', kind: 'news', unit: connect(units.get('XA-A')!) })],
        ['edit an item of the headed unit', () => cm(mixed).update(ARTICLE, items.draft, { title: 'Sửa hộ' })],
        ['delete an item of the headed unit', () => api(mixed).delete(`${CM}/${ARTICLE}/${items.draft}`)],
        ['move an own item to the headed unit', () => cm(mixed).update(ARTICLE, otherDraft, { unit: connect(units.get('XA-A')!) })],
        ['file a media asset for the headed unit', () => cm(mixed).create(ASSET, { title: 'Ảnh hộ', kind: 'photo', file: authorPhoto, unit: connect(units.get('XA-A')!) })],
        ['clone the headed unit’s asset into it', () => api(mixed).post(`${CM}/${ASSET}/clone/${assets['XA-A']}`, { title: 'Bản sao' })],
        ['edit the headed unit’s media asset', () => cm(mixed).update(ASSET, assets['XA-A'], { title: 'Sửa ảnh hộ' })],
        ['delete the headed unit’s media asset', () => api(mixed).delete(`${CM}/${ASSET}/${assets['XA-A']}`)],
        ['file a report for the headed unit', () => cm(mixed).create(REPORT, { unit: connect(units.get('XA-A')!), period: '2026-12', concerns: 'Gửi hộ' })],
        ['edit the headed unit’s report', () => cm(mixed).update(REPORT, reports['XA-A'], { concerns: 'Sửa hộ' })],
      ];
      for (const [what, attempt] of refused) {
        const res = await attempt();
        expect([what, res.status]).toEqual([what, 403]);
      }
      const submit = await workflowApi(app, mixed).transition(items.draft, { action: 'submit', expectedVersion: 1 });
      expect(submit.status).toBe(403);
      expect(await snapshot()).toEqual(before);

      // Their own unit's writing goes on as before.
      expect((await cm(mixed).update(ARTICLE, otherDraft, { summary: 'Bổ sung' })).status).toBe(200);
      expect((await cm(mixed).create(REPORT, { unit: connect(units.get('XA-B')!), period: '2026-12', concerns: 'Dư luận xã B' })).status).toBe(201);
    });
  });
});
