import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminLogin, createSuperAdmin, createDraft } from './harness/http';
import { act, type Desk, newsroomDesk, PASSWORD, workflowApi } from './harness/workflow';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { pathTo, type WorkflowState } from '../src/plugins/editorial-workflow/shared/state-machine';
import { TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

/**
 * What the admin screens read: the side panel's item description (who acts next, the reason of a
 * return, the departments to re-route to), the queue's counts and filter options, the publisher's
 * published tab. Real roles over HTTP, as in workflow.test.ts.
 */
describe('workflow API for the admin screens', () => {
  let app: TestApp;
  let desk: Desk;
  let units: Map<string, string>;
  let topicIII2: string;
  let noWorkflow: string;

  async function itemIn(state: WorkflowState, title = `Tin ${state} ${Math.random()}`) {
    const { documentId } = await createDraft(app, desk.author, { title, unit: units.get('XA-A')!, topic: topicIII2 });
    for (const { action, role } of pathTo(state)) await act(app, desk[role], documentId, action, { comment: 'Lý do' });
    return documentId;
  }

  const counts = async (token: string) => {
    const res = await request(app.server).get('/editorial-workflow/queue/counts').set({ Authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    return res.body.data as { total: number; byState: Record<string, number> };
  };

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    await app.strapi.documents(UNIT).create({ data: { code: 'XA-A', name: 'Phòng VH-XH xã A', kind: 'commune-culture', active: true } });
    units = await unitIdsByCode(app.strapi, ['XA-A']);
    topicIII2 = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' } })).documentId;
    desk = await newsroomDesk(app);
    await createSuperAdmin(app);
    // An admin account of Strapi's own Author role: no workflow permission.
    const strapiAuthor = await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
    await app.strapi.service('admin::user').create({
      email: 'outside@test.local',
      firstname: 'Ngoài',
      lastname: 'Quy trình',
      password: PASSWORD,
      isActive: true,
      roles: [strapiAuthor.id],
    });
    noWorkflow = await adminLogin(app, 'outside@test.local', PASSWORD);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('tells who acts next, by role and by name, at every step', async () => {
    const documentId = await itemIn('draft');
    const next = async (token: string) => (await workflowApi(app, token).item(documentId)).body.data.next;
    expect(await next(desk.author)).toMatchObject({ role: 'author', roleLabel: 'Cộng tác viên đơn vị', people: ['author Test'] });
    await act(app, desk.author, documentId, 'submit');
    expect(await next(desk.author)).toMatchObject({ role: 'editor', people: ['editor Test'] });
    await act(app, desk.editor, documentId, 'forward');
    expect(await next(desk.editor)).toMatchObject({ role: 'head', people: ['head Test'] });
    await act(app, desk.head, documentId, 'approve');
    expect(await next(desk.head)).toMatchObject({ role: 'publisher', people: ['publisher Test'] });
    await act(app, desk.publisher, documentId, 'publish');
    const published = (await workflowApi(app, desk.author).item(documentId)).body.data;
    expect(published.next).toBeNull();
    expect(published.history.map((entry: { action: string }) => entry.action)).toEqual(['submit', 'forward', 'approve', 'publish']);
    expect(published.history.every((entry: { id: number; actorName: string }) => entry.id > 0 && entry.actorName.endsWith('Test'))).toBe(true);
  });

  it('shows the author the reason of the last return until they resubmit', async () => {
    const documentId = await itemIn('in_review');
    await act(app, desk.editor, documentId, 'return', { comment: 'Thiếu ảnh minh hoạ.' });
    const seen = (await workflowApi(app, desk.author).item(documentId)).body.data;
    expect(seen.state).toBe('returned');
    expect(seen.lastReason).toMatchObject({ action: 'return', comment: 'Thiếu ảnh minh hoạ.', actorName: 'editor Test', role: 'editor' });
    await act(app, desk.author, documentId, 'submit');
    expect((await workflowApi(app, desk.author).item(documentId)).body.data.lastReason).toBeNull();
  });

  it('offers the departments to re-route to only to whoever may re-route', async () => {
    const documentId = await itemIn('in_review');
    const editorView = (await workflowApi(app, desk.editor).item(documentId)).body.data;
    expect(editorView.allowedActions).toContain('reroute');
    expect(editorView.departments.map((d: { code: string }) => d.code)).toEqual(expect.arrayContaining(['SGD-GDPT', 'SGD-VP', 'SGD-QLCL']));
    expect(editorView.departments.every((d: { code: string; name: string }) => Object.keys(d).sort().join() === 'code,name')).toBe(true);
    expect((await workflowApi(app, desk.author).item(documentId)).body.data.departments).toBeUndefined();
  });

  it('counts what waits for each person, by state, as the queue lists it', async () => {
    const before = await counts(desk.editor);
    const waiting = await itemIn('in_review');
    const after = await counts(desk.editor);
    expect(after.total).toBe(before.total + 1);
    expect(after.byState.in_review).toBe((before.byState.in_review ?? 0) + 1);
    const queue = await workflowApi(app, desk.editor).queue('?pageSize=100');
    expect(queue.body.meta.pagination.total).toBe(after.total);
    expect(queue.body.data.map((row: { documentId: string }) => row.documentId)).toContain(waiting);

    const author = await counts(desk.author);
    expect(Object.keys(author.byState).sort()).toEqual(['draft', 'returned']);
    expect(author.total).toBe((author.byState.draft ?? 0) + (author.byState.returned ?? 0));
    const publisher = await counts(desk.publisher);
    // Published items wait for nobody: the publisher's published tab has no count.
    expect(Object.keys(publisher.byState)).toEqual(['approved']);
  });

  it('gives the publisher a published tab, and nobody else', async () => {
    const online = await itemIn('published');
    const tab = await workflowApi(app, desk.publisher).queue('?state=published&pageSize=100');
    expect(tab.status).toBe(200);
    expect(tab.body.data.map((row: { documentId: string }) => row.documentId)).toContain(online);
    expect(tab.body.data.find((row: { documentId: string }) => row.documentId === online).allowedActions).toEqual(['unpublish', 'correct']);
    expect((await workflowApi(app, desk.publisher).queue('?pageSize=100')).body.data.map((row: { documentId: string }) => row.documentId)).not.toContain(online);
    expect((await workflowApi(app, desk.editor).queue('?state=published')).body.data).toEqual([]);
  });

  it('offers tabs and filters by role: an author filters by their own units only', async () => {
    const filters = async (token: string) => (await request(app.server).get('/editorial-workflow/queue/filters').set({ Authorization: `Bearer ${token}` })).body.data;
    const author = await filters(desk.author);
    expect(author.tabs).toEqual(['returned', 'draft']);
    expect(author.units.map((unit: { code: string }) => unit.code)).toEqual(['XA-A']);
    expect(author.kinds).toEqual(['news', 'article', 'feature', 'response', 'consultation']);
    expect(author.topics.map((topic: { code: string }) => topic.code)).toEqual(expect.arrayContaining(['III', 'III.2']));
    const editor = await filters(desk.editor);
    expect(editor.tabs).toEqual(['in_review']);
    expect(editor.units.map((unit: { code: string }) => unit.code)).toEqual(expect.arrayContaining(['XA-A', 'SGD-GDPT']));
    expect((await filters(desk.head)).tabs).toEqual(['awaiting_approval']);
    expect((await filters(desk.publisher)).tabs).toEqual(['approved', 'published']);
  });

  it('refuses parameters it does not take with 400, and callers without the workflow permission with 403', async () => {
    for (const path of ['/editorial-workflow/queue/counts?x=1', '/editorial-workflow/queue/filters?unit=XA-A']) {
      const res = await request(app.server).get(path).set({ Authorization: `Bearer ${desk.editor}` });
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.body.error.message).toMatch(/Tham số không được hỗ trợ/);
    }
    for (const path of ['/editorial-workflow/queue/counts', '/editorial-workflow/queue/filters', '/editorial-workflow/queue']) {
      expect({ path, status: (await request(app.server).get(path).set({ Authorization: `Bearer ${noWorkflow}` })).status }).toEqual({ path, status: 403 });
      expect({ path, status: (await request(app.server).get(path)).status }).toEqual({ path, status: 401 });
    }
  });
});
