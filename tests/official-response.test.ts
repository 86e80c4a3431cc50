import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient, adminLogin, createAdminUser, superAdminToken } from './harness/admin-client';
import { contentManager, createDraft } from './harness/http';
import { roundFixture, type RoundFixture } from './harness/round-fixture';
import { PASSWORD, act, grantAdminActions, newsroomUser, workflowApi } from './harness/workflow';
import { describePublishBypasses } from './harness/publish-bypasses';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { PERMISSIONS } from '../src/plugins/editorial-workflow/shared/permissions';
import { RESPONSE_TRANSITIONS, pathTo, type ActingRole, type WorkflowState } from '../src/plugins/editorial-workflow/shared/state-machine';
import type { ConcernLinks } from '../src/plugins/editorial-workflow/shared/contracts/concern-links';
import { ARTICLE, CONCERN_LINK, ITEM_STATE, NOTIFICATION, TOPIC, TRANSITION, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/**
 * The official response's fast lane (issue 15, item 3), over HTTP as real logins: the author of the
 * Office (SGD-VP) drafts a response from a concern, submits it straight to the leadership, who
 * approve; the publisher publishes. Nobody else takes any of its steps; the department (the
 * Office's own editor and head, GDPT's) has no part; the kind cannot be used to skip a department;
 * and every path that could publish around the workflow is refused for it as for any item.
 */
describe('the official response (phản hồi chính thức / thông cáo)', () => {
  let app: TestApp;
  let round: RoundFixture;
  let officeAuthor: { id: number; token: string };
  let vpEditor: { id: number; token: string };
  let vpHead: { id: number; token: string };
  let leader: { id: number; token: string };
  let leader2: { id: number; token: string };
  let root: string;
  let topicId: number;
  let vpDocumentId: string;

  const api = (token: string) => adminClient(app.server, token);
  const stateOf = (documentId: string) => app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } });
  const onlineRow = (documentId: string) => app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: { $notNull: true } } });
  const people = (): Record<ActingRole, string> => ({
    author: officeAuthor.token,
    leadership: leader.token,
    publisher: round.desk.publisher,
    editor: vpEditor.token,
    head: vpHead.token,
  });

  async function fileConcern(token: string, over: Record<string, unknown> = {}): Promise<number> {
    const res = await api(token).post('/editorial-workflow/concerns', {
      title: `Phụ huynh phản ánh ${Math.random().toString(36).slice(2, 8)}`,
      description: 'Phụ huynh phản ánh trên mạng xã hội về khoản thu đầu năm học.',
      topicId,
      channel: 'social-network',
      firstSeenAt: new Date(Date.now() - 3_600_000).toISOString(),
      kind: 'current',
      severity: 'incident',
      ...over,
    });
    if (res.status !== 201) throw new Error(`filing failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data.id;
  }

  async function draftResponse(concernId: number): Promise<string> {
    const res = await api(officeAuthor.token).post(`/editorial-workflow/concerns/${concernId}/response`, {});
    if (res.status !== 201) throw new Error(`drafting failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data.itemDocumentId;
  }

  /** A response walked to `state` by its real roles (the commune's author files the concern). */
  async function responseIn(state: WorkflowState, title?: string): Promise<string> {
    const documentId = await draftResponse(await fileConcern(round.desk.author));
    if (title) expect((await contentManager(app, officeAuthor.token).update(ARTICLE, documentId, { title })).status).toBe(200);
    for (const { action, role } of pathTo(state, 'official-response')) await act(app, people()[role], documentId, action, { comment: 'Cần sửa câu chữ.' });
    return documentId;
  }

  beforeAll(async () => {
    app = await startStrapi();
    round = await roundFixture(app);
    officeAuthor = await newsroomUser(app, 'office-author@test.local', 'author', ['SGD-VP']);
    vpEditor = await newsroomUser(app, 'vp-editor@test.local', 'editor', ['SGD-VP']);
    vpHead = await newsroomUser(app, 'vp-head@test.local', 'head', ['SGD-VP']);
    await grantAdminActions(app.strapi, 'newsroom-leader', [PERMISSIONS.useWorkflow, PERMISSIONS.takeDown]);
    const roles = await adminRoleIdsByCode(app.strapi);
    for (const email of ['leader@test.local', 'leader2@test.local']) {
      await createAdminUser(app.strapi, { email, password: PASSWORD, roles: [roles.get('newsroom-leader')] });
    }
    const leaderId = async (email: string) => (await app.strapi.db.query('admin::user').findOne({ where: { email } })).id as number;
    leader = { id: await leaderId('leader@test.local'), token: await adminLogin(app.server, 'leader@test.local', PASSWORD) };
    leader2 = { id: await leaderId('leader2@test.local'), token: await adminLogin(app.server, 'leader2@test.local', PASSWORD) };
    root = await superAdminToken(app.strapi, app.server);
    topicId = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' }, select: ['id'] })).id;
    vpDocumentId = (await app.strapi.db.query(UNIT).findOne({ where: { code: 'SGD-VP' }, select: ['documentId'] })).documentId;
  });

  afterAll(() => app?.stop());

  it('goes from the concern to the site: the Office drafts, the leadership approves, the publisher publishes, and the response time is shown', async () => {
    const concernId = await fileConcern(round.desk.author);
    const before = (await api(officeAuthor.token).get(`/editorial-workflow/concerns/${concernId}/links`)).body.data as ConcernLinks;
    expect(before).toMatchObject({ links: [], firstResponseAt: null, responseMinutes: null, canLink: true, canDraftResponse: true });

    const documentId = await draftResponse(concernId);
    const draft = (await workflowApi(app, officeAuthor.token).item(documentId)).body.data;
    expect(draft).toMatchObject({ state: 'draft', lane: 'official-response', allowedActions: ['submit'] });
    expect(await app.strapi.db.query(ARTICLE).findOne({ where: { documentId }, populate: { unit: true } })).toMatchObject({ kind: 'response', unit: { code: 'SGD-VP' } });
    expect((await contentManager(app, officeAuthor.token).update(ARTICLE, documentId, { title: 'Sở GD&ĐT thông tin về các khoản thu đầu năm học', summary: 'Sở đã kiểm tra và chấn chỉnh.' })).status).toBe(200);

    const submitted = await act(app, officeAuthor.token, documentId, 'submit');
    // No department round: straight to the leadership, no department routed.
    expect(submitted).toMatchObject({ state: 'awaiting_approval', department: null });
    expect((await stateOf(documentId)).departmentId).toBeNull();
    const told = await app.strapi.db.query(NOTIFICATION).findMany({ where: { itemDocumentId: documentId, action: 'submit' }, select: ['userId'] });
    expect(told.map((row: { userId: number }) => row.userId).sort()).toEqual([leader.id, leader2.id].sort());

    // The leadership's queue has it, with its approval; the Office's own head and GDPT's head have nothing of it.
    const queue = (await workflowApi(app, leader.token).queue('?state=awaiting_approval')).body;
    expect(queue.data.find((row: { documentId: string }) => row.documentId === documentId)).toMatchObject({ allowedActions: ['approve', 'return'] });
    for (const token of [vpHead.token, round.desk.head]) {
      const theirs = (await workflowApi(app, token).queue('?pageSize=100')).body.data.map((row: { documentId: string }) => row.documentId);
      expect(theirs).not.toContain(documentId);
    }
    const panel = (await workflowApi(app, leader.token).item(documentId)).body.data;
    expect(panel).toMatchObject({ lane: 'official-response', allowedActions: ['approve', 'return'], next: { role: 'leadership' } });
    expect(panel.next.people.length).toBe(2);

    await act(app, leader.token, documentId, 'approve');
    const published = await act(app, round.desk.publisher, documentId, 'publish');
    expect(published).toMatchObject({ state: 'published', online: true });
    expect((await onlineRow(documentId)).title).toBe('Sở GD&ĐT thông tin về các khoản thu đầu năm học');
    const history = (await workflowApi(app, officeAuthor.token).item(documentId)).body.data.history;
    expect(history.map((entry: { action: string; role: string }) => `${entry.role}:${entry.action}`)).toEqual(['author:submit', 'leadership:approve', 'publisher:publish']);

    const after = (await api(leader.token).get(`/editorial-workflow/concerns/${concernId}/links`)).body.data as ConcernLinks;
    expect(after.links).toEqual([expect.objectContaining({ itemDocumentId: documentId, purpose: 'response', state: 'published', kind: 'response' })]);
    const record = await stateOf(documentId);
    expect(after.firstResponseAt).toBe(new Date(record.firstPublishedAt).toISOString());
    expect(after.responseMinutes).toBe(Math.round((new Date(record.firstPublishedAt).getTime() - new Date(after.filedAt).getTime()) / 60_000));
    // The leadership reads; it does not draft (not an author of the Office).
    expect(after).toMatchObject({ canDraftResponse: false });
  });

  it('refuses each of its steps to every role but its own, and changes nothing', async () => {
    const everyone = people();
    const others = { ...everyone, gdptEditor: round.desk.editor, gdptHead: round.desk.head, communeAuthor: round.desk.author };
    for (const transition of RESPONSE_TRANSITIONS) {
      const documentId = await responseIn(transition.from);
      const before = await stateOf(documentId);
      const history = await app.strapi.db.query(TRANSITION).count({ where: { itemDocumentId: documentId } });
      for (const [who, token] of Object.entries(others)) {
        // The leadership also takes a live version down (TAKEDOWNS), in every lane.
        if (who === transition.role || (transition.action === 'unpublish' && who === 'leadership')) continue;
        const res = await workflowApi(app, token).transition(documentId, { action: transition.action, expectedVersion: before.version, comment: 'Lý do' });
        expect({ step: `${transition.action} from ${transition.from}`, who, refused: [403, 404].includes(res.status) }).toEqual({
          step: `${transition.action} from ${transition.from}`,
          who,
          refused: true,
        });
        if (res.status === 403) expect(res.body.error.message).toMatch(VIETNAMESE);
      }
      expect(await stateOf(documentId)).toEqual(before);
      expect(await app.strapi.db.query(TRANSITION).count({ where: { itemDocumentId: documentId } })).toBe(history);
    }
    // The department's steps do not exist in this lane, for anyone.
    const waiting = await responseIn('awaiting_approval');
    for (const [action, token] of [['forward', vpEditor.token], ['reroute', vpEditor.token], ['forward', leader.token]] as const) {
      const version = (await stateOf(waiting)).version;
      const res = await workflowApi(app, token).transition(waiting, { action, expectedVersion: version, departmentCode: 'SGD-GDPT' });
      expect([403, 409]).toContain(res.status);
    }
    expect((await stateOf(waiting)).state).toBe('awaiting_approval');
  });

  it('lets nobody edit it on the way to the leadership, and its author after a return', async () => {
    const waiting = await responseIn('awaiting_approval');
    for (const token of [officeAuthor.token, vpEditor.token, vpHead.token]) {
      const res = await contentManager(app, token).update(ARTICLE, waiting, { title: 'Sửa khi chờ duyệt' });
      expect(res.status).toBe(403);
    }
    const refused = await contentManager(app, officeAuthor.token).update(ARTICLE, waiting, { title: 'Sửa khi chờ duyệt' });
    expect(refused.body.error.message).toMatch(/Phản hồi chính thức đang ở trạng thái "Chờ Lãnh đạo Sở duyệt": không ai sửa nội dung/);
    expect((await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: waiting } })).title).not.toBe('Sửa khi chờ duyệt');
    await act(app, leader.token, waiting, 'return', { comment: 'Bổ sung số liệu kiểm tra.' });
    expect((await contentManager(app, officeAuthor.token).update(ARTICLE, waiting, { title: 'Đã bổ sung số liệu' })).status).toBe(200);
    expect(await act(app, officeAuthor.token, waiting, 'submit')).toMatchObject({ state: 'awaiting_approval' });
  });

  it('keeps the kind to the Office and its lane to the first submission, on every write path', async () => {
    const count = () => app.strapi.db.query(ARTICLE).count();
    const rows = await count();
    // A commune cannot make its item an official response to skip its department.
    const own = await contentManager(app, round.desk.author).create(ARTICLE, { title: 'Tự gọi là thông cáo', kind: 'response', unit: { connect: [round.xaA.documentId] } });
    expect(own.status).toBe(400);
    expect(own.body.error.message).toMatch(/chỉ dành cho tin bài của Văn phòng Sở/);
    expect(await count()).toBe(rows);
    const draft = await createDraft(app, round.desk.author, { title: 'Tin của xã', unit: round.xaA.documentId, topic: round.topic });
    const switched = await contentManager(app, round.desk.author).update(ARTICLE, draft.documentId, { kind: 'response' });
    expect(switched.status).toBe(400);
    await expect(app.strapi.documents(ARTICLE).update({ documentId: draft.documentId, data: { kind: 'response' } as never })).rejects.toThrow(/Văn phòng Sở/);
    expect((await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: draft.documentId } })).kind).toBe('news');

    // The Office's response written by hand, linked to no concern: it cannot be submitted.
    const loose = await createDraft(app, officeAuthor.token, { title: 'Thông cáo không gắn vấn đề', unit: vpDocumentId, kind: 'response' });
    const version = (await stateOf(loose.documentId)).version;
    const res = await workflowApi(app, officeAuthor.token).transition(loose.documentId, { action: 'submit', expectedVersion: version });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/phải gắn với một vấn đề dư luận/);
    expect((await stateOf(loose.documentId)).state).toBe('draft');

    // Submitted: the lane stays, whichever way the kind would turn.
    const news = await createDraft(app, officeAuthor.token, { title: 'Tin thường của Văn phòng', unit: vpDocumentId, topic: round.topic });
    await act(app, officeAuthor.token, news.documentId, 'submit');
    await act(app, round.desk.editor, news.documentId, 'return', { comment: 'Sửa lại' });
    const toResponse = await contentManager(app, officeAuthor.token).update(ARTICLE, news.documentId, { kind: 'response' });
    expect(toResponse.status).toBe(400);
    expect(toResponse.body.error.message).toMatch(/quy trình duyệt của nó đã định/);
    const returned = await responseIn('returned');
    const toNews = await contentManager(app, officeAuthor.token).update(ARTICLE, returned, { kind: 'news' });
    expect(toNews.status).toBe(400);
    expect((await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: returned } })).kind).toBe('response');
  });

  it('drafts a response only for the Office’s authors and a current concern; links only for those who work on the concern', async () => {
    const concernId = await fileConcern(round.desk.author);
    const links = () => app.strapi.db.query(CONCERN_LINK).count();
    const before = [await links(), await app.strapi.db.query(ARTICLE).count()];
    for (const token of [round.desk.author, vpEditor.token, leader.token, round.desk.publisher]) {
      const res = await api(token).post(`/editorial-workflow/concerns/${concernId}/response`, {});
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/Văn phòng Sở/);
    }
    const forecast = await fileConcern(round.desk.author, { kind: 'forecast', severity: 'watch' });
    const notNow = await api(officeAuthor.token).post(`/editorial-workflow/concerns/${forecast}/response`, {});
    expect(notNow.status).toBe(400);
    expect([await links(), await app.strapi.db.query(ARTICLE).count()]).toEqual(before);

    // A published item of a unit answers a concern; linked to a forecast, it is the planned coverage.
    const item = await createDraft(app, round.desk.author, { title: 'Trường học công khai các khoản thu', unit: round.xaA.documentId, topic: round.topic });
    expect((await api(round.desk.author).post(`/editorial-workflow/concerns/${concernId}/links`, { itemDocumentId: item.documentId })).status).toBe(403);
    const linked = await api(vpEditor.token).post(`/editorial-workflow/concerns/${concernId}/links`, { itemDocumentId: item.documentId });
    // The Office's editor works on every concern, but this draft of a commune is not theirs to see.
    expect(linked.status).toBe(404);
    await act(app, round.desk.author, item.documentId, 'submit');
    const candidates = await api(round.desk.editor).get('/editorial-workflow/concern-link-candidates').query({ q: 'công khai các khoản' });
    expect(candidates.body.data.map((row: { documentId: string }) => row.documentId)).toContain(item.documentId);
    const ok = await api(round.desk.editor).post(`/editorial-workflow/concerns/${concernId}/links`, { itemDocumentId: item.documentId });
    expect(ok.status).toBe(201);
    expect(ok.body.data.links).toEqual([expect.objectContaining({ itemDocumentId: item.documentId, purpose: 'response', firstPublishedAt: null })]);
    const twice = await api(round.desk.editor).post(`/editorial-workflow/concerns/${concernId}/links`, { itemDocumentId: item.documentId });
    expect(twice.status).toBe(400);
    const coverage = await api(round.desk.editor).post(`/editorial-workflow/concerns/${forecast}/links`, { itemDocumentId: item.documentId });
    expect(coverage.body.data.links).toEqual([expect.objectContaining({ purpose: 'coverage' })]);
    // Another commune's author does not learn the concern exists.
    const outsider = await newsroomUser(app, 'outsider@test.local', 'author', ['SGD-GDMN']);
    expect((await api(outsider.token).get(`/editorial-workflow/concerns/${concernId}/links`)).status).toBe(404);
  });

  it('refuses bad input with a 400 in Vietnamese and stores nothing', async () => {
    const concernId = await fileConcern(round.desk.author);
    const links = () => app.strapi.db.query(CONCERN_LINK).count();
    const before = await links();
    const bad: Array<[string, 'post' | 'get', string, Record<string, unknown> | undefined]> = [
      ['unknown field', 'post', `/editorial-workflow/concerns/${concernId}/links`, { itemDocumentId: 'abc', extra: 1 }],
      ['no item', 'post', `/editorial-workflow/concerns/${concernId}/links`, {}],
      ['item as a list', 'post', `/editorial-workflow/concerns/${concernId}/links`, { itemDocumentId: ['abc'] }],
      ['malformed item', 'post', `/editorial-workflow/concerns/${concernId}/links`, { itemDocumentId: '../etc' }],
      ['a body for the draft', 'post', `/editorial-workflow/concerns/${concernId}/response`, { title: 'x' }],
    ];
    for (const [what, method, path, body] of bad) {
      const res = await api(round.desk.editor)[method](path, body);
      expect({ what, status: res.status }).toEqual({ what, status: method === 'post' && path.endsWith('/response') ? 400 : 400 });
      expect(res.body.error.message).toMatch(VIETNAMESE);
    }
    for (const q of ['', 'a', 'x'.repeat(201)]) {
      const res = await api(round.desk.editor).get('/editorial-workflow/concern-link-candidates').query(q ? { q } : {});
      expect(res.status).toBe(400);
    }
    expect((await api(round.desk.editor).get('/editorial-workflow/concern-link-candidates').query({ q: 'ab', other: 1 })).status).toBe(400);
    expect((await api(round.desk.editor).get('/editorial-workflow/concerns/abc/links')).status).toBe(404);
    expect((await api(round.desk.editor).get('/editorial-workflow/concerns/99999/links')).status).toBe(404);
    expect(await links()).toBe(before);
  });

  describePublishBypasses({
    lane: 'official-response',
    app: () => app,
    itemIn: (state, title) => responseIn(state, title),
    tokens: () => [officeAuthor.token, vpEditor.token, vpHead.token, leader.token, round.desk.publisher, root],
    author: () => officeAuthor.token,
    publisher: () => round.desk.publisher,
    approver: () => leader.token,
    root: () => root,
    draftFields: () => ({ kind: 'response', unit: vpDocumentId }),
    // Nobody edits an approved response: what the leadership approved is what goes online.
    editAfterApproval: () => ({ token: officeAuthor.token, status: 403, state: 'approved' }),
  });
});
