import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient } from './harness/admin-client';
import { createDraft } from './harness/http';
import { act, type Desk, newsroomDesk, newsroomUser, workflowApi } from './harness/workflow';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import type { BulkItemResult, BulkTransitionResult } from '../src/plugins/editorial-workflow/shared/contracts/bulk';
import type { QueueRow } from '../src/plugins/editorial-workflow/shared/contracts/queue';
import { ARTICLE, ITEM_STATE, TRANSITION, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

/** The single route's "not found": one wording whether the item is out of sight or does not exist. */
const NOT_FOUND = 'Không tìm thấy tin bài, hoặc tin bài không thuộc phạm vi của bạn.';
/** A message for a person of the newsroom: Vietnamese, with its marks. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/**
 * Bulk actions from the queue (`POST /items/bulk-transition`) over HTTP, every person logged in for
 * real: the author of XA-A (topic III.2 routes its items to SGD-GDPT), the GDPT editor and two
 * GDPT heads, the publisher. Each item is its own compare-and-set transition: the ones someone
 * else moved first are conflicts, the ones out of the person's sight or rights are refused in the
 * single route's words, the others are done, each with its one history row.
 */
describe('bulk actions from the queue', () => {
  let app: TestApp;
  let desk: Desk;
  let otherHead: string;
  let ids: Record<'head' | 'otherHead' | 'editor' | 'publisher', number>;
  let xaA: string;
  let topic: string;
  /** Items the editor forwarded in bulk (awaiting approval), for the later steps. */
  let forwarded: string[] = [];

  const bulk = (token: string, body: unknown) => adminClient(app.server, token).post('/editorial-workflow/items/bulk-transition', body as object);
  const stateOf = (documentId: string) => app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } });
  const historyOf = (documentId: string) =>
    app.strapi.db.query(TRANSITION).findMany({ where: { itemDocumentId: documentId }, orderBy: [{ id: 'asc' }] }) as Promise<
      Array<{ action: string; actorId: number | null; fromState: string; toState: string; version: number; role: string }>
    >;
  /** Everything a refused request could have changed: every item's state row and the history. */
  const snapshot = async () => ({
    states: await app.strapi.db.query(ITEM_STATE).findMany({ orderBy: [{ id: 'asc' }], select: ['itemDocumentId', 'state', 'version', 'approvedHash'] }),
    history: await app.strapi.db.query(TRANSITION).count(),
    online: await app.strapi.db.query(ARTICLE).count({ where: { publishedAt: { $notNull: true } } }),
  });

  /** New items of XA-A, submitted to SGD-GDPT (in review there). */
  async function submitted(count: number, label: string): Promise<string[]> {
    const created: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const { documentId } = await createDraft(app, desk.author, { title: `${label} số ${i + 1}`, unit: xaA, topic });
      await act(app, desk.author, documentId, 'submit');
      created.push(documentId);
    }
    return created;
  }

  /** The versions the person's queue shows for `documentIds` in the tab of `state`, as the admin page sends them. */
  async function versionsInQueue(token: string, state: string, documentIds: string[]): Promise<Map<string, number>> {
    const res = await workflowApi(app, token).queue(`?state=${state}&pageSize=100`);
    expect(res.status).toBe(200);
    const rows: QueueRow[] = res.body.data;
    const versions = new Map(rows.filter((row) => documentIds.includes(row.documentId)).map((row) => [row.documentId, row.version]));
    expect(versions.size).toBe(documentIds.length);
    return versions;
  }

  const refs = (documentIds: string[], versions: Map<string, number>) => documentIds.map((documentId) => ({ documentId, version: versions.get(documentId)! }));

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    await app.strapi.documents(UNIT).create({ data: { code: 'XA-A', name: 'Phòng VH-XH xã A', kind: 'commune-culture', active: true } });
    xaA = (await unitIdsByCode(app.strapi, ['XA-A'])).get('XA-A')!;
    topic = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' } })).documentId;
    desk = await newsroomDesk(app);
    otherHead = (await newsroomUser(app, 'head2@test.local', 'head', ['SGD-GDPT'])).token;
    const idOf = async (email: string) => (await app.strapi.db.query('admin::user').findOne({ where: { email }, select: ['id'] })).id as number;
    ids = {
      head: await idOf('head@test.local'),
      otherHead: await idOf('head2@test.local'),
      editor: await idOf('editor@test.local'),
      publisher: await idOf('publisher@test.local'),
    };
  }, 300_000);

  afterAll(() => app?.stop());

  it('lets a head approve 30 items at once: 28 done, 2 that others moved first are conflicts, each done item with one history row', async () => {
    const items = await submitted(30, 'Tin chờ duyệt hàng loạt');
    for (const documentId of items) await act(app, desk.editor, documentId, 'forward');
    const seen = await versionsInQueue(desk.head, 'awaiting_approval', items);

    // Just before the head's click: another head approves one item, and returns another, which its
    // author resubmits and the editor forwards again (the same state as seen, at another version).
    const [approvedFirst, roundTrip] = [items[4], items[17]];
    await act(app, otherHead, approvedFirst, 'approve');
    await act(app, otherHead, roundTrip, 'return', { comment: 'Bổ sung ảnh hoạt động.' });
    await act(app, desk.author, roundTrip, 'submit');
    await act(app, desk.editor, roundTrip, 'forward');
    const historyBefore = await app.strapi.db.query(TRANSITION).count();

    const res = await bulk(desk.head, { action: 'approve', items: refs(items, seen) });
    expect(res.status).toBe(200);
    const answer: BulkTransitionResult = res.body.data;
    expect(answer.action).toBe('approve');
    expect(answer.totals).toEqual({ total: 30, done: 28, conflict: 2, refused: 0 });
    // In the order asked.
    expect(answer.results.map((result) => result.documentId)).toEqual(items);

    const byId = new Map(answer.results.map((result) => [result.documentId, result]));
    expect(byId.get(approvedFirst)).toEqual({
      documentId: approvedFirst,
      outcome: 'conflict',
      message: `Không thể "Duyệt" (approve) ở trạng thái này. Trạng thái hiện tại: Đã duyệt, chờ đăng (approved), phiên bản ${seen.get(approvedFirst)! + 1}.`,
      state: 'approved',
      version: seen.get(approvedFirst)! + 1,
    });
    expect(byId.get(roundTrip)).toEqual({
      documentId: roundTrip,
      outcome: 'conflict',
      message: `Bạn đang xem phiên bản ${seen.get(roundTrip)}, tin bài đã thay đổi; hãy tải lại. Trạng thái hiện tại: Chờ Trưởng phòng duyệt (awaiting_approval), phiên bản ${seen.get(roundTrip)! + 3}.`,
      state: 'awaiting_approval',
      version: seen.get(roundTrip)! + 3,
    });

    for (const documentId of items.filter((id) => id !== approvedFirst && id !== roundTrip)) {
      const version = seen.get(documentId)! + 1;
      expect(byId.get(documentId)).toEqual({ documentId, outcome: 'done', title: expect.stringMatching(/^Tin chờ duyệt hàng loạt số \d+$/), state: 'approved', version });
      expect(await stateOf(documentId)).toMatchObject({ state: 'approved', version, approvedHash: expect.any(String) });
      const approvals = (await historyOf(documentId)).filter((row) => row.action === 'approve');
      expect(approvals).toEqual([expect.objectContaining({ actorId: ids.head, role: 'head', fromState: 'awaiting_approval', toState: 'approved', version })]);
    }

    // The conflicts changed nothing: the other head's approval stands alone, the resubmitted item still waits.
    expect(await stateOf(approvedFirst)).toMatchObject({ state: 'approved', version: seen.get(approvedFirst)! + 1 });
    expect((await historyOf(approvedFirst)).filter((row) => row.action === 'approve').map((row) => row.actorId)).toEqual([ids.otherHead]);
    expect(await stateOf(roundTrip)).toMatchObject({ state: 'awaiting_approval', version: seen.get(roundTrip)! + 3 });
    expect((await historyOf(roundTrip)).some((row) => row.action === 'approve')).toBe(false);
    // One history row per done item, none for the conflicts.
    expect(await app.strapi.db.query(TRANSITION).count()).toBe(historyBefore + 28);
    // The head's queue no longer holds the approved items.
    const left = (await workflowApi(app, desk.head).queue('?state=awaiting_approval&pageSize=100')).body.data.map((row: QueueRow) => row.documentId);
    expect(items.filter((id) => left.includes(id))).toEqual([roundTrip]);
  }, 300_000);

  it('refuses, in the single route’s words, an item of another department to the editor’s bulk forward; the others are done', async () => {
    const items = await submitted(4, 'Tin chuyển tiếp hàng loạt');
    // One item goes to the Office (SGD-VP): the GDPT editor no longer sees it.
    const elsewhere = items[2];
    const rerouted = await act(app, desk.editor, elsewhere, 'reroute', { departmentCode: 'SGD-VP' });
    expect(rerouted.department.code).toBe('SGD-VP');
    const mine = items.filter((id) => id !== elsewhere);
    const seen = await versionsInQueue(desk.editor, 'in_review', mine);
    const elsewhereBefore = { state: await stateOf(elsewhere), history: (await historyOf(elsewhere)).length };

    const res = await bulk(desk.editor, {
      action: 'forward',
      items: [...refs(mine.slice(0, 2), seen), { documentId: elsewhere, version: rerouted.version }, ...refs(mine.slice(2), seen), { documentId: 'khongtontai123', version: 1 }],
    });
    expect(res.status).toBe(200);
    const answer: BulkTransitionResult = res.body.data;
    expect(answer.totals).toEqual({ total: 5, done: 3, conflict: 0, refused: 2 });
    const single = await workflowApi(app, desk.editor).transition(elsewhere, { action: 'forward', expectedVersion: rerouted.version });
    expect(single.status).toBe(404);
    expect(single.body.error.message).toBe(NOT_FOUND);
    const refused = answer.results.filter((result) => result.outcome === 'refused');
    // Nothing about the item is told: no title, no state, no version; the same words as for an item that does not exist.
    expect(refused).toEqual([
      { documentId: elsewhere, outcome: 'refused', status: 404, message: single.body.error.message },
      { documentId: 'khongtontai123', outcome: 'refused', status: 404, message: NOT_FOUND },
    ]);
    expect(answer.results.filter((result) => result.outcome === 'done').map((result) => result.documentId)).toEqual(mine);
    for (const documentId of mine) {
      expect(await stateOf(documentId)).toMatchObject({ state: 'awaiting_approval', version: seen.get(documentId)! + 1 });
      expect((await historyOf(documentId)).filter((row) => row.action === 'forward')).toEqual([expect.objectContaining({ actorId: ids.editor, role: 'editor' })]);
    }
    expect({ state: await stateOf(elsewhere), history: (await historyOf(elsewhere)).length }).toEqual(elsewhereBefore);
    forwarded = mine;
  }, 300_000);

  it('refuses a step reserved to another role (403) or not open from the state seen (409), with the single route’s message', async () => {
    expect(forwarded).toHaveLength(3);
    const [first, second] = forwarded;
    const seen = await versionsInQueue(desk.head, 'awaiting_approval', [first, second]);
    const before = await snapshot();
    // The editor approving what waits for the head; the head forwarding what is already forwarded.
    for (const [token, action, status] of [
      [desk.editor, 'approve', 403],
      [desk.head, 'forward', 409],
    ] as const) {
      const res = await bulk(token, { action, items: refs([first, second], seen) });
      expect(res.status).toBe(200);
      const single = await workflowApi(app, token).transition(first, { action, expectedVersion: seen.get(first) });
      expect(single.status).toBe(status);
      expect(res.body.data.totals).toEqual({ total: 2, done: 0, conflict: 0, refused: 2 });
      expect(res.body.data.results[0]).toEqual({ documentId: first, outcome: 'refused', status, message: single.body.error.message });
      expect(res.body.data.results[0].message).toMatch(VIETNAMESE);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses more than 100 items, duplicates, an unknown action or a malformed id with a 400 in Vietnamese, and does nothing', async () => {
    const seen = await versionsInQueue(desk.head, 'awaiting_approval', forwarded);
    const real = refs(forwarded, seen);
    const filler = (count: number) => Array.from({ length: count }, (_, i) => ({ documentId: `khongco${i}`, version: 1 }));
    const before = await snapshot();
    const cases: Array<[string, unknown, RegExp]> = [
      ['101 items', { action: 'approve', items: [...real, ...filler(98)] }, /tối đa 100 tin bài \(bạn đã chọn 101\)/],
      ['1,000 items', { action: 'approve', items: [...real, ...filler(997)] }, /tối đa 100 tin bài/],
      ['a duplicate', { action: 'approve', items: [...real, real[0]] }, new RegExp(`được chọn nhiều lần: ${real[0].documentId}`)],
      ['an unknown action', { action: 'return', items: real }, /^action phải là một trong: forward \(Chuyển Trưởng phòng duyệt\), approve \(Duyệt\), publish \(Đăng tải\)/],
      ['unpublish', { action: 'unpublish', items: real }, /^action phải là một trong/],
      ['no action', { items: real }, /^Thiếu action/],
      ['a malformed id', { action: 'approve', items: [...real, { documentId: '../admin', version: 1 }] }, /không phải mã tin bài hợp lệ/],
      ['an id as a number', { action: 'approve', items: [...real, { documentId: 12345, version: 1 }] }, /documentId phải là chuỗi/],
      ['a version of 0', { action: 'approve', items: [{ ...real[0], version: 0 }] }, /version phải là số nguyên ≥ 1/],
      ['a version as a word', { action: 'approve', items: [{ ...real[0], version: 'mới' }] }, /version phải là số nguyên ≥ 1/],
      ['no version', { action: 'approve', items: [{ documentId: real[0].documentId }] }, /Thiếu version/],
      ['no items', { action: 'approve', items: [] }, /Hãy chọn ít nhất một tin bài/],
      ['items missing', { action: 'approve' }, /Hãy chọn ít nhất một tin bài/],
      ['items not a list', { action: 'approve', items: real[0] }, /items phải là danh sách/],
      ['an item that is a list', { action: 'approve', items: [[real[0].documentId, 1]] }, /Mỗi mục của items phải có dạng/],
      ['an unknown field', { action: 'approve', items: real, comment: 'x' }, /Trường không được hỗ trợ: comment/],
      ['an unknown field of an item', { action: 'approve', items: [{ ...real[0], state: 'approved' }] }, /Trường không được hỗ trợ: state/],
    ];
    for (const [what, body, message] of cases) {
      const res = await bulk(desk.head, body);
      expect({ what, status: res.status }).toEqual({ what, status: 400 });
      expect({ what, message: res.body.error.message }).toEqual({ what, message: expect.stringMatching(message) });
      expect(res.body.error.message).toMatch(VIETNAMESE);
    }
    expect(await snapshot()).toEqual(before);
    // Exactly 100 is allowed: the three real items are done, the others are not found.
    const hundred = await bulk(desk.head, { action: 'approve', items: [...real, ...filler(97)] });
    expect(hundred.status).toBe(200);
    expect(hundred.body.data.totals).toEqual({ total: 100, done: 3, conflict: 0, refused: 97 });
  }, 300_000);

  it('lets the publisher publish 3 items at once, and the public API serves them', async () => {
    const seen = await versionsInQueue(desk.publisher, 'approved', forwarded);
    const res = await bulk(desk.publisher, { action: 'publish', items: refs(forwarded, seen) });
    expect(res.status).toBe(200);
    expect(res.body.data.totals).toEqual({ total: 3, done: 3, conflict: 0, refused: 0 });
    for (const result of res.body.data.results as BulkItemResult[]) {
      expect(result).toMatchObject({ outcome: 'done', state: 'published', version: seen.get(result.documentId)! + 1 });
      const history = await historyOf(result.documentId);
      expect(history.map((row) => row.action)).toEqual(['submit', 'forward', 'approve', 'publish']);
      expect(history[3]).toMatchObject({ actorId: ids.publisher, role: 'publisher' });
      const { slug, title } = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: result.documentId, publishedAt: { $notNull: true } }, select: ['slug', 'title'] });
      const online = await request(app.server).get(`/api/articles/by-slug/${slug}`);
      expect(online.status).toBe(200);
      expect(online.body.data.title).toBe(title);
    }
    const listed = (await request(app.server).get('/api/articles?pageSize=100')).body.data.map((item: { documentId: string }) => item.documentId);
    expect(forwarded.filter((id) => listed.includes(id))).toEqual(forwarded);
    // Published again in bulk: each is now a refusal at its new version (the step is no longer open), nothing changes.
    const again = await bulk(desk.publisher, { action: 'publish', items: res.body.data.results.map((r: { documentId: string; version: number }) => ({ documentId: r.documentId, version: r.version })) });
    expect(again.body.data.totals).toEqual({ total: 3, done: 0, conflict: 0, refused: 3 });
  }, 300_000);
});
