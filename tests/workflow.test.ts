import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { CM, connect, contentManager } from './harness/http';
import { act, newsroomUser, publishThroughWorkflow, workflowApi, type Desk } from './harness/workflow';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { STATES, ACTIONS, TRANSITIONS } from '../src/plugins/editorial-workflow/shared/state-machine';

const ARTICLE = 'api::article.article';
const TRANSITION = 'plugin::editorial-workflow.transition';
const ITEM_STATE = 'plugin::editorial-workflow.item-state';

/**
 * The workflow over HTTP, every role logged in for real: one commune author (XA-A, routed to
 * SGD-GDPT through topic III.2), the GDPT editor and head, the publisher, and outsiders.
 */
describe('editorial workflow', () => {
  let app: TestApp;
  let desk: Desk;
  let ids: Record<string, number>;
  let outsider: string; // author of another unit
  let otherEditor: string; // editor of another department
  let units: Map<string, string>;
  let topicIII2: string;

  const published = (documentId: string) =>
    app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: { $notNull: true } } });
  const historyCount = (documentId: string) => app.strapi.db.query(TRANSITION).count({ where: { itemDocumentId: documentId } });

  async function draftItem(title = 'Trường học an toàn mùa mưa lũ', token = desk.author) {
    const res = await contentManager(app, token).create(ARTICLE, {
      title,
      kind: 'news',
      unit: connect(units.get('XA-A')!),
      topics: connect(topicIII2),
    });
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data.documentId as string;
  }

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    await app.strapi.db.query('api::unit.unit').create({
      data: { code: 'XA-A', name: 'Phòng VH-XH xã A', kind: 'commune-culture', defaultDepartment: null },
    });
    await app.strapi.db.query('api::unit.unit').create({ data: { code: 'XA-B', name: 'Phòng VH-XH xã B', kind: 'commune-culture' } });
    units = await unitIdsByCode(app.strapi, ['XA-A', 'XA-B', 'SGD-GDPT', 'SGD-VP']);
    const topic = await app.strapi.db.query('api::topic.topic').findOne({ where: { code: 'III.2' }, populate: { department: true } });
    topicIII2 = topic.documentId;
    expect(topic.department.code).toBe('SGD-GDPT');

    const author = await newsroomUser(app, 'author@test.local', 'author', ['XA-A']);
    const editor = await newsroomUser(app, 'editor@test.local', 'editor', ['SGD-GDPT']);
    const head = await newsroomUser(app, 'head@test.local', 'head', ['SGD-GDPT']);
    const publisher = await newsroomUser(app, 'publisher@test.local', 'publisher', ['SGD-QLCL']);
    desk = { author: author.token, editor: editor.token, head: head.token, publisher: publisher.token };
    ids = { author: author.id, editor: editor.id, head: head.id, publisher: publisher.id };
    outsider = (await newsroomUser(app, 'outsider@test.local', 'author', ['XA-B'])).token;
    otherEditor = (await newsroomUser(app, 'vp-editor@test.local', 'editor', ['SGD-VP'])).token;
  });

  afterAll(() => app?.stop());

  it('walks an item from draft to published, and publishes the approved content', async () => {
    const documentId = await draftItem();
    const api = workflowApi(app, desk.author);
    const fresh = await api.item(documentId);
    expect(fresh.status).toBe(200);
    expect(fresh.body.data).toMatchObject({ state: 'draft', version: 1, allowedActions: ['submit'] });

    const submitted = await act(app, desk.author, documentId, 'submit');
    expect(submitted).toMatchObject({ state: 'in_review', version: 2, department: { code: 'SGD-GDPT' } });
    const forwarded = await act(app, desk.editor, documentId, 'forward');
    expect(forwarded).toMatchObject({ state: 'awaiting_approval', allowedActions: [] });
    const approved = await act(app, desk.head, documentId, 'approve');
    expect(approved.state).toBe('approved');
    expect(await published(documentId)).toBeNull();
    const done = await act(app, desk.publisher, documentId, 'publish');
    expect(done).toMatchObject({ state: 'published', online: true, version: 5 });

    const row = await published(documentId);
    expect(row.title).toBe('Trường học an toàn mùa mưa lũ');
    const history = (await api.item(documentId)).body.data.history;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['submit', 'forward', 'approve', 'publish']);
    expect(history[3]).toMatchObject({ fromState: 'approved', toState: 'published', role: 'publisher', version: 5 });
  });
});
