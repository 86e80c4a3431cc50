import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { CM, connect, contentManager, createSuperAdmin, createDraft } from './harness/http';
import { act, type Desk, newsroomDesk, newsroomUser, workflowApi } from './harness/workflow';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { ACTIONS, STATES, TRANSITIONS, pathTo, type WorkflowAction, type WorkflowState } from '../src/plugins/editorial-workflow/shared/state-machine';
import { ARTICLE, ITEM_STATE, OPINION_REPORT as REPORT, TOPIC, TRANSITION, UNIT } from '../src/plugins/editorial-workflow/shared/uids';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { describePublishBypasses } from './harness/publish-bypasses';

/**
 * The workflow over HTTP, every role logged in for real through POST /admin/login: the author of
 * commune XA-A (its items go to SGD-GDPT through topic III.2), the GDPT editor and head, the
 * publisher (QLCL), and outsiders: the author of XA-B and the editor of SGD-VP.
 */
describe('editorial workflow', () => {
  let app: TestApp;
  let desk: Desk;
  let everyRole: string; // holds every role for XA-A's items: isolates state rules from role rules
  let outsider: string;
  let otherEditor: string;
  let root: string;
  let units: Map<string, string>;
  let topicIII2: string;

  const onlineRow = (documentId: string) =>
    app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: { $notNull: true } } });
  const historyCount = (documentId: string) => app.strapi.db.query(TRANSITION).count({ where: { itemDocumentId: documentId } });
  const stateOf = (documentId: string) => app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } });
  const snapshot = async (documentId: string) => ({
    state: await stateOf(documentId),
    history: await historyCount(documentId),
    online: await onlineRow(documentId),
    rows: await app.strapi.db.query(ARTICLE).count({ where: { documentId } }),
  });

  async function draftItem(title = 'Trường học an toàn mùa mưa lũ') {
    return (await createDraft(app, desk.author, { title, unit: units.get('XA-A')!, topic: topicIII2 })).documentId;
  }

  async function itemIn(state: WorkflowState, title?: string) {
    const documentId = await draftItem(title ?? `Tin ở trạng thái ${state} ${Math.random()}`);
    for (const { action, role } of pathTo(state)) await act(app, desk[role], documentId, action, { comment: 'Lý do' });
    return documentId;
  }

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    const unitQuery = app.strapi.documents(UNIT);
    await unitQuery.create({ data: { code: 'XA-A', name: 'Phòng VH-XH xã A', kind: 'commune-culture', active: true } });
    await unitQuery.create({ data: { code: 'XA-B', name: 'Phòng VH-XH xã B', kind: 'commune-culture', active: true } });
    units = await unitIdsByCode(app.strapi, ['XA-A', 'XA-B', 'SGD-GDPT', 'SGD-VP']);
    const topic = await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' }, populate: { department: true } });
    topicIII2 = topic.documentId;
    expect(topic.department.code).toBe('SGD-GDPT');

    desk = await newsroomDesk(app);
    const all = await newsroomUser(app, 'all@test.local', 'author', ['XA-A']);
    const membership = getService(app.strapi, 'membership');
    const unitId = async (code: string) => (await app.strapi.db.query(UNIT).findOne({ where: { code } })).id;
    for (const role of ['editor', 'head'] as const) await membership.add({ userId: all.id, unitId: await unitId('SGD-GDPT'), role });
    await membership.add({ userId: all.id, unitId: await unitId('SGD-QLCL'), role: 'publisher' });
    everyRole = all.token;
    outsider = (await newsroomUser(app, 'outsider@test.local', 'author', ['XA-B'])).token;
    otherEditor = (await newsroomUser(app, 'vp-editor@test.local', 'editor', ['SGD-VP'])).token;
    root = await createSuperAdmin(app);
  });

  afterAll(() => app?.stop());

  it('walks an item from draft to published, and publishes the approved content', async () => {
    const documentId = await draftItem('Trường học an toàn mùa mưa lũ');
    const api = workflowApi(app, desk.author);
    const fresh = await api.item(documentId);
    expect(fresh.status).toBe(200);
    expect(fresh.body.data).toMatchObject({ state: 'draft', version: 1, allowedActions: ['submit'], online: false });

    expect(await act(app, desk.author, documentId, 'submit')).toMatchObject({ state: 'in_review', version: 2, department: { code: 'SGD-GDPT' } });
    expect(await act(app, desk.editor, documentId, 'forward')).toMatchObject({ state: 'awaiting_approval', allowedActions: [] });
    expect(await act(app, desk.head, documentId, 'approve')).toMatchObject({ state: 'approved' });
    expect(await onlineRow(documentId)).toBeNull();
    expect(await act(app, desk.publisher, documentId, 'publish')).toMatchObject({ state: 'published', online: true, version: 5 });

    expect((await onlineRow(documentId)).title).toBe('Trường học an toàn mùa mưa lũ');
    const history = (await api.item(documentId)).body.data.history;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['submit', 'forward', 'approve', 'publish']);
    expect(history[3]).toMatchObject({ fromState: 'approved', toState: 'published', role: 'publisher', version: 5, actorName: 'publisher Test' });
    // Recorded for the quota counters: the first submission and the unit the item had then.
    const state = await stateOf(documentId);
    expect(state.firstSubmittedAt).not.toBeNull();
    expect(state.firstSubmittedUnitId).toBe((await app.strapi.db.query(UNIT).findOne({ where: { code: 'XA-A' } })).id);
  });

  it('answers every action that is illegal from a state with 409 naming the state and version, and changes nothing', async () => {
    for (const state of STATES) {
      const documentId = await itemIn(state);
      const before = await snapshot(documentId);
      for (const action of ACTIONS.filter((a) => !TRANSITIONS.some((t) => t.from === state && t.action === a))) {
        const res = await workflowApi(app, everyRole).transition(documentId, {
          action,
          expectedVersion: before.state.version,
          comment: 'lý do',
          ...(action === 'reroute' ? { departmentCode: 'SGD-VP' } : {}),
        });
        expect({ state, action, status: res.status }).toEqual({ state, action, status: 409 });
        expect(res.body.error.message).toContain(`(${state}), phiên bản ${before.state.version}`);
        expect(res.body.error.details).toEqual({ state, version: before.state.version });
      }
      expect(await snapshot(documentId)).toEqual(before);
    }
  });

  it('refuses every transition to every role but its own with 403, or 404 where the item is out of their sight', async () => {
    for (const transition of TRANSITIONS) {
      const documentId = await itemIn(transition.from);
      const before = await snapshot(documentId);
      for (const role of (['author', 'editor', 'head', 'publisher'] as const).filter((r) => r !== transition.role)) {
        const res = await workflowApi(app, desk[role]).transition(documentId, {
          action: transition.action,
          expectedVersion: before.state.version,
          comment: 'lý do',
          ...(transition.action === 'reroute' ? { departmentCode: 'SGD-VP' } : {}),
        });
        // A draft is the author's alone: the department and the publisher do not know it exists yet.
        const expected = transition.from === 'draft' && role !== 'author' ? 404 : 403;
        expect({ ...transition, role, status: res.status }).toEqual({ ...transition, role, status: expected });
      }
      expect(await snapshot(documentId)).toEqual(before);
    }
  });

  it('refuses a stale expectedVersion with 409 and the current version', async () => {
    const documentId = await itemIn('in_review');
    const res = await workflowApi(app, desk.editor).transition(documentId, { action: 'forward', expectedVersion: 1 });
    expect(res.status).toBe(409);
    expect(res.body.error.details).toEqual({ state: 'in_review', version: 2 });
  });

  it('gives 403 to a wrong role and 404 outside the caller’s scope, and changes nothing', async () => {
    const documentId = await itemIn('in_review');
    const before = await snapshot(documentId);
    const attempt = (token: string, action: WorkflowAction) =>
      workflowApi(app, token).transition(documentId, { action, expectedVersion: before.state.version });

    const byAuthor = await attempt(desk.author, 'forward'); // the author is not the department's editor
    expect(byAuthor.status).toBe(403);
    expect(byAuthor.body.error.message).toBe('Chỉ biên tập viên của phòng chuyên môn được giao mới được "Chuyển Trưởng phòng duyệt" tin bài này.');
    expect((await attempt(desk.head, 'forward')).status).toBe(403); // nor is the head
    expect((await attempt(desk.publisher, 'forward')).status).toBe(403);
    const notHers = await attempt(outsider, 'forward'); // another unit's author does not learn it exists
    expect(notHers.status).toBe(404);
    expect((await workflowApi(app, outsider).item(documentId)).status).toBe(404);
    expect((await attempt(otherEditor, 'forward')).status).toBe(404); // another department's editor neither
    expect((await workflowApi(app, desk.editor).item('khong-co-tin-bai-nay')).status).toBe(404);
    expect(notHers.body.error.message).toBe((await workflowApi(app, desk.editor).item('khong-co-tin-bai-nay')).body.error.message);
    expect((await attempt(root, 'forward')).status).toBe(404); // a super admin has no role in the newsroom

    const reader = await newsroomUser(app, 'nobody@test.local', 'author', []);
    expect((await attempt(reader.token, 'forward')).status).toBe(404);
    expect(await snapshot(documentId)).toEqual(before);

    const awaiting = await itemIn('awaiting_approval');
    const version = (await stateOf(awaiting)).version;
    expect((await workflowApi(app, desk.editor).transition(awaiting, { action: 'approve', expectedVersion: version })).status).toBe(403);
    expect((await workflowApi(app, desk.editor).transition(awaiting, { action: 'return', comment: 'x', expectedVersion: version })).status).toBe(403);
  });

  it('refuses bad bodies with 400, a return or unpublish without a reason among them', async () => {
    const documentId = await itemIn('in_review');
    const before = await snapshot(documentId);
    const api = workflowApi(app, desk.editor);
    for (const body of [
      { action: 'return', expectedVersion: 2 },
      { action: 'return', expectedVersion: 2, comment: '   ' },
      { action: 'reroute', expectedVersion: 2 },
      { action: 'reroute', expectedVersion: 2, departmentCode: 'XA-B' },
      { action: 'fly', expectedVersion: 2 },
      { action: 'forward' },
      { action: 'forward', expectedVersion: 'two' },
      { action: 'forward', expectedVersion: 2, state: 'published' },
      { action: ['forward'], expectedVersion: 2 },
    ]) {
      const res = await api.transition(documentId, body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.body.error.message).toEqual(expect.any(String));
    }
    expect(await snapshot(documentId)).toEqual(before);
  });

  it('re-routes to another department, whose editor then has it and the first one loses it', async () => {
    const documentId = await itemIn('in_review');
    const moved = await act(app, desk.editor, documentId, 'reroute', { departmentCode: 'SGD-VP' });
    expect(moved).toMatchObject({ state: 'in_review', department: { code: 'SGD-VP' } });
    expect((await workflowApi(app, desk.editor).item(documentId)).status).toBe(404);
    expect((await act(app, otherEditor, documentId, 'forward')).state).toBe('awaiting_approval');
  });

  it('returns an item with its reason for the author, who edits and resubmits; the first submission stays the first', async () => {
    const documentId = await itemIn('awaiting_approval');
    const first = (await stateOf(documentId)).firstSubmittedAt;
    const returned = await act(app, desk.head, documentId, 'return', { comment: 'Cần bổ sung số liệu học sinh.' });
    expect(returned).toMatchObject({ state: 'returned' });
    const seen = await workflowApi(app, desk.author).item(documentId);
    expect(seen.body.data.allowedActions).toEqual(['submit']);
    expect(seen.body.data.history.at(-1)).toMatchObject({ action: 'return', comment: 'Cần bổ sung số liệu học sinh.', role: 'head' });
    expect((await contentManager(app, desk.author).update(ARTICLE, documentId, { summary: 'Đã bổ sung số liệu.' })).status).toBe(200);
    await act(app, desk.author, documentId, 'submit');
    expect((await stateOf(documentId)).firstSubmittedAt).toEqual(first);
  });

  describePublishBypasses({
    lane: 'standard',
    app: () => app,
    itemIn: (state, title) => itemIn(state, title),
    tokens: () => [desk.author, desk.editor, desk.head, desk.publisher, root],
    author: () => desk.author,
    publisher: () => desk.publisher,
    approver: () => desk.head,
    root: () => root,
    draftFields: () => ({ kind: 'news', unit: units.get('XA-A')! }),
    // The head edits what they approved: it goes back to department review.
    editAfterApproval: () => ({ token: desk.head, status: 200, state: 'in_review' }),
  });

  it('lets only the person whose turn it is edit the content', async () => {
    const draft = await itemIn('draft');
    expect((await contentManager(app, desk.editor).update(ARTICLE, draft, { title: 'Biên tập viên sửa bản nháp' })).status).toBe(403);
    const inReview = await itemIn('in_review');
    const early = await contentManager(app, desk.author).update(ARTICLE, inReview, { title: 'Tác giả sửa khi đang biên tập' });
    expect(early.status).toBe(403);
    expect(early.body.error.message).toMatch(/chỉ Biên tập viên phòng chuyên môn được sửa nội dung lúc này/);
    expect((await contentManager(app, desk.head).update(ARTICLE, inReview, { title: 'Trưởng phòng sửa sớm' })).status).toBe(403);
    expect((await contentManager(app, desk.editor).update(ARTICLE, inReview, { title: 'Biên tập viên sửa' })).status).toBe(200);
    expect((await contentManager(app, outsider).update(ARTICLE, inReview, { title: 'Người ngoài sửa' })).status).toBe(403);
    expect((await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: inReview } })).title).toBe('Biên tập viên sửa');
  });

  it('starts a new round when a published item is edited, and keeps the published version online', async () => {
    const documentId = await itemIn('published', 'Bản đang đăng');
    const edited = await contentManager(app, desk.author).update(ARTICLE, documentId, { title: 'Bản sửa mới' });
    expect(edited.status).toBe(200);
    expect((await stateOf(documentId)).state).toBe('draft');
    expect((await onlineRow(documentId)).title).toBe('Bản đang đăng');
    await act(app, desk.author, documentId, 'submit');
    await act(app, desk.editor, documentId, 'forward');
    await act(app, desk.head, documentId, 'approve');
    expect((await onlineRow(documentId)).title).toBe('Bản đang đăng');
    await act(app, desk.publisher, documentId, 'publish');
    expect((await onlineRow(documentId)).title).toBe('Bản sửa mới');
  });

  it('unpublishes with a reason, and refuses to delete an item under way or online', async () => {
    const documentId = await itemIn('published');
    const res = await workflowApi(app, desk.publisher).transition(documentId, { action: 'unpublish', expectedVersion: 5 });
    expect(res.status).toBe(400);
    expect(await onlineRow(documentId)).not.toBeNull();
    expect(await act(app, desk.publisher, documentId, 'unpublish', { comment: 'Thông tin chưa chính xác' })).toMatchObject({ state: 'unpublished', online: false });
    expect(await onlineRow(documentId)).toBeNull();

    const underWay = await itemIn('in_review');
    const del = await request(app.server).delete(`${CM}/${ARTICLE}/${underWay}`).set({ Authorization: `Bearer ${desk.author}` });
    expect(del.status).toBe(403);
    expect(await app.strapi.db.query(ARTICLE).count({ where: { documentId: underWay } })).toBe(1);
    const draft = await itemIn('draft');
    expect((await request(app.server).delete(`${CM}/${ARTICLE}/${draft}`).set({ Authorization: `Bearer ${desk.author}` })).status).toBe(200);
  });

  it('schedules a publish and the scheduler publishes it when its time comes', async () => {
    const documentId = await itemIn('approved');
    const at = new Date(Date.now() + 60 * 60 * 1000);
    const scheduled = await act(app, desk.publisher, documentId, 'publish', { publishAt: at.toISOString() });
    expect(scheduled).toMatchObject({ state: 'approved' });
    expect(new Date(scheduled.scheduledAt).getTime()).toBe(at.getTime());
    const workflow = getService(app.strapi, 'workflow');
    expect(await workflow.publishDue(new Date())).toBe(0);
    expect(await onlineRow(documentId)).toBeNull();
    expect(await workflow.publishDue(new Date(at.getTime() + 1000))).toBe(1);
    expect(await onlineRow(documentId)).not.toBeNull();
    expect((await stateOf(documentId)).state).toBe('published');
  });

  it('keeps the audit trail append-only', async () => {
    const documentId = await itemIn('in_review');
    const history = app.strapi.db.query(TRANSITION);
    const row = await history.findOne({ where: { itemDocumentId: documentId } });
    await expect(history.update({ where: { id: row.id }, data: { comment: 'sửa lịch sử' } })).rejects.toThrow(/append-only/);
    await expect(history.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(history.deleteMany({ where: { itemDocumentId: documentId } })).rejects.toThrow(/append-only/);
    expect(await history.findOne({ where: { id: row.id } })).toEqual(row);
  });

  describe('scope in the content-manager and the queue', () => {
    it('lists to an author only their unit’s items, and hides other units’ items', async () => {
      const mine = await itemIn('draft');
      const theirs = await contentManager(app, outsider).create(ARTICLE, { title: 'Tin xã B', kind: 'news', unit: connect(units.get('XA-B')!) });
      expect(theirs.status).toBe(201);
      expect(theirs.body.data.title).toBe('Tin xã B'); // the author reads back what they wrote
      const listed = await contentManager(app, desk.author).find(ARTICLE, '?pageSize=100');
      const ids = listed.body.results.map((item: { documentId: string }) => item.documentId);
      expect(ids).toContain(mine);
      expect(ids).not.toContain(theirs.body.data.documentId);
      const open = await request(app.server).get(`${CM}/${ARTICLE}/${theirs.body.data.documentId}`).set({ Authorization: `Bearer ${desk.author}` });
      expect(open.status).toBe(403);
      const wrongUnit = await contentManager(app, desk.author).create(ARTICLE, { title: 'Viết hộ xã B', kind: 'news', unit: connect(units.get('XA-B')!) });
      expect(wrongUnit.status).toBe(403);
      expect(wrongUnit.body.error.message).toMatch(/chỉ viết tin bài cho đơn vị mà bạn là cộng tác viên/);
    });

    it('keeps an author to their own unit’s opinion reports', async () => {
      const file = (token: string, unitCode: string) =>
        contentManager(app, token).create(REPORT, { unit: connect(units.get(unitCode)!), period: '2026-10', concerns: 'Học phí', handling: 'Đã giải đáp' });
      const before = await app.strapi.db.query(REPORT).count();
      const elsewhere = await file(desk.author, 'XA-B');
      expect(elsewhere.status).toBe(403);
      expect(elsewhere.body.error.message).toMatch(/báo cáo cho đơn vị của mình/);
      expect(await app.strapi.db.query(REPORT).count()).toBe(before);
      expect((await file(desk.author, 'XA-A')).status).toBe(201);
      expect((await file(outsider, 'XA-B')).status).toBe(201);
      const mine = await contentManager(app, desk.author).find(REPORT);
      expect(mine.body.results).toHaveLength(1);
    });

    it('shows an editor the department’s queue but not other units’ drafts', async () => {
      const waiting = await itemIn('in_review');
      const draft = await itemIn('draft');
      const listed = await contentManager(app, desk.editor).find(ARTICLE, '?pageSize=100');
      const ids = listed.body.results.map((item: { documentId: string }) => item.documentId);
      expect(ids).toContain(waiting);
      expect(ids).not.toContain(draft);
    });

    it('lists what waits for each person, filtered and paged', async () => {
      const waiting = await itemIn('in_review');
      const queue = await workflowApi(app, desk.editor).queue('?pageSize=100');
      expect(queue.status).toBe(200);
      const ids = queue.body.data.map((item: { documentId: string }) => item.documentId);
      expect(ids).toContain(waiting);
      expect(queue.body.data.every((item: { state: string }) => item.state === 'in_review')).toBe(true);
      expect(queue.body.data[0].allowedActions).toEqual(['forward', 'reroute', 'return']);
      expect((await workflowApi(app, desk.editor).queue('?topic=III&kind=news&unit=XA-A')).body.data.map((i: { documentId: string }) => i.documentId)).toContain(waiting);
      expect((await workflowApi(app, desk.editor).queue('?unit=XA-B')).body.data).toEqual([]);
      expect((await workflowApi(app, otherEditor).queue()).body.data.map((i: { documentId: string }) => i.documentId)).not.toContain(waiting);
      const page = await workflowApi(app, desk.editor).queue('?pageSize=1&page=2');
      expect(page.body.meta.pagination).toMatchObject({ page: 2, pageSize: 1 });
      for (const bad of ['?pageSize=1000', '?page=0', '?state=flying', '?kind=podcast', '?unit[$ne]=x', '?sort=title']) {
        expect({ bad, status: (await workflowApi(app, desk.editor).queue(bad)).status }).toEqual({ bad, status: 400 });
      }
    });
  });

  describe('memberships', () => {
    it('are managed by the administrator, behind admin permissions', async () => {
      const user = await newsroomUser(app, 'new-author@test.local', 'author', []);
      const unitId = (await app.strapi.db.query(UNIT).findOne({ where: { code: 'XA-B' } })).id;
      const add = (token: string, body: Record<string, unknown>) =>
        request(app.server).post('/editorial-workflow/memberships').set({ Authorization: `Bearer ${token}` }).send(body);
      expect((await add(desk.author, { userId: user.id, unitId, role: 'author' })).status).toBe(403);
      expect((await add(root, { userId: user.id, unitId, role: 'head' })).status).toBe(400); // a head belongs to a department
      expect((await add(root, { userId: user.id, unitId, role: 'boss' })).status).toBe(400);
      expect((await add(root, { userId: 999999, unitId, role: 'author' })).status).toBe(404);
      const created = await add(root, { userId: user.id, unitId, role: 'author' });
      expect(created.status).toBe(200);
      expect((await add(root, { userId: user.id, unitId, role: 'author' })).body.data.id).toBe(created.body.data.id);
      const mine = await request(app.server).get('/editorial-workflow/me/memberships').set({ Authorization: `Bearer ${user.token}` });
      expect(mine.body.data).toEqual([expect.objectContaining({ unitId, role: 'author' })]);
      const list = await request(app.server).get(`/editorial-workflow/memberships?userId=${user.id}`).set({ Authorization: `Bearer ${desk.editor}` });
      expect(list.status).toBe(403);
      const removed = await request(app.server).delete(`/editorial-workflow/memberships/${created.body.data.id}`).set({ Authorization: `Bearer ${root}` });
      expect(removed.status).toBe(200);
      expect((await request(app.server).get('/editorial-workflow/me/memberships').set({ Authorization: `Bearer ${user.token}` })).body.data).toEqual([]);
    });
  });
});
