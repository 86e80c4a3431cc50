import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient, createAdminUser, adminLogin } from './harness/admin-client';
import { createDraft } from './harness/http';
import { act, type Desk, newsroomDesk, newsroomUser, PASSWORD } from './harness/workflow';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { pathTo, type WorkflowState } from '../src/plugins/editorial-workflow/shared/state-machine';
import type { UnitItemRow } from '../src/plugins/editorial-workflow/shared/contracts';
import { ARTICLE, TOPIC, TRANSITION, UNIT } from '../src/plugins/editorial-workflow/shared/uids';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';

/**
 * The tab "Tin bài của đơn vị" of the queue page (`GET /queue/unit-items`): every item of the
 * person's units in every state, who acts next, since when it waits, the last reason; sorted by
 * waiting time and paged on the server, in a fixed number of queries. Real logins over HTTP.
 */
describe('the author’s tab "Tin bài của đơn vị"', () => {
  let app: TestApp;
  let desk: Desk;
  let units: Map<string, string>;
  let topicIII2: string;
  let authorB: string;
  let unitHead: string;
  /** documentId of the item of XA-A in each state. */
  const items = new Map<WorkflowState, string>();
  let resubmitted: string;
  let otherUnitsItem: string;

  const tab = (token: string, query = '') => adminClient(app.server, token).get(`/editorial-workflow/queue/unit-items${query}`);
  const rows = async (token: string, query = '') => {
    const res = await tab(token, query);
    expect(res.status).toBe(200);
    return res.body as { data: UnitItemRow[]; meta: { pagination: { page: number; pageSize: number; total: number; pageCount: number } } };
  };

  async function itemIn(state: WorkflowState, title: string, unit = 'XA-A', token = desk.author) {
    const { documentId } = await createDraft(app, token, { title, unit: units.get(unit)!, topic: topicIII2 });
    for (const { action, role } of pathTo(state)) {
      const comment = action === 'return' ? `Bổ sung ảnh cho “${title}”.` : action === 'unpublish' ? 'Sai tên trường.' : undefined;
      await act(app, role === 'author' ? token : desk[role], documentId, action, comment ? { comment } : {});
    }
    return documentId;
  }

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    for (const code of ['XA-A', 'XA-B']) {
      await app.strapi.documents(UNIT).create({ data: { code, name: `Phòng VH-XH xã ${code.slice(3)}`, kind: 'commune-culture', active: true } });
    }
    units = await unitIdsByCode(app.strapi, ['XA-A', 'XA-B']);
    topicIII2 = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' } })).documentId;
    desk = await newsroomDesk(app);
    authorB = (await newsroomUser(app, 'author-b@test.local', 'author', ['XA-B'])).token;
    // The unit's head (Thủ trưởng): reads the unit's items, acts on none.
    const roles = await adminRoleIdsByCode(app.strapi);
    const head = await createAdminUser(app.strapi, { email: 'thutruong@test.local', firstname: 'Thủ', lastname: 'Trưởng', password: PASSWORD, roles: [roles.get('newsroom-unit-head')] });
    const xaA = await app.strapi.db.query(UNIT).findOne({ where: { code: 'XA-A' }, select: ['id'] });
    await getService(app.strapi, 'membership').add({ userId: head.id, unitId: xaA.id, role: 'unit-head' });
    unitHead = await adminLogin(app.server, 'thutruong@test.local', PASSWORD);

    for (const state of ['draft', 'in_review', 'awaiting_approval', 'approved', 'published', 'returned', 'unpublished'] as const) {
      items.set(state, await itemIn(state, `Tin ${state}`));
    }
    // Returned, then submitted again: its reason is history, no longer what the author must fix.
    resubmitted = await itemIn('returned', 'Tin gửi lại');
    await act(app, desk.author, resubmitted, 'submit');
    otherUnitsItem = await itemIn('in_review', 'Tin của xã B', 'XA-B', authorB);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('lists every item of the author’s unit, in every state, and none of another unit', async () => {
    const { data, meta } = await rows(desk.author, '?pageSize=100');
    expect(meta.pagination).toEqual({ page: 1, pageSize: 100, total: 8, pageCount: 1 });
    const states = new Map(data.map((row) => [row.documentId, row.state]));
    for (const [state, documentId] of items) expect({ state, listed: states.get(documentId) }).toEqual({ state, listed: state });
    expect(states.get(resubmitted)).toBe('in_review');
    expect(states.has(otherUnitsItem)).toBe(false);
    expect(data.every((row) => row.unit?.code === 'XA-A')).toBe(true);
    expect(data.find((row) => row.state === 'awaiting_approval')?.stateLabel).toBe('Chờ Trưởng phòng duyệt');

    // The other unit's author sees their own item only.
    const other = await rows(authorB);
    expect(other.data.map((row) => row.documentId)).toEqual([otherUnitsItem]);
  });

  it('says who acts next, by role and by name', async () => {
    const byState = new Map((await rows(desk.author, '?pageSize=100')).data.map((row) => [row.documentId, row]));
    const next = (state: WorkflowState) => byState.get(items.get(state)!)!.next;
    expect(next('draft')).toEqual({ role: 'author', roleLabel: 'Cộng tác viên đơn vị', people: ['author Test'] });
    expect(next('returned')).toMatchObject({ role: 'author', people: ['author Test'] });
    expect(next('in_review')).toEqual({ role: 'editor', roleLabel: 'Biên tập viên phòng chuyên môn', people: ['editor Test'] });
    expect(next('awaiting_approval')).toEqual({ role: 'head', roleLabel: 'Trưởng phòng', people: ['head Test'] });
    expect(next('approved')).toEqual({ role: 'publisher', roleLabel: 'Chuyên viên Phòng QLCL', people: ['publisher Test'] });
    expect(next('unpublished')).toMatchObject({ role: 'author' });
    expect(next('published')).toBeNull();
  });

  it('says since when each item waits: its last step, or a draft’s creation', async () => {
    const byId = new Map((await rows(desk.author, '?pageSize=100')).data.map((row) => [row.documentId, row]));
    for (const state of ['in_review', 'returned', 'published'] as const) {
      const documentId = items.get(state)!;
      const [last] = await app.strapi.db.query(TRANSITION).findMany({ where: { itemDocumentId: documentId }, orderBy: [{ id: 'desc' }], limit: 1 });
      expect({ state, since: byId.get(documentId)!.waitingSince }).toEqual({ state, since: new Date(last.createdAt).toISOString() });
    }
    const draft = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: items.get('draft'), publishedAt: null }, select: ['createdAt'] });
    expect(byId.get(items.get('draft')!)!.waitingSince).toBe(new Date(draft.createdAt).toISOString());
  });

  it('gives the last reason of a return or unpublish, and whether it still stands', async () => {
    const byId = new Map((await rows(desk.author, '?pageSize=100')).data.map((row) => [row.documentId, row]));
    expect(byId.get(items.get('returned')!)!.lastReason).toMatchObject({
      action: 'return',
      comment: 'Bổ sung ảnh cho “Tin returned”.',
      actorName: 'editor Test',
      current: true,
    });
    expect(byId.get(items.get('unpublished')!)!.lastReason).toMatchObject({ action: 'unpublish', comment: 'Sai tên trường.', actorName: 'publisher Test', current: true });
    expect(byId.get(resubmitted)!.lastReason).toMatchObject({ action: 'return', comment: 'Bổ sung ảnh cho “Tin gửi lại”.', current: false });
    expect(byId.get(items.get('in_review')!)!.lastReason).toBeNull();
    expect(byId.get(items.get('draft')!)!.lastReason).toBeNull();
  });

  it('sorts by waiting time, oldest first by default, published items last, and pages on the server', async () => {
    // The item waiting at the department has waited three days: it comes first.
    const [last] = await app.strapi.db.query(TRANSITION).findMany({ where: { itemDocumentId: items.get('in_review') }, orderBy: [{ id: 'desc' }], limit: 1 });
    // History is append-only for the app (a lifecycle guard): the test moves the time in SQL, as SQLite and PostgreSQL store it.
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
    const table = app.strapi.db.metadata.get(TRANSITION).tableName;
    await app.strapi.db
      .connection(table)
      .where({ id: last.id })
      .update({ created_at: app.strapi.db.dialect.client === 'postgres' ? threeDaysAgo : threeDaysAgo.getTime() });

    const oldest = (await rows(desk.author, '?pageSize=100')).data;
    expect(oldest[0].documentId).toBe(items.get('in_review'));
    expect(oldest[oldest.length - 1].state).toBe('published');
    const waiting = oldest.filter((row) => row.state !== 'published');
    const times = waiting.map((row) => Date.parse(row.waitingSince));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    const newest = (await rows(desk.author, '?pageSize=100&sort=waitingSince:desc')).data;
    expect(newest.filter((row) => row.state !== 'published').map((row) => row.documentId)).toEqual(waiting.map((row) => row.documentId).reverse());
    expect(newest[newest.length - 1].state).toBe('published');

    const pages = [];
    for (let page = 1; page <= 3; page += 1) pages.push(await rows(desk.author, `?pageSize=3&page=${page}`));
    expect(pages.map((p) => p.meta.pagination)).toEqual([1, 2, 3].map((page) => ({ page, pageSize: 3, total: 8, pageCount: 3 })));
    expect(pages.flatMap((p) => p.data.map((row) => row.documentId))).toEqual(oldest.map((row) => row.documentId));
  });

  it('filters like the other tabs: state, unit, topic, kind', async () => {
    expect((await rows(desk.author, '?state=returned')).data.map((row) => row.documentId)).toEqual([items.get('returned')]);
    expect((await rows(desk.author, '?state=draft')).data.map((row) => row.documentId)).toEqual([items.get('draft')]);
    expect((await rows(desk.author, '?unit=XA-A')).meta.pagination.total).toBe(8);
    // Another unit's code finds nothing: the tab never leaves the person's units.
    expect((await rows(desk.author, '?unit=XA-B')).meta.pagination.total).toBe(0);
    expect((await rows(desk.author, '?topic=III')).meta.pagination.total).toBe(8);
    expect((await rows(desk.author, '?topic=III.2')).meta.pagination.total).toBe(8);
    expect((await rows(desk.author, '?topic=I.1')).meta.pagination.total).toBe(0);
    expect((await rows(desk.author, '?kind=feature')).meta.pagination.total).toBe(0);
    expect((await rows(desk.author, '?kind=news&state=published')).meta.pagination.total).toBe(1);
  });

  it('shows the unit head every item of their unit; others have no such tab', async () => {
    expect((await rows(unitHead, '?pageSize=100')).meta.pagination.total).toBe(8);
    const filters = async (token: string) => (await adminClient(app.server, token).get('/editorial-workflow/queue/filters')).body.data;
    expect((await filters(desk.author)).unitItems).toEqual([{ code: 'XA-A', name: 'Phòng VH-XH xã A' }]);
    expect((await filters(unitHead)).unitItems).toEqual([{ code: 'XA-A', name: 'Phòng VH-XH xã A' }]);
    expect((await filters(desk.editor)).unitItems).toEqual([]);
    expect((await rows(desk.editor)).meta.pagination.total).toBe(0);
  });

  it('refuses bad input with a Vietnamese message', async () => {
    for (const query of ['?sort=title', '?state=gone', '?kind=x', '?page=0', '?pageSize=1000', '?foo=1', '?unit[$ne]=x']) {
      const res = await tab(desk.author, query);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.error.message).toMatch(/phải|tối đa|không được hỗ trợ|giá trị đơn/);
    }
  });

  it('reads a page in a fixed number of queries, whatever its size', async () => {
    const knex = app.strapi.db.connection;
    const queriesOf = async (query: string) => {
      let count = 0;
      const onQuery = () => (count += 1);
      knex.on('query', onQuery);
      try {
        await rows(desk.author, query);
      } finally {
        knex.removeListener('query', onQuery);
      }
      return count;
    };
    await queriesOf('?pageSize=1');
    const one = await queriesOf('?pageSize=1');
    const all = await queriesOf('?pageSize=100');
    expect(all).toBe(one);
  });
});
