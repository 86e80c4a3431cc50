import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient, superAdminToken } from './harness/admin-client';
import { contentManager, createDraft } from './harness/http';
import { keysIn } from './harness/json';
import { act, newsroomDesk, newsroomUser, workflowApi, type Desk } from './harness/workflow';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { vnDateOf } from '../src/plugins/editorial-workflow/shared/periods';
import type { ItemChannelLine, ChannelCount } from '../src/plugins/editorial-workflow/shared/contracts/item-channels';
import { ARTICLE, ITEM_CHANNEL, ITEM_STATE, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';

const CHANGED_SINCE_APPROVAL = 'Nội dung đã thay đổi sau khi được duyệt; tin bài phải được duyệt lại.';
/** What the public must never read of where an item went. */
const PRIVATE_KEYS = ['actorId', 'by', 'remoteId', 'lastError', 'attempts', 'itemChannelKey', 'itemDocumentId', 'lastAction', 'deliveredAt', 'status', 'nextAttemptAt', 'marked'];

/**
 * The channels of an item (issue 18, items 1 and 6), over HTTP with real logins: the website always
 * on, the associations' works marked for the press, the channels chosen by the author and changed by
 * the editor and the head until approval (a change after it voids the approval), the publisher's
 * queue by channel, where every item went in the side panel and in the public by-slug (public fields
 * only, published items only), and the statistics by channel against a recount.
 */
describe('the channels of an item', () => {
  let app: TestApp;
  let desk: Desk;
  let associationAuthor: string;
  let root: string;
  let publisherId: number;
  let units: Map<string, string>;
  let topic: string;

  const cm = (token: string) => contentManager(app, token);
  const draftRow = (documentId: string) => app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: null } });
  const stateOf = async (documentId: string) => (await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } })).state;
  const edit = async (token: string, documentId: string, data: Record<string, unknown>) => {
    const res = await cm(token).update(ARTICLE, documentId, data);
    expect({ status: res.status, error: res.body.error?.message }).toEqual({ status: 200, error: undefined });
    return res.body.data;
  };
  const draft = (title: string, fields: Record<string, unknown> = {}, token = desk.author, unit = 'XA-A') =>
    createDraft(app, token, { title, unit: units.get(unit)!, topic, ...fields });
  /** A published item of XA-A marked for `channels`. */
  const published = async (title: string, channels: Record<string, boolean>) => {
    const { documentId } = await draft(title, channels);
    await act(app, desk.author, documentId, 'submit');
    await act(app, desk.editor, documentId, 'forward');
    await act(app, desk.head, documentId, 'approve');
    await act(app, desk.publisher, documentId, 'publish');
    return documentId;
  };
  /** The record the relay leaves when a channel confirms (channels/relay, another part of issue 18). */
  const delivered = (itemDocumentId: string, channel: string, extra: Record<string, unknown> = {}) =>
    app.strapi.db.query(ITEM_CHANNEL).create({
      data: { itemDocumentId, channel, itemChannelKey: `${itemDocumentId}:${channel}`, lastAction: 'publish', deliveredAt: new Date(), ...extra },
    });
  const publicGet = (path: string) => request(app.server).get(path);

  beforeAll(async () => {
    app = await startStrapi();
    // The parts under test here are driven by hand (the adapters, the records of where items went):
    // the app's own relay, kicked by every publish, would deliver the same rows meanwhile
    // (tests/channels-outbox.test.ts tests the relay).
    await getService(app.strapi, 'channel-relay').drain();
    await seedReference(app.strapi);
    await app.strapi.documents(UNIT).create({ data: { code: 'XA-A', name: 'Phòng VH-XH xã A', kind: 'commune-culture', active: true } });
    await app.strapi.documents(UNIT).create({ data: { code: 'CH-MT', name: 'Chi hội Mỹ thuật', kind: 'association', active: true } });
    units = await unitIdsByCode(app.strapi, ['XA-A', 'CH-MT']);
    topic = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' } })).documentId;
    desk = await newsroomDesk(app);
    associationAuthor = (await newsroomUser(app, 'author-ch@test.local', 'author', ['CH-MT'])).token;
    publisherId = (await app.strapi.db.query('admin::user').findOne({ where: { email: 'publisher@test.local' } })).id;
    root = await superAdminToken(app.strapi, app.server, { email: 'root@test.local', password: 'Root@12345' });
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe('the website, always on', () => {
    it('keeps channelWebsite true whatever the form or the API sends, at creation and at every edit', async () => {
      const created = await draft('Tin chỉ muốn lên fanpage', { channelWebsite: false, channelFanpage: true });
      expect(created.channelWebsite).toBe(true);
      expect((await draftRow(created.documentId)).channelWebsite).toBe(true);
      const edited = await edit(desk.author, created.documentId, { channelWebsite: false });
      expect(edited.channelWebsite).toBe(true);
      expect((await draftRow(created.documentId)).channelWebsite).toBe(true);
      // Code goes through the same rule.
      const byCode = await app.strapi.documents(ARTICLE).create({ data: { title: 'Tin từ mã', kind: 'news', unit: units.get('XA-A'), channelWebsite: false } as never });
      expect((await draftRow(byCode.documentId)).channelWebsite).toBe(true);
    });
  });

  describe('the associations’ monthly works go to the press by default', () => {
    it('marks a new work of an association for the press; the author unticks it after', async () => {
      const work = await draft('Tác phẩm tháng 10 của Chi hội', {}, associationAuthor, 'CH-MT');
      expect(work.channelPress).toBe(true);
      // The form sends the box unticked with a new item: the first save still marks it.
      const formSave = await draft('Tác phẩm tháng 11 của Chi hội', { channelPress: false }, associationAuthor, 'CH-MT');
      expect(formSave.channelPress).toBe(true);
      expect((await edit(associationAuthor, work.documentId, { channelPress: false })).channelPress).toBe(false);
      expect((await draftRow(work.documentId)).channelPress).toBe(false);
      // Another unit's item is not marked.
      expect((await draft('Tin của xã A')).channelPress).toBe(false);
    });
  });

  describe('choosing the channels until approval', () => {
    it('lets the author choose at draft, the editor and the head change them in their steps, and voids an approval a change follows', async () => {
      const { documentId } = await draft('Hội thi giáo viên dạy giỏi', { channelPortal: true });
      expect((await draftRow(documentId)).channelPortal).toBe(true);
      await act(app, desk.author, documentId, 'submit');
      // Once submitted, the author no longer edits it (the editor does).
      const byAuthor = await cm(desk.author).update(ARTICLE, documentId, { channelPress: true });
      expect(byAuthor.status).toBe(403);
      await edit(desk.editor, documentId, { channelFanpage: true });
      await act(app, desk.editor, documentId, 'forward');
      await edit(desk.head, documentId, { channelPress: true });
      await act(app, desk.head, documentId, 'approve');
      const approved = await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } });
      expect(approved.state).toBe('approved');
      expect(approved.approvedHash).toMatch(/^v3:/);

      // A change of channel after approval is a change of what was approved: back to review.
      await edit(desk.editor, documentId, { channelPress: false });
      const voided = await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } });
      expect({ state: voided.state, approvedHash: voided.approvedHash }).toEqual({ state: 'in_review', approvedHash: null });
      const refused = await workflowApi(app, desk.publisher).transition(documentId, { action: 'publish', expectedVersion: voided.version });
      expect(refused.status).toBe(409);

      await act(app, desk.editor, documentId, 'forward');
      await act(app, desk.head, documentId, 'approve');
      // Written past the Document Service (an import, a script): the hash still tells, and publish refuses.
      await app.strapi.db.query(ARTICLE).update({ where: { id: (await draftRow(documentId)).id }, data: { channelPress: true } });
      const record = await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } });
      const conflict = await workflowApi(app, desk.publisher).transition(documentId, { action: 'publish', expectedVersion: record.version });
      expect({ status: conflict.status, message: conflict.body.error?.message }).toEqual({ status: 409, message: expect.stringContaining(CHANGED_SINCE_APPROVAL) });
      // Back to what the head approved: it publishes.
      await app.strapi.db.query(ARTICLE).update({ where: { id: (await draftRow(documentId)).id }, data: { channelPress: false } });
      await act(app, desk.publisher, documentId, 'publish');
      expect(await stateOf(documentId)).toBe('published');
    });

    it('keeps the approval of an item marked for neither the portal nor the press: the hash is as before the new channels', async () => {
      const { documentId } = await draft('Tin chỉ đăng trang và fanpage', { channelFanpage: true });
      await act(app, desk.author, documentId, 'submit');
      await act(app, desk.editor, documentId, 'forward');
      await act(app, desk.head, documentId, 'approve');
      const row = await draftRow(documentId);
      expect([row.channelPortal, row.channelPress]).toEqual([false, false]);
      const { approvedHash } = await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } });
      const { content } = (await app.strapi.plugin('editorial-workflow').service('item-content').loadDraft(documentId)) as { content: string };
      expect(Object.keys(JSON.parse(content))).not.toEqual(expect.arrayContaining(['channelPortal']));
      expect(Object.keys(JSON.parse(content))).not.toEqual(expect.arrayContaining(['channelPress']));
      expect(approvedHash).toMatch(/^v3:[0-9a-f]{64}$/);
      await act(app, desk.publisher, documentId, 'publish');
      expect(await stateOf(documentId)).toBe('published');
    });
  });

  describe('the publisher’s queue by channel', () => {
    let marked: Record<string, string>;
    beforeAll(async () => {
      marked = {};
      for (const [key, channels] of Object.entries({
        fanpage: { channelFanpage: true },
        portalPress: { channelPortal: true, channelPress: true },
        websiteOnly: {},
      })) {
        const { documentId } = await draft(`Chờ đăng ${key}`, channels);
        await act(app, desk.author, documentId, 'submit');
        await act(app, desk.editor, documentId, 'forward');
        await act(app, desk.head, documentId, 'approve');
        marked[key] = documentId;
      }
    });

    it('shows each item’s channels and filters by one', async () => {
      const queue = workflowApi(app, desk.publisher).queue;
      const all = await queue('?state=approved&pageSize=100');
      expect(all.status).toBe(200);
      const channelsOf = new Map(all.body.data.map((row: { documentId: string; channels: string[] }) => [row.documentId, row.channels]));
      expect([marked.fanpage, marked.portalPress, marked.websiteOnly].map((id) => channelsOf.get(id))).toEqual([['fanpage'], ['portal', 'press'], []]);
      const ids = async (query: string) => {
        const res = await queue(query);
        expect(res.status).toBe(200);
        return res.body.data.map((row: { documentId: string }) => row.documentId).sort();
      };
      const own = (list: string[]) => list.filter((id) => Object.values(marked).includes(id));
      expect(own(await ids('?state=approved&channel=fanpage'))).toEqual([marked.fanpage]);
      expect(own(await ids('?state=approved&channel=press'))).toEqual([marked.portalPress]);
      expect(own(await ids('?state=approved&channel=portal'))).toEqual([marked.portalPress]);
      // Every row of a filtered page is marked for the channel (the total too).
      const press = await queue('?channel=press&pageSize=100');
      expect(press.body.data.every((row: { channels: string[] }) => row.channels.includes('press'))).toBe(true);
      expect(press.body.meta.pagination.total).toBe(press.body.data.length);
    });

    it('refuses an unknown channel with a 400 in Vietnamese', async () => {
      for (const value of ['zalo', 'website', '', 'FANPAGE']) {
        const res = await workflowApi(app, desk.publisher).queue(`?channel=${value}`);
        expect({ value, status: res.status, message: res.body.error?.message }).toEqual({ value, status: 400, message: expect.stringMatching(/Kênh \(channel\) phải là một trong: fanpage, portal, press/) });
      }
      const twice = await workflowApi(app, desk.publisher).queue('?channel=press&channel=portal');
      expect(twice.status).toBe(400);
    });
  });

  describe('where every item went', () => {
    let item: string;
    let draftOnly: string;
    let slug: string;
    beforeAll(async () => {
      item = await published('Ngày hội đọc sách ở xã A', { channelFanpage: true, channelPortal: true, channelPress: true });
      slug = (await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: item, publishedAt: { $notNull: true } } })).slug;
      draftOnly = (await draft('Bản nháp có bản ghi kênh', { channelFanpage: true })).documentId;
    });

    it('lists each marked channel as not sent until a channel confirms', async () => {
      const res = await workflowApi(app, desk.editor).item(item);
      expect(res.status).toBe(200);
      expect(res.body.data.channels.map((line: ItemChannelLine) => [line.channel, line.status, line.statusLabel, line.marked])).toEqual([
        ['fanpage', 'not_sent', 'Chưa gửi', true],
        ['portal', 'not_sent', 'Chưa gửi', true],
        ['press', 'not_sent', 'Chưa gửi', true],
      ]);
      const publicBefore = await publicGet(`/api/articles/by-slug/${slug}`);
      expect(publicBefore.status).toBe(200);
      expect(publicBefore.body.data.channels).toEqual([]);
    });

    it('shows the fanpage post, when and by whom; the portal and the press, when; a retracted one says so', async () => {
      const at = new Date('2026-11-02T03:04:00.000Z');
      await delivered(item, 'fanpage', { remoteId: '123_456', remoteUrl: 'https://www.facebook.com/123/posts/456', actorId: publisherId, deliveredAt: at });
      await delivered(item, 'portal', { deliveredAt: at, actorId: publisherId });
      await delivered(item, 'press', { deliveredAt: at, lastAction: 'retract', actorId: publisherId });
      await delivered(draftOnly, 'fanpage', { remoteUrl: 'https://www.facebook.com/123/posts/789', actorId: publisherId });

      const res = await workflowApi(app, desk.author).item(item);
      expect(res.status).toBe(200);
      const lines: ItemChannelLine[] = res.body.data.channels;
      expect(lines).toEqual([
        { channel: 'fanpage', label: 'Fanpage Facebook ngành GDĐT', marked: true, status: 'delivered', statusLabel: 'Đã đăng', url: 'https://www.facebook.com/123/posts/456', at: at.toISOString(), by: expect.any(String) },
        { channel: 'portal', label: 'Cổng thông tin điện tử tỉnh', marked: true, status: 'delivered', statusLabel: 'Đã đăng', url: null, at: at.toISOString(), by: null },
        { channel: 'press', label: 'Báo chí', marked: true, status: 'retracted', statusLabel: 'Đã gỡ', url: null, at: at.toISOString(), by: null },
      ]);
      expect(lines[0].by).not.toMatch(/^#/);
    });

    it('gives the public by-slug the channels the published item is on: channel, the fanpage’s url, when; nothing else', async () => {
      // Fetched before the records were written: the response cache was dropped when they were.
      const res = await publicGet(`/api/articles/by-slug/${slug}`);
      expect(res.status).toBe(200);
      expect(res.body.data.channels).toEqual([
        { channel: 'fanpage', url: 'https://www.facebook.com/123/posts/456', at: '2026-11-02T03:04:00.000Z' },
        { channel: 'portal', url: null, at: '2026-11-02T03:04:00.000Z' },
      ]);
      const keys = keysIn(res.body.data.channels);
      expect([...keys].sort()).toEqual(['at', 'channel', 'url']);
      for (const key of PRIVATE_KEYS) expect({ key, leaked: keysIn(res.body).has(key) }).toEqual({ key, leaked: false });
      expect(res.text).not.toContain('123_456');
    });

    it('shows nothing of an item not published, and lists no channel in the public list of items', async () => {
      const draftSlug = (await draftRow(draftOnly)).slug;
      expect((await publicGet(`/api/articles/by-slug/${draftSlug}`)).status).toBe(404);
      const list = await publicGet('/api/articles?pageSize=100');
      expect(list.status).toBe(200);
      const keys = keysIn(list.body);
      for (const key of [...PRIVATE_KEYS, 'channels', 'remoteUrl', 'channelFanpage', 'channelPortal', 'channelPress', 'channelWebsite']) {
        expect({ key, leaked: keys.has(key) }).toEqual({ key, leaked: false });
      }
      expect(list.text).not.toContain('facebook.com');
    });

    it('drops an item’s channels from the public API once it is retracted there', async () => {
      await app.strapi.db.query(ITEM_CHANNEL).update({ where: { itemChannelKey: `${item}:fanpage` }, data: { lastAction: 'retract' } });
      const res = await publicGet(`/api/articles/by-slug/${slug}`);
      expect(res.body.data.channels.map((entry: { channel: string }) => entry.channel)).toEqual(['portal']);
      const panel = await workflowApi(app, desk.editor).item(item);
      const fanpage = panel.body.data.channels.find((line: ItemChannelLine) => line.channel === 'fanpage');
      // A post taken down leads nowhere: no address offered.
      expect({ status: fanpage.status, url: fanpage.url }).toEqual({ status: 'retracted', url: null });
    });
  });

  describe('the statistics by channel', () => {
    const today = vnDateOf(new Date());
    const from = `${today.slice(0, 8)}01` > today ? today : `${today.slice(0, 8)}01`;

    /** The same figures, counted one item at a time from the tables. */
    async function recount(unitIds?: number[]): Promise<Record<string, { marked: number; delivered: number }>> {
      const states: Array<{ itemDocumentId: string; firstPublishedAt: string; firstPublishedUnitId: number | null }> = await app.strapi.db.query(ITEM_STATE).findMany({
        where: { firstPublishedAt: { $notNull: true } },
      });
      const counted = states.filter((s) => s.firstPublishedUnitId !== null && vnDateOf(s.firstPublishedAt) >= from && vnDateOf(s.firstPublishedAt) <= today && (!unitIds || unitIds.includes(s.firstPublishedUnitId)));
      const result: Record<string, { marked: number; delivered: number }> = { website: { marked: counted.length, delivered: counted.length } };
      for (const [channel, field] of [['fanpage', 'channelFanpage'], ['portal', 'channelPortal'], ['press', 'channelPress']]) {
        let marked = 0;
        let sent = 0;
        for (const state of counted) {
          if ((await draftRow(state.itemDocumentId))?.[field] === true) marked += 1;
          if ((await app.strapi.db.query(ITEM_CHANNEL).count({ where: { itemDocumentId: state.itemDocumentId, channel } })) > 0) sent += 1;
        }
        result[channel] = { marked, delivered: sent };
      }
      return result;
    }
    const figures = (rows: ChannelCount[]) => Object.fromEntries(rows.map((row) => [row.channel, { marked: row.marked, delivered: row.delivered }]));

    beforeAll(async () => {
      // One more published item, delivered to the fanpage, of the association: two units in the counts.
      const { documentId } = await draft('Tranh về mái trường', { channelFanpage: true }, associationAuthor, 'CH-MT');
      await act(app, associationAuthor, documentId, 'submit');
      await act(app, desk.editor, documentId, 'forward');
      await act(app, desk.head, documentId, 'approve');
      await act(app, desk.publisher, documentId, 'publish');
      await delivered(documentId, 'fanpage', { remoteUrl: 'https://www.facebook.com/123/posts/999', actorId: publisherId });
    });

    it('counts the items published in the period by channel, marked and delivered, as a recount does', async () => {
      const res = await adminClient(app.server, desk.publisher).get(`/editorial-workflow/stats/channels?from=${from}&to=${today}`);
      expect(res.status).toBe(200);
      expect(res.body.data.rows.map((row: ChannelCount) => row.channel)).toEqual(['website', 'fanpage', 'portal', 'press']);
      expect(res.body.data.rows.map((row: ChannelCount) => row.label)).toEqual(['Trang thông tin điện tử của Sở', 'Fanpage Facebook ngành GDĐT', 'Cổng thông tin điện tử tỉnh', 'Báo chí']);
      const expected = await recount();
      expect(figures(res.body.data.rows)).toEqual(expected);
      // Something of each is counted: the figures are not zeros that any query would give.
      expect(expected.website.marked).toBeGreaterThanOrEqual(4);
      expect(expected.fanpage.delivered).toBe(2);
      expect(expected.portal.delivered).toBe(1);
      expect(expected.press.delivered).toBe(1);
    });

    it('keeps to the reader’s scope and the unit filters', async () => {
      const ids = await app.strapi.db.query(UNIT).findMany({ where: { code: { $in: ['XA-A', 'CH-MT'] } }, select: ['id', 'code'] });
      const idOf = (code: string) => ids.find((row: { code: string }) => row.code === code).id as number;
      const mine = await adminClient(app.server, associationAuthor).get(`/editorial-workflow/stats/channels?from=${from}&to=${today}`);
      expect(mine.status).toBe(200);
      expect(figures(mine.body.data.rows)).toEqual(await recount([idOf('CH-MT')]));
      expect(figures(mine.body.data.rows).website.marked).toBe(1);
      const outside = await adminClient(app.server, associationAuthor).get(`/editorial-workflow/stats/channels?from=${from}&to=${today}&unit=XA-A`);
      expect(outside.status).toBe(403);
      const byKind = await adminClient(app.server, desk.publisher).get(`/editorial-workflow/stats/channels?from=${from}&to=${today}&unitKind=commune-culture`);
      expect(figures(byKind.body.data.rows)).toEqual(await recount([idOf('XA-A')]));
    });

    it('refuses bad filters in Vietnamese and exports the table', async () => {
      const client = adminClient(app.server, desk.publisher);
      for (const query of ['', `from=${today}`, `from=${today}&to=2020-01-01`, `from=${from}&to=${today}&granularity=week`, `from=x&to=${today}`]) {
        const res = await client.get(`/editorial-workflow/stats/channels?${query}`);
        expect({ query, status: res.status, message: typeof res.body.error?.message }).toEqual({ query, status: 400, message: 'string' });
        expect(res.body.error.message).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵêệềếểễôộồốổỗơờớợởỡưừứựửữđ]/i);
      }
      const csv = await client.get(`/editorial-workflow/stats/export?table=channels&format=csv&from=${from}&to=${today}`).buffer(true);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      const text = csv.text ?? csv.body.toString('utf8');
      expect(text).toContain('Fanpage Facebook ngành GDĐT');
      expect(text.split('\r\n')[0]).toBe('\uFEFFKênh,Tin bài được chọn đăng,Tin bài đã đăng lên kênh');
      const root_ = await adminClient(app.server, root).get(`/editorial-workflow/stats/channels?from=${from}&to=${today}`);
      expect(root_.status).toBe(200);
    });
  });
});
