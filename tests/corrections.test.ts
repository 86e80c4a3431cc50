import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { contentManager, createDraft } from './harness/http';
import { roundFixture, type RoundFixture } from './harness/round-fixture';
import { act, publishThroughWorkflow, workflowApi } from './harness/workflow';
import { ARTICLE, CORRECTION, ITEM_STATE, NOTIFICATION, TRANSITION } from '../src/plugins/editorial-workflow/shared/uids';

/** A message for a person of the newsroom: Vietnamese, with its marks. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/**
 * Corrections (đính chính) over HTTP as real logins: the publisher starts one on a published item
 * with a public note; the item goes through a new round (its author corrects, the department edits
 * and approves, the publisher publishes) while the version online stays online; once published,
 * the public API prints the note and its date at the end of the item (`corrections`, oldest first)
 * and in the feed. Who asked for it never reaches the public.
 */
describe('corrections of a published item', () => {
  let app: TestApp;
  let round: RoundFixture;
  let documentId: string;
  let slug: string;
  const NOTE_1 = 'Bản tin trước ghi nhầm số trường đạt chuẩn là 120; số đúng là 102.';
  const NOTE_2 = 'Đính chính tên hiệu trưởng: bà Lò Thị Hương.';

  const publicItem = async () => request(app.server).get(`/api/articles/by-slug/${slug}`);
  const stateOf = () => app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } });
  const version = async (token: string) => (await workflowApi(app, token).item(documentId)).body.data.version as number;

  beforeAll(async () => {
    app = await startStrapi();
    round = await roundFixture(app);
    const draft = await createDraft(app, round.desk.author, {
      title: 'Toàn tỉnh có 120 trường đạt chuẩn quốc gia',
      unit: round.xaA.documentId,
      topic: round.topic,
      body: paragraph('Năm học 2025-2026, toàn tỉnh có 120 trường đạt chuẩn quốc gia.'),
    });
    documentId = draft.documentId;
    await publishThroughWorkflow(app, round.desk, documentId);
    slug = (await app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['slug'] })).slug;
  });

  afterAll(() => app?.stop());

  it('refuses a correction without a note, by anyone but the publisher, or of an item not published, in Vietnamese, changing nothing', async () => {
    const before = { state: await stateOf(), history: await app.strapi.db.query(TRANSITION).count(), corrections: await app.strapi.db.query(CORRECTION).count() };
    const v = await version(round.desk.publisher);
    const cases: Array<[string, string, Record<string, unknown>, number]> = [
      ['no note', round.desk.publisher, { action: 'correct', expectedVersion: v }, 400],
      ['a blank note', round.desk.publisher, { action: 'correct', expectedVersion: v, comment: '   ' }, 400],
      ['a note too long', round.desk.publisher, { action: 'correct', expectedVersion: v, comment: 'x'.repeat(1001) }, 400],
      ['the author', round.desk.author, { action: 'correct', expectedVersion: v, comment: NOTE_1 }, 403],
      ['the head', round.desk.head, { action: 'correct', expectedVersion: v, comment: NOTE_1 }, 403],
      ['a stale version', round.desk.publisher, { action: 'correct', expectedVersion: v - 1, comment: NOTE_1 }, 409],
    ];
    for (const [label, token, body, status] of cases) {
      const res = await workflowApi(app, token).transition(documentId, body);
      expect({ label, status: res.status }).toEqual({ label, status });
      expect(res.body.error.message).toMatch(VIETNAMESE);
    }
    // A draft never published has nothing to correct.
    const other = await createDraft(app, round.desk.author, { title: 'Tin chưa đăng', unit: round.xaA.documentId, topic: round.topic });
    await act(app, round.desk.author, other.documentId, 'submit');
    const notOnline = await workflowApi(app, round.desk.publisher).transition(other.documentId, { action: 'correct', expectedVersion: 2, comment: NOTE_1 });
    expect(notOnline.status).toBe(409);
    expect(await stateOf()).toEqual(before.state);
    expect(await app.strapi.db.query(TRANSITION).count()).toBe(before.history + 1); // the other item's submission only
    expect(await app.strapi.db.query(CORRECTION).count()).toBe(before.corrections);
  });

  it('starts a new round for the author while the published version stays online, the note not public yet', async () => {
    const moved = await act(app, round.desk.publisher, documentId, 'correct', { comment: NOTE_1 });
    expect(moved.state).toBe('draft');
    const told = await app.strapi.db.query(NOTIFICATION).findMany({ where: { itemDocumentId: documentId, action: 'correct' } });
    expect(told.length).toBeGreaterThanOrEqual(1);
    expect(told[0].message).toContain(NOTE_1);
    // Online as it was, with no correction yet.
    const live = await publicItem();
    expect(live.status).toBe(200);
    expect(live.body.data.title).toBe('Toàn tỉnh có 120 trường đạt chuẩn quốc gia');
    expect(live.body.data.corrections).toEqual([]);
    expect((await request(app.server).get('/api/feed.rss')).text).not.toContain(NOTE_1);
  });

  it('publishes the corrected item with the note and its date at the end, in the public API and the feed', async () => {
    const cm = contentManager(app, round.desk.author);
    const edit = await cm.update(ARTICLE, documentId, { title: 'Toàn tỉnh có 102 trường đạt chuẩn quốc gia', body: paragraph('Năm học 2025-2026, toàn tỉnh có 102 trường đạt chuẩn quốc gia.') });
    expect(edit.status).toBe(200);
    const before = Date.now();
    await act(app, round.desk.author, documentId, 'submit');
    await act(app, round.desk.editor, documentId, 'forward');
    await act(app, round.desk.head, documentId, 'approve');
    await act(app, round.desk.publisher, documentId, 'publish');
    const live = await publicItem();
    expect(live.status).toBe(200);
    expect(live.body.data.title).toBe('Toàn tỉnh có 102 trường đạt chuẩn quốc gia');
    expect(live.body.data.body).toContain('102 trường');
    expect(live.body.data.corrections).toEqual([{ note: NOTE_1, publishedAt: expect.any(String) }]);
    expect(Date.parse(live.body.data.corrections[0].publishedAt)).toBeGreaterThanOrEqual(before - 1000);
    const feed = await request(app.server).get('/api/feed.rss');
    expect(feed.text).toContain(`Đính chính ngày`);
    expect(feed.text).toContain(NOTE_1);
    // The history keeps the step, named; the correction's author is not public.
    const history = await app.strapi.db.query(TRANSITION).findMany({ where: { itemDocumentId: documentId, action: 'correct' } });
    expect(history).toHaveLength(1);
    expect(JSON.stringify(live.body)).not.toMatch(/requestedBy|publisher@test\.local/);
  });

  it('lists a second correction after the first, oldest first', async () => {
    await act(app, round.desk.publisher, documentId, 'correct', { comment: NOTE_2 });
    await contentManager(app, round.desk.author).update(ARTICLE, documentId, { summary: 'Đã sửa tên hiệu trưởng.' });
    await publishThroughWorkflow(app, round.desk, documentId);
    const live = await publicItem();
    expect(live.body.data.corrections.map((correction: { note: string }) => correction.note)).toEqual([NOTE_1, NOTE_2]);
    const dates = live.body.data.corrections.map((correction: { publishedAt: string }) => Date.parse(correction.publishedAt));
    expect(dates[0]).toBeLessThanOrEqual(dates[1]);
  });

  it('keeps a correction under way out of sight when the round ends in a takedown, and prints it at the next publication', async () => {
    const NOTE_3 = 'Bổ sung nguồn số liệu: Báo cáo tổng kết năm học.';
    await act(app, round.desk.publisher, documentId, 'correct', { comment: NOTE_3 });
    await act(app, round.desk.publisher, documentId, 'unpublish', { comment: 'Tạm gỡ để kiểm tra số liệu.' });
    expect((await publicItem()).status).toBe(404);
    expect((await app.strapi.db.query(CORRECTION).findOne({ where: { note: NOTE_3 } })).madePublicAt).toBeNull();
    // The round goes on where it was; its publication prints the third note after the other two.
    await publishThroughWorkflow(app, round.desk, documentId);
    const live = await publicItem();
    expect(live.status).toBe(200);
    expect(live.body.data.corrections.map((correction: { note: string }) => correction.note)).toEqual([NOTE_1, NOTE_2, NOTE_3]);
  });
});
