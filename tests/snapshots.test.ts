import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient, superAdminToken } from './harness/admin-client';
import { CM, contentManager, createDraft } from './harness/http';
import { act, type Desk, newsroomDesk, newsroomUser, workflowApi } from './harness/workflow';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { hashOfContent } from '../src/plugins/editorial-workflow/server/src/services/item-content';
import type { SnapshotDiff, SnapshotEntry } from '../src/plugins/editorial-workflow/shared/contracts/snapshots';
import { ARTICLE, ITEM_SNAPSHOT, ITEM_STATE, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const NOT_FOUND_ITEM = 'Không tìm thấy tin bài, hoặc tin bài không thuộc phạm vi của bạn.';
const NOT_FOUND_SNAPSHOT = 'Không tìm thấy phiên bản này của tin bài.';

/**
 * Snapshots (phiên bản lưu trữ), over HTTP with real logins: every transition keeps the content it
 * acted on with its hash, who and when; a publication's snapshot says who approved it and when it
 * was online, its end read off the chain (an unpublish, a new publication); the diff of a known
 * edit names the field and the word; the archive is append-only; it is read in the item's scope
 * only; bad input is a 4xx in Vietnamese, changing nothing.
 */
describe('snapshots of an item and the changes between them', () => {
  let app: TestApp;
  let desk: Desk;
  let authorB: string;
  let root: string;
  /** An item of XA-A taken through two publications and an unpublish by the tests below, in order. */
  let item: string;
  /** Another item of XA-A, submitted: its snapshots are never another item's. */
  let other: string;
  /** A draft never submitted: no snapshot yet, as an item from before snapshots. */
  let unsent: string;

  const api = (token: string) => adminClient(app.server, token);
  const chainOf = async (token: string, documentId: string): Promise<SnapshotEntry[]> => {
    const res = await api(token).get(`/editorial-workflow/items/${documentId}/snapshots`);
    expect(res.status).toBe(200);
    return res.body.data;
  };
  const diffOf = async (token: string, documentId: string, from: number | string, to: number | string): Promise<SnapshotDiff> => {
    const res = await api(token).get(`/editorial-workflow/items/${documentId}/snapshots/diff`).query({ from, to });
    expect({ status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({ status: 200, body: 'ok' });
    return res.body.data;
  };
  const edit = async (token: string, documentId: string, data: Record<string, unknown>) => {
    const res = await contentManager(app, token).update(ARTICLE, documentId, data);
    expect({ status: res.status, error: res.body.error?.message }).toEqual({ status: 200, error: undefined });
  };
  const snapshotCount = () => app.strapi.db.query(ITEM_SNAPSHOT).count({});

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    for (const code of ['XA-A', 'XA-B']) {
      await app.strapi.documents(UNIT).create({ data: { code, name: `Phòng VH-XH xã ${code.slice(3)}`, kind: 'commune-culture', active: true } });
    }
    const units = await unitIdsByCode(app.strapi, ['XA-A', 'XA-B']);
    const topic = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' } })).documentId;
    desk = await newsroomDesk(app);
    authorB = (await newsroomUser(app, 'author-b@test.local', 'author', ['XA-B'])).token;
    root = await superAdminToken(app.strapi, app.server, { email: 'root@test.local', password: 'Root@12345' });
    item = (
      await createDraft(app, desk.author, {
        title: 'Lễ khai giảng năm học mới ở xã A',
        summary: 'Hơn 2.000 học sinh dự lễ khai giảng.',
        body: [paragraph('Sáng 5/9, các trường trên địa bàn xã tổ chức lễ khai giảng.'), paragraph('Chủ tịch xã đánh trống khai trường.')],
        unit: units.get('XA-A')!,
        topic,
      })
    ).documentId;
    other = (await createDraft(app, desk.author, { title: 'Hội thi giáo viên dạy giỏi cấp xã', body: [paragraph('Tin khác.')], unit: units.get('XA-A')!, topic })).documentId;
    await act(app, desk.author, other, 'submit');
    unsent = (await createDraft(app, desk.author, { title: 'Bản nháp chưa gửi', unit: units.get('XA-A')!, topic })).documentId;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('keeps one snapshot per transition, with state, hash, actor and time; the publication with its approver and time online', async () => {
    const started = Date.now();
    await act(app, desk.author, item, 'submit');
    // The editor corrects a word while reviewing: no transition, no snapshot; the forward keeps the corrected text.
    await edit(desk.editor, item, {
      title: 'Lễ khai giảng năm học 2026-2027 ở xã A',
      body: [paragraph('Sáng 5/9, các trường trên địa bàn xã tổ chức lễ khai giảng.'), paragraph('Chủ tịch UBND xã đánh trống khai trường.')],
    });
    await act(app, desk.editor, item, 'forward');
    await act(app, desk.head, item, 'approve');
    await act(app, desk.publisher, item, 'publish');

    const chain = await chainOf(desk.editor, item);
    expect(chain.map(({ action, fromState, toState, actorName, role, version }) => ({ action, fromState, toState, actorName, role, version }))).toEqual([
      { action: 'submit', fromState: 'draft', toState: 'in_review', actorName: 'author Test', role: 'author', version: 2 },
      { action: 'forward', fromState: 'in_review', toState: 'awaiting_approval', actorName: 'editor Test', role: 'editor', version: 3 },
      { action: 'approve', fromState: 'awaiting_approval', toState: 'approved', actorName: 'head Test', role: 'head', version: 4 },
      { action: 'publish', fromState: 'approved', toState: 'published', actorName: 'publisher Test', role: 'publisher', version: 5 },
    ]);
    const times = chain.map((entry) => new Date(entry.actedAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeGreaterThanOrEqual(started - 1000);
    expect(times[3]).toBeLessThanOrEqual(Date.now() + 1000);

    // The hash is the one the approval recorded, and each stored content is the very text it was taken of.
    const record = await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: item } });
    expect(chain[2].hash).toBe(record.approvedHash);
    expect(chain[3].hash).toBe(record.approvedHash);
    expect(chain[0].hash).not.toBe(chain[1].hash);
    const rows: Array<{ hash: string; content: string }> = await app.strapi.db.query(ITEM_SNAPSHOT).findMany({ where: { itemDocumentId: item }, orderBy: [{ id: 'asc' }] });
    for (const row of rows) expect(hashOfContent(row.content)).toBe(row.hash);
    expect(JSON.parse(rows[0].content).body[1].children[0].text).toBe('Chủ tịch xã đánh trống khai trường.');
    expect(JSON.parse(rows[1].content).body[1].children[0].text).toBe('Chủ tịch UBND xã đánh trống khai trường.');

    expect(chain.slice(0, 3).map((entry) => entry.publication)).toEqual([null, null, null]);
    expect(chain[3].publication).toEqual({ onlineFrom: chain[3].actedAt, onlineUntil: null, approvedByName: 'head Test', approvedAt: chain[2].actedAt });
    // The author of the item reads the same chain.
    expect(await chainOf(desk.author, item)).toEqual(chain);
  });

  it('shows the diff of a known edit: the field that changed, the word that changed in the body', async () => {
    const [submitted, forwarded] = await chainOf(desk.head, item);
    const diff = await diffOf(desk.head, item, submitted.id, forwarded.id);
    expect(diff.same).toBe(false);
    expect(diff.from).toEqual({ snapshotId: submitted.id, hash: submitted.hash, action: 'submit', actedAt: submitted.actedAt });
    expect(diff.to).toEqual({ snapshotId: forwarded.id, hash: forwarded.hash, action: 'forward', actedAt: forwarded.actedAt });
    expect(diff.changes.map((change) => [change.field, change.label])).toEqual([
      ['title', 'Tiêu đề'],
      ['body', 'Nội dung'],
    ]);
    const [title, body] = diff.changes;
    expect(title).toEqual(
      expect.objectContaining({ before: 'Lễ khai giảng năm học mới ở xã A', after: 'Lễ khai giảng năm học 2026-2027 ở xã A' })
    );
    expect(title.parts!.filter((part) => part.kind !== 'same').map((part) => [part.kind, part.text])).toEqual([
      ['removed', 'mới'],
      ['added', '2026-2027'],
    ]);
    expect(body.before).toBe('Sáng 5/9, các trường trên địa bàn xã tổ chức lễ khai giảng.\n\nChủ tịch xã đánh trống khai trường.');
    expect(body.after).toBe('Sáng 5/9, các trường trên địa bàn xã tổ chức lễ khai giảng.\n\nChủ tịch UBND xã đánh trống khai trường.');
    expect(body.parts!.filter((part) => part.kind !== 'same').map((part) => [part.kind, part.text.trim()])).toEqual([['added', 'UBND']]);
    expect(body.parts!.map((part) => part.text).join('')).toBe(body.after);

    // The same content on both sides: nothing changed.
    const [, , approved, published] = await chainOf(desk.head, item);
    expect(await diffOf(desk.head, item, approved.id, published.id)).toEqual(expect.objectContaining({ same: true, changes: [] }));
    // And against the draft, which is what was approved and published.
    const againstDraft = await diffOf(desk.author, item, published.id, 'draft');
    expect(againstDraft).toEqual(expect.objectContaining({ same: true, changes: [], to: { snapshotId: null, hash: published.hash, action: null, actedAt: null } }));
  });

  it('dates the end of a publication by the next one, and by the unpublish; a refused transition leaves no snapshot', async () => {
    // The author edits the published item: a new round starts (an `edit` snapshot of the new draft), the published version stays online.
    await edit(desk.author, item, { summary: 'Hơn 2.500 học sinh dự lễ khai giảng.' });
    let chain = await chainOf(desk.author, item);
    expect(chain.map((entry) => [entry.action, entry.toState])).toEqual([
      ['submit', 'in_review'],
      ['forward', 'awaiting_approval'],
      ['approve', 'approved'],
      ['publish', 'published'],
      ['edit', 'draft'],
    ]);
    expect(chain[3].publication?.onlineUntil).toBeNull();
    const sinceOnline = await diffOf(desk.author, item, chain[3].id, 'draft');
    expect(sinceOnline.changes).toEqual([
      expect.objectContaining({ field: 'summary', label: 'Sapo (tóm tắt)', before: 'Hơn 2.000 học sinh dự lễ khai giảng.', after: 'Hơn 2.500 học sinh dự lễ khai giảng.' }),
    ]);
    expect(sinceOnline.changes[0].parts!.filter((part) => part.kind !== 'same').map((part) => [part.kind, part.text])).toEqual([
      // The library's words stop at punctuation: "2.000" is "2", "." and "000".
      ['removed', '000'],
      ['added', '500'],
    ]);

    // A stale version is refused (409) and writes nothing, the snapshot included: one transaction.
    const before = await snapshotCount();
    const stale = await workflowApi(app, desk.author).transition(item, { action: 'submit', expectedVersion: 1 });
    expect(stale.status).toBe(409);
    expect(await snapshotCount()).toBe(before);

    await act(app, desk.author, item, 'submit');
    await act(app, desk.editor, item, 'forward');
    await act(app, desk.head, item, 'approve');
    await act(app, desk.publisher, item, 'publish');
    chain = await chainOf(desk.editor, item);
    const [first, second] = chain.filter((entry) => entry.publication);
    expect(first.publication?.onlineUntil).toBe(second.actedAt);
    expect(second.publication).toEqual(expect.objectContaining({ onlineFrom: second.actedAt, onlineUntil: null, approvedByName: 'head Test' }));

    await act(app, desk.publisher, item, 'unpublish', { comment: 'Gỡ để cập nhật số liệu.' });
    chain = await chainOf(desk.editor, item);
    const unpublished = chain[chain.length - 1];
    expect([unpublished.action, unpublished.fromState, unpublished.toState, unpublished.publication]).toEqual(['unpublish', 'published', 'unpublished', null]);
    const publications = chain.filter((entry) => entry.publication).map((entry) => entry.publication);
    expect(publications.map((publication) => publication?.onlineUntil)).toEqual([second.actedAt, unpublished.actedAt]);
  });

  it('is append-only: no route writes a snapshot, and the query engine refuses an update or a delete', async () => {
    const [first] = await chainOf(desk.editor, item);
    const base = `/editorial-workflow/items/${item}/snapshots`;
    for (const [method, path] of [
      ['post', base],
      ['put', `${base}/${first.id}`],
      ['patch', `${base}/${first.id}`],
      ['delete', `${base}/${first.id}`],
      ['delete', base],
    ] as const) {
      const res = await request(app.server)[method](path).set('Authorization', `Bearer ${root}`).send({ hash: 'v2:forged' });
      expect({ method, path, status: res.status }).toEqual({ method, path, status: expect.any(Number) });
      expect([404, 405]).toContain(res.status);
    }
    // The super admin reaches the hidden type in the content-manager: they may neither forge a version nor change or delete one.
    const before = await snapshotCount();
    const forged = await api(root).post(`${CM}/${ITEM_SNAPSHOT}`, { ...first, id: undefined, hash: 'v2:forged', content: '{}', itemDocumentId: item });
    expect(forged.status).toBe(403);
    const [stored] = await app.strapi.db.query(ITEM_SNAPSHOT).findMany({ where: { id: first.id }, select: ['documentId'] });
    const changed = await api(root).put(`${CM}/${ITEM_SNAPSHOT}/${stored.documentId}`, { hash: 'v2:forged' });
    expect(changed.status).toBe(403);
    const deleted = await api(root).delete(`${CM}/${ITEM_SNAPSHOT}/${stored.documentId}`);
    expect(deleted.status).toBe(403);
    expect(await snapshotCount()).toBe(before);

    const query = app.strapi.db.query(ITEM_SNAPSHOT);
    await expect(query.update({ where: { id: first.id }, data: { hash: 'v2:forged' } })).rejects.toThrow('Phiên bản lưu trữ chỉ được ghi thêm');
    await expect(query.updateMany({ where: { itemDocumentId: item }, data: { actorName: 'Người khác' } })).rejects.toThrow('Phiên bản lưu trữ chỉ được ghi thêm');
    await expect(query.delete({ where: { id: first.id } })).rejects.toThrow('Phiên bản lưu trữ chỉ được ghi thêm');
    await expect(query.deleteMany({ where: { itemDocumentId: item } })).rejects.toThrow('Phiên bản lưu trữ chỉ được ghi thêm');
    await expect(query.create({ data: { ...first, id: undefined, publication: undefined, itemDocumentId: item, content: '{}', hash: 'v2:forged' } })).rejects.toThrow('Phiên bản lưu trữ chỉ do quy trình biên tập ghi');
    expect(await chainOf(desk.editor, item)).toEqual(await chainOf(desk.editor, item));
    const row = await query.findOne({ where: { id: first.id } });
    expect([row.hash, row.actorName]).toEqual([first.hash, first.actorName]);
  });

  it('is read in the item’s scope only: someone who cannot see the item gets the 404 of an item that does not exist', async () => {
    const [first] = await chainOf(desk.editor, item);
    for (const path of [`/editorial-workflow/items/${item}/snapshots`, `/editorial-workflow/items/${item}/snapshots/diff?from=${first.id}&to=draft`]) {
      const res = await api(authorB).get(path);
      expect({ path, status: res.status, message: res.body.error?.message }).toEqual({ path, status: 404, message: NOT_FOUND_ITEM });
      // Without an admin session: 401.
      expect((await request(app.server).get(path)).status).toBe(401);
    }
    // The department does not see an unsent draft; its author does, with no snapshot yet (as an item from before snapshots).
    expect((await api(desk.editor).get(`/editorial-workflow/items/${unsent}/snapshots`)).status).toBe(404);
    expect(await chainOf(desk.author, unsent)).toEqual([]);
  });

  it('answers bad input with a 4xx in Vietnamese, and never shows another item’s snapshot', async () => {
    const [mine] = await chainOf(desk.editor, item);
    const [theirs] = await chainOf(desk.editor, other);
    const diffPath = `/editorial-workflow/items/${item}/snapshots/diff`;
    const cases: Array<[query: Record<string, unknown> | string, status: number, message: string | RegExp]> = [
      [{ from: theirs.id, to: 'draft' }, 404, NOT_FOUND_SNAPSHOT],
      [{ from: mine.id, to: theirs.id }, 404, NOT_FOUND_SNAPSHOT],
      [{ from: 2_000_000_000, to: 'draft' }, 404, NOT_FOUND_SNAPSHOT],
      [{ from: mine.id, to: 2_000_000_000 }, 404, NOT_FOUND_SNAPSHOT],
      [{ from: 'abc', to: 'draft' }, 400, /^from phải là mã số/],
      [{ from: 0, to: 'draft' }, 400, /^from phải là mã số/],
      [{ from: -3, to: 'draft' }, 400, /^from phải là mã số/],
      [{ from: 1.5, to: 'draft' }, 400, /^from phải là mã số/],
      [{ from: 99_999_999_999, to: 'draft' }, 400, /^from phải là mã số/],
      [{ from: mine.id, to: 'nhap' }, 400, /^to phải là mã số/],
      [{ from: mine.id, to: '12abc' }, 400, /^to phải là mã số/],
      [{ from: mine.id, to: '99999999999' }, 400, /^to phải là mã số/],
      [{ to: 'draft' }, 400, /^Thiếu from/],
      [{ from: mine.id }, 400, /^Thiếu to/],
      [{ from: mine.id, to: 'draft', extra: 1 }, 400, /^Tham số không được hỗ trợ: extra/],
      [`from[$gt]=0&to=draft`, 400, /phải là một giá trị đơn/],
      [`from=${mine.id}&from=${mine.id}&to=draft`, 400, /phải là một giá trị đơn/],
    ];
    const before = await snapshotCount();
    for (const [query, status, message] of cases) {
      const res = await api(desk.editor).get(typeof query === 'string' ? `${diffPath}?${query}` : diffPath).query(typeof query === 'string' ? {} : query);
      expect({ query, status: res.status }).toEqual({ query, status });
      expect({ query, message: res.body.error?.message }).toEqual({ query, message: expect.stringMatching(message) });
    }
    const listed = await api(desk.editor).get(`/editorial-workflow/items/${item}/snapshots?from=1`);
    expect([listed.status, listed.body.error?.message]).toEqual([400, 'Tham số không được hỗ trợ: from.']);
    // A malformed or unknown item is the item's 404.
    for (const documentId of ['khong-co', 'x'.repeat(65), 'abcdefghijklmnopqrstuvwx']) {
      const res = await api(desk.editor).get(`/editorial-workflow/items/${documentId}/snapshots`);
      expect({ documentId, status: res.status, message: res.body.error?.message }).toEqual({ documentId, status: 404, message: NOT_FOUND_ITEM });
    }
    expect(await snapshotCount()).toBe(before);
  });
});
