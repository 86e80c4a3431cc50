import request from 'supertest';
import { XMLParser } from 'fast-xml-parser';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient } from './harness/admin-client';
import { createDraft } from './harness/http';
import { type Desk, newsroomDesk, publishThroughWorkflow } from './harness/workflow';
import { seedReference } from '../src/seed/reference';
import { ARTICLE, PORTAL_ENTRY, PRESS_CONTACT, PRESS_SENDING, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';
import { blocksToText } from '../src/public-api/blocks-html';
import path from 'path';
import type { DeliveryJob } from '../src/plugins/editorial-workflow/server/src/channels/adapter';
import type { ChannelItem, DeliveryAction } from '../src/plugins/editorial-workflow/shared/contracts/channels';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { mailbox, type Mailbox } from './harness/mailbox';

/**
 * The app runs compiled (dist/): the adapters are taken from there, as the relay takes them, so they
 * share the running app's modules (the public API whose cache a portal entry drops, DeliveryFailure).
 */
const CHANNELS = path.join(__dirname, '..', 'dist', 'src', 'plugins', 'editorial-workflow', 'server', 'src', 'channels');
const { ADAPTERS } = require(path.join(CHANNELS, 'registry')) as typeof import('../src/plugins/editorial-workflow/server/src/channels/registry');
const { DeliveryFailure } = require(path.join(CHANNELS, 'adapter')) as typeof import('../src/plugins/editorial-workflow/server/src/channels/adapter');
const portalAdapter = ADAPTERS.portal;
const pressAdapter = ADAPTERS.press;

const PUBLIC_URL = 'https://toasoan.sogd.test';
const SITE_URL = 'https://sogd.test';
const PRESS_DESK = 'baochi@sogd.test';
const ENV_KEYS = ['SMTP_HOST', 'SMTP_PORT', 'SMTP_IGNORE_TLS', 'EMAIL_FROM', 'PUBLIC_URL', 'PUBLIC_SITE_URL', 'PRESS_EMAIL_TO', 'PUBLIC_API_TRUSTED_PROXIES'];
/** Fields that are internal near the portal's public data: none may appear in the feeds. */
const PRIVATE_KEYS = ['email', 'phone', 'actorId', 'actorName', 'deliveryId', 'recipients', 'recipientCount', 'itemDocumentId', 'createdBy', 'updatedBy', 'password', 'contactEmail', 'scopeUnitId', 'id'];

/**
 * The provincial portal's feed and the press (issue 18 items 4 and 5), through their adapters as
 * the relay calls them (a DeliveryJob built from a real item published through the workflow), the
 * public feeds over HTTP, the press contacts' API as the publisher and as others, and the press
 * e-mail read back from a local SMTP server with its envelope.
 */
describe('the provincial portal feed and the press', () => {
  let app: TestApp;
  let desk: Desk;
  let box: Mailbox;
  /** The e-mails to the press (the workflow's own notifications go through the same server). */
  const pressMails = () => box.received.filter((message) => message.rcptTo.includes(PRESS_DESK));
  let unit: string;
  let topic: string;
  let nextDelivery = 1000;
  const saved: Record<string, string | undefined> = {};
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

  let forwarded = 0;
  const get = (path: string) => request(app.server).get(path).set('X-Forwarded-For', `10.9.${(forwarded >> 8) & 255}.${forwarded++ & 255}`);
  const publisher = () => adminClient(app.server, desk.publisher);

  /** An item published through the real workflow, with these channel choices. */
  async function published(title: string, fields: Record<string, unknown>): Promise<string> {
    const draft = await createDraft(app, desk.author, {
      title,
      unit,
      topic,
      summary: `Tóm tắt: ${title}`,
      body: [{ type: 'paragraph', children: [{ type: 'text', text: `Nội dung chính của tin ${title}.` }] }],
      ...fields,
    });
    await publishThroughWorkflow(app, desk, draft.documentId);
    return draft.documentId;
  }

  /** The ChannelItem of a published item, as the relay gives it (the cover and photos as the site's paths). */
  async function channelItemOf(documentId: string, media: { cover?: string; photos?: string[] } = {}, correctionNote?: string): Promise<ChannelItem> {
    const row = await app.strapi.documents(ARTICLE).findOne({ documentId, status: 'published', populate: { unit: { fields: ['name'] } } });
    if (!row) throw new Error(`${documentId} is not published`);
    return {
      documentId,
      title: row.title as string,
      slug: row.slug as string,
      summary: (row.summary as string) ?? null,
      text: blocksToText(row.body),
      url: `${SITE_URL}/tin-bai/${row.slug}`,
      coverUrl: media.cover ?? null,
      photoUrls: media.photos ?? [],
      unitName: (row.unit as { name?: string } | null)?.name ?? null,
      publishedAt: new Date(row.publishedAt as string).toISOString(),
      correctionNote: correctionNote ?? null,
    };
  }

  const job = (action: DeliveryAction, itemDocumentId: string, item: ChannelItem | null, deliveryId = nextDelivery++): DeliveryJob => ({
    strapi: app.strapi,
    deliveryId,
    action,
    attempt: 1,
    item,
    itemDocumentId,
    previous: null,
    actorId: null,
  });

  const run = (adapter: typeof portalAdapter, j: DeliveryJob) => (j.action === 'publish' ? adapter.deliver(j) : j.action === 'correct' ? adapter.correct(j) : adapter.retract(j));

  beforeAll(async () => {
    box = mailbox();
    const port = await box.listen();
    for (const key of ENV_KEYS) saved[key] = process.env[key];
    Object.assign(process.env, {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_IGNORE_TLS: 'true',
      EMAIL_FROM: 'Tòa soạn Sở GDĐT <toasoan@sogd.test>',
      PUBLIC_URL,
      PUBLIC_SITE_URL: SITE_URL,
      PRESS_EMAIL_TO: PRESS_DESK,
      PUBLIC_API_TRUSTED_PROXIES: '127.0.0.1,::1,::ffff:127.0.0.1',
    });
    app = await startStrapi();
    // The parts under test here are driven by hand (the adapters, the records of where items went):
    // the app's own relay, kicked by every publish, would deliver the same rows meanwhile
    // (tests/channels-outbox.test.ts tests the relay).
    await getService(app.strapi, 'channel-relay').drain();
    await seedReference(app.strapi);
    await app.strapi.documents(UNIT).create({ data: { code: 'XA-A', name: 'Phòng VH-XH xã A', kind: 'commune-culture', active: true } });
    unit = (await app.strapi.db.query(UNIT).findOne({ where: { code: 'XA-A' } })).documentId;
    topic = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' } })).documentId;
    desk = await newsroomDesk(app);
  });

  afterAll(async () => {
    await app?.stop();
    await box?.close();
    for (const key of ENV_KEYS) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  describe('the portal', () => {
    let first: string;
    let second: string;
    let other: string;

    beforeAll(async () => {
      first = await published('Khai giảng năm học mới', { channelPortal: true });
      second = await published('Hội thi giáo viên giỏi', { channelPortal: true });
      other = await published('Tin chỉ cho trang của Sở', { channelPortal: false });
    });

    it('selects the items marked for the portal only, and is always healthy (the portal pulls)', async () => {
      expect(portalAdapter.selects({ channelPortal: true })).toBe(true);
      expect(portalAdapter.selects({ channelPortal: false })).toBe(false);
      expect(portalAdapter.selects({})).toBe(false);
      expect(portalAdapter.selects({ channelPress: true, channelFanpage: true })).toBe(false);
      expect(await portalAdapter.health(app.strapi)).toEqual({ ok: true });
    });

    it('carries publishes, a correction and a removal in order, in RSS 2.0 and NINJS', async () => {
      const firstItem = await channelItemOf(first, { cover: '/uploads/cover_khai_giang.jpg', photos: [`${PUBLIC_URL}/uploads/anh_1.jpg`] });
      const receipt = await portalAdapter.deliver(job('publish', first, firstItem));
      expect(receipt.remoteId).toMatch(/^\d+$/);
      // Each delivery shows in the feed at once (the public cache is dropped when an entry is written).
      expect((await get('/api/portal/feed.json')).body.data).toHaveLength(1);
      await portalAdapter.deliver(job('publish', second, await channelItemOf(second)));
      await portalAdapter.correct(job('correct', first, await channelItemOf(first, {}, 'Sửa ngày khai giảng: 05/9, không phải 06/9.')));
      await portalAdapter.retract(job('retract', second, null));

      const rss = await get('/api/portal/feed.rss');
      expect(rss.status).toBe(200);
      expect(rss.headers['content-type']).toMatch(/application\/rss\+xml/);
      const channel = xml.parse(rss.text).rss.channel;
      const items = [channel.item].flat();
      expect(items.map((item: { title: string }) => item.title)).toEqual([
        '[Đã gỡ] Hội thi giáo viên giỏi',
        '[Đính chính] Khai giảng năm học mới',
        'Hội thi giáo viên giỏi',
        'Khai giảng năm học mới',
      ]);
      const terms = (item: { category: unknown }) =>
        [item.category].flat().map((category) => (typeof category === 'string' ? category : (category as { '#text': string })['#text']));
      expect(terms(items[0])).toEqual(['removed', 'Đã gỡ']);
      expect(items[0].description).toBeUndefined();
      expect(items[0]['content:encoded']).toBeUndefined();
      expect(items[0].link).toBe(`${SITE_URL}/tin-bai/${(await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: second } })).slug}`);
      expect(terms(items[1])).toEqual(['corrected', 'Đính chính']);
      expect(items[1].description).toContain('Đính chính: Sửa ngày khai giảng: 05/9, không phải 06/9.');
      // The removed item's earlier entry keeps its title and link, not its content.
      expect(terms(items[2])).toEqual(['published', 'Đăng mới', 'withheld']);
      expect(items[2].description).toBeUndefined();
      expect(items[2]['content:encoded']).toBeUndefined();
      expect(terms(items[3])).toEqual(['published', 'Đăng mới']);
      expect(items[3].description).toBe('Tóm tắt: Khai giảng năm học mới');
      expect(items[3]['content:encoded']).toContain('Nội dung chính của tin Khai giảng năm học mới.');
      // The cover of a local upload as an absolute address is the relay's job; the feed prints what it was given.
      expect(items[3]['content:encoded']).toContain(`${PUBLIC_URL}/uploads/anh_1.jpg`);
      expect(new Set(items.map((item: { guid: { '#text': string } }) => item.guid['#text'])).size).toBe(4);
      expect(rss.text).not.toContain('Tin chỉ cho trang của Sở');

      const json = await get('/api/portal/feed.json');
      expect(json.status).toBe(200);
      const data = json.body.data as Array<Record<string, unknown>>;
      expect(json.body.meta.pagination).toEqual({ page: 1, pageSize: 50, pageCount: 1, total: 4 });
      expect(data.map((item) => item.pubstatus)).toEqual(['canceled', 'usable', 'withheld', 'usable']);
      expect(data.map((item) => (item.headlines as Array<{ value: string }>)[0].value)).toEqual([
        'Hội thi giáo viên giỏi',
        'Khai giảng năm học mới',
        'Hội thi giáo viên giỏi',
        'Khai giảng năm học mới',
      ]);
      for (const item of data) {
        expect(item).toMatchObject({ type: 'text', language: 'vi' });
        expect(typeof item.uri).toBe('string');
        expect(Number.isNaN(Date.parse(item.versioncreated as string))).toBe(false);
      }
      // One news object per item: its entries share the uri, and the later one has the higher version.
      expect(data[1].uri).toBe(data[3].uri);
      expect(Number(data[1].version)).toBeGreaterThan(Number(data[3].version));
      expect(data[1].ednote).toBe('Đính chính: Sửa ngày khai giảng: 05/9, không phải 06/9.');
      expect(data[3].bodies).toEqual([{ role: 'main', contenttype: 'text/plain', value: 'Nội dung chính của tin Khai giảng năm học mới.' }]);
      expect(data[3].descriptions).toEqual([{ role: 'summary', contenttype: 'text/plain', value: 'Tóm tắt: Khai giảng năm học mới' }]);
      expect(data[3].associations).toEqual([
        { name: 'featureimage', type: 'picture', uri: '/uploads/cover_khai_giang.jpg', renditions: [{ name: 'original', href: '/uploads/cover_khai_giang.jpg' }] },
        { name: 'photo1', type: 'picture', uri: `${PUBLIC_URL}/uploads/anh_1.jpg`, renditions: [{ name: 'original', href: `${PUBLIC_URL}/uploads/anh_1.jpg` }] },
      ]);
      for (const removed of [data[0], data[2]]) {
        expect(removed.bodies).toBeUndefined();
        expect(removed.descriptions).toBeUndefined();
        expect(removed.associations).toBeUndefined();
      }
      expect(JSON.stringify(data)).not.toContain('Tin chỉ cho trang của Sở');
      void other;
    });

    it('writes one entry per outbox row, however often the row is delivered', async () => {
      const before = await app.strapi.db.query(PORTAL_ENTRY).count({});
      const again = job('publish', first, await channelItemOf(first));
      const once = await portalAdapter.deliver(again);
      const twice = await portalAdapter.deliver({ ...again, attempt: 2 });
      const both = await Promise.all([portalAdapter.deliver({ ...again, attempt: 3 }), portalAdapter.deliver({ ...again, attempt: 4 })]);
      expect([twice, ...both]).toEqual([once, once, once]);
      expect(await app.strapi.db.query(PORTAL_ENTRY).count({})).toBe(before + 1);
    });

    it('refuses a publish without the item (it went offline) as fatal', async () => {
      await expect(portalAdapter.deliver(job('publish', first, null))).rejects.toMatchObject({ kind: 'fatal', message: expect.stringMatching(/không còn được đăng/) });
    });

    it('pages, answers any spelling of its path, and refuses bad parameters in Vietnamese', async () => {
      const page = await get('/api/portal/feed.json?page=2&pageSize=2');
      expect(page.status).toBe(200);
      expect(page.body.meta.pagination).toMatchObject({ page: 2, pageSize: 2, total: 5, pageCount: 3 });
      expect(page.body.data).toHaveLength(2);
      const rssPage = xml.parse((await get('/api/portal/feed.rss?pageSize=1')).text).rss.channel;
      expect([rssPage.item].flat()).toHaveLength(1);
      expect((await get('/API/Portal/Feed.RSS')).status).toBe(200);
      expect((await get('/api//portal/feed.json/')).status).toBe(200);
      for (const query of ['pageSize=0', 'pageSize=201', 'page=0', 'page=x', 'page=1&page=2', 'limit=5', 'filters[id]=1', 'populate=*', 'status=draft']) {
        for (const path of ['/api/portal/feed.rss', '/api/portal/feed.json']) {
          const res = await get(`${path}?${query}`);
          expect({ path, query, status: res.status }).toEqual({ path, query, status: 400 });
          expect(res.body.error.message).toMatch(/Tham số|phải là số nguyên/);
        }
      }
      expect((await request(app.server).post('/api/portal/feed.json').send({})).status).toBeGreaterThanOrEqual(404);
    });

    it('shows no private field: no e-mail, phone, person or internal id', async () => {
      await app.strapi.db.query(PRESS_CONTACT).create({ data: { name: 'Bí Mật', outlet: 'Báo thử', email: 'bimat@baochi.test', phone: '0999 111 222', active: false } });
      const rss = (await get('/api/portal/feed.rss')).text;
      const json = (await get('/api/portal/feed.json')).text;
      for (const text of [rss, json]) {
        for (const secret of ['bimat@baochi.test', '0999 111 222', 'author@test.local', 'publisher@test.local', 'test.local', 'deliveryId', 'actorId', 'itemDocumentId']) {
          expect({ secret, leaked: text.includes(secret) }).toEqual({ secret, leaked: false });
        }
      }
      const keys = new Set<string>();
      const walk = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) keys.add(key), walk(inner);
      };
      walk(JSON.parse(json).data);
      for (const key of PRIVATE_KEYS) expect({ key, leaked: keys.has(key) }).toEqual({ key, leaked: false });
      await app.strapi.db.query(PRESS_CONTACT).deleteMany({ where: { email: 'bimat@baochi.test' } });
    });
  });

  describe('the press', () => {
    let item: string;
    const contacts = () => app.strapi.db.query(PRESS_CONTACT).count({});

    beforeAll(async () => {
      item = await published('Tuyên dương học sinh giỏi cấp tỉnh', { channelPress: true });
    });

    it('selects the items marked for the press only', () => {
      expect(pressAdapter.selects({ channelPress: true })).toBe(true);
      expect(pressAdapter.selects({ channelPress: false, channelPortal: true })).toBe(false);
    });

    it('with no contact: unhealthy, and a delivery is dead at once with the reason in Vietnamese; nothing sent', async () => {
      expect(await pressAdapter.health(app.strapi)).toEqual({ ok: false, message: expect.stringMatching(/^Chưa có địa chỉ báo chí nào/) });
      const failure = await pressAdapter.deliver(job('publish', item, await channelItemOf(item))).catch((error) => error);
      expect(failure).toBeInstanceOf(DeliveryFailure);
      expect(failure).toMatchObject({ kind: 'fatal', message: expect.stringMatching(/^Chưa có địa chỉ báo chí nào/) });
      expect(pressMails()).toHaveLength(0);
      expect(await app.strapi.db.query(PRESS_SENDING).count({})).toBe(0);
    });

    it('lets the publisher, and no one else, manage the contacts; bad input is a 400 in Vietnamese and stores nothing', async () => {
      for (const token of [desk.author, desk.editor, desk.head]) {
        const client = adminClient(app.server, token);
        expect((await client.get('/editorial-workflow/press-contacts')).status).toBe(403);
        expect((await client.post('/editorial-workflow/press-contacts').send({ name: 'A', outlet: 'B', email: 'a@b.test' })).status).toBe(403);
        expect((await client.put('/editorial-workflow/press-contacts/1').send({ active: false })).status).toBe(403);
        expect((await client.get('/editorial-workflow/press-sendings')).status).toBe(403);
      }
      expect((await request(app.server).get('/editorial-workflow/press-contacts')).status).toBe(401);
      expect(await contacts()).toBe(0);

      const list = await publisher().get('/editorial-workflow/press-contacts');
      expect(list.status).toBe(200);
      expect(list.body.data).toEqual([]);

      const bad: Array<[unknown, RegExp]> = [
        [{ name: 'Nguyễn Văn A', outlet: 'Báo GD&TĐ', email: 'khong-phai-thu' }, /Địa chỉ thư điện tử .* không hợp lệ/],
        [{ name: 'Nguyễn Văn A', outlet: 'Báo GD&TĐ' }, /Hãy nhập địa chỉ thư điện tử/],
        [{ name: '', outlet: 'Báo GD&TĐ', email: 'a@gdtd.test' }, /họ tên/],
        [{ name: 'A', outlet: 'B', email: 'a@gdtd.test', phone: 'gọi tôi' }, /Số điện thoại .* không hợp lệ/],
        [{ name: 'A', outlet: 'B', email: 'a@gdtd.test', role: 'admin' }, /Trường không được hỗ trợ: role/],
        [{ name: 'A', outlet: 'B', email: ['a@gdtd.test'] }, /phải là chuỗi ký tự/],
        [{ name: 'A', outlet: 'B', email: { $ne: null } }, /không phải một đối tượng/],
        [{ name: 'A', outlet: 'B', email: 'a@gdtd.test', active: 'có' }, /true hoặc false/],
        [[{ name: 'A' }], /đối tượng JSON/],
      ];
      for (const [body, message] of bad) {
        const res = await publisher().post('/editorial-workflow/press-contacts').send(body as object);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
        expect(res.body.error.message).toMatch(message);
      }
      expect((await publisher().get('/editorial-workflow/press-contacts?x=1')).status).toBe(400);
      expect(await contacts()).toBe(0);

      const made = [];
      for (const body of [
        { name: 'Nguyễn Thị Lan', outlet: 'Báo Giáo dục và Thời đại', email: 'Lan.Nguyen@GDTD.test', phone: '0912 345 678' },
        { name: 'Trần Văn Bình', outlet: 'Báo tỉnh', email: 'binh@baotinh.test' },
        { name: 'Lê Thu Hà', outlet: 'Đài Phát thanh và Truyền hình tỉnh', email: 'ha@ptth.test' },
      ]) {
        const res = await publisher().post('/editorial-workflow/press-contacts').send(body);
        expect(res.status).toBe(201);
        made.push(res.body.data);
      }
      expect(made[0]).toMatchObject({ email: 'lan.nguyen@gdtd.test', phone: '0912 345 678', active: true });
      const duplicate = await publisher().post('/editorial-workflow/press-contacts').send({ name: 'Lan', outlet: 'GD&TĐ', email: 'LAN.NGUYEN@gdtd.test' });
      expect(duplicate.status).toBe(400);
      expect(duplicate.body.error.message).toMatch(/đã có trong danh sách báo chí/);
      expect(await contacts()).toBe(3);

      // Two creations of one address at once: one contact.
      const racing = await Promise.all([0, 1, 2].map(() => publisher().post('/editorial-workflow/press-contacts').send({ name: 'Phóng viên', outlet: 'Báo X', email: 'pv@baox.test' })));
      expect(racing.map((res) => res.status).sort()).toEqual([201, 400, 400]);
      const raced = racing.find((res) => res.status === 201)!.body.data.id;
      expect((await publisher().put(`/editorial-workflow/press-contacts/${raced}`).send({ active: false })).body.data.active).toBe(false);

      // Edit, deactivate, and the mistakes of an edit.
      const edited = await publisher().put(`/editorial-workflow/press-contacts/${made[2].id}`).send({ phone: '0251 3822 111', name: 'Lê Thu Hà (thời sự)' });
      expect(edited.status).toBe(200);
      expect(edited.body.data).toMatchObject({ name: 'Lê Thu Hà (thời sự)', phone: '0251 3822 111', active: true });
      expect((await publisher().put(`/editorial-workflow/press-contacts/${made[2].id}`).send({ email: 'binh@baotinh.test' })).status).toBe(400);
      expect((await publisher().put(`/editorial-workflow/press-contacts/${made[2].id}`).send({})).status).toBe(400);
      expect((await publisher().put(`/editorial-workflow/press-contacts/${made[2].id}`).send({ email: 'sai' })).status).toBe(400);
      expect((await publisher().put('/editorial-workflow/press-contacts/99999').send({ active: false })).status).toBe(404);
      expect((await publisher().put('/editorial-workflow/press-contacts/abc').send({ active: false })).status).toBe(400);
      const off = await publisher().put(`/editorial-workflow/press-contacts/${made[2].id}`).send({ active: false });
      expect(off.body.data.active).toBe(false);
      const after = await publisher().get('/editorial-workflow/press-contacts');
      expect(after.body.data.map((contact: { email: string; active: boolean }) => [contact.email, contact.active])).toEqual([
        ['lan.nguyen@gdtd.test', true],
        ['binh@baotinh.test', true],
        ['pv@baox.test', false],
        ['ha@ptth.test', false],
      ]);
      expect(await pressAdapter.health(app.strapi)).toEqual({ ok: true });
    });

    it('sends one e-mail to the active contacts in Bcc, with the text, the cover and the photos as absolute links, and records it', async () => {
      const sent = job('publish', item, await channelItemOf(item, { cover: '/uploads/tuyen_duong.jpg', photos: ['/uploads/anh_a.jpg', `${PUBLIC_URL}/uploads/anh_b.jpg`] }));
      sent.actorId = (await app.strapi.db.query('admin::user').findOne({ where: { email: 'publisher@test.local' } })).id;
      const receipt = await pressAdapter.deliver(sent);
      expect(receipt.remoteId).toMatch(/^\d+$/);
      expect(pressMails()).toHaveLength(1);
      const { mail, rcptTo } = pressMails()[0];
      expect(rcptTo.sort()).toEqual([PRESS_DESK, 'binh@baotinh.test', 'lan.nguyen@gdtd.test'].sort());
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe(PRESS_DESK);
      // Bcc: no outlet sees another's address.
      expect(mail.headers.get('bcc')).toBeUndefined();
      expect(mail.headers.get('cc')).toBeUndefined();
      expect(mail.subject).toBe('[Sở Giáo dục và Đào tạo] Tin bài: Tuyên dương học sinh giỏi cấp tỉnh');
      const text = mail.text ?? '';
      expect(text).toContain('Kính gửi Quý cơ quan báo chí');
      expect(text).toContain('Nội dung chính của tin Tuyên dương học sinh giỏi cấp tỉnh.');
      expect(text).toContain('Tóm tắt: Tóm tắt: Tuyên dương học sinh giỏi cấp tỉnh');
      expect(text).toContain('Đơn vị đưa tin: Phòng VH-XH xã A.');
      expect(text).toMatch(/đăng trên Trang thông tin điện tử của Sở lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4} \(giờ Việt Nam\)/);
      expect(text).toContain(`Bài trên trang của Sở: ${SITE_URL}/tin-bai/`);
      expect(text).toContain(`Ảnh đại diện: ${PUBLIC_URL}/uploads/tuyen_duong.jpg`);
      expect(text).toContain(`Ảnh 1: ${PUBLIC_URL}/uploads/anh_a.jpg`);
      expect(text).toContain(`Ảnh 2: ${PUBLIC_URL}/uploads/anh_b.jpg`);
      expect(mail.html).toContain(`<a href="${PUBLIC_URL}/uploads/tuyen_duong.jpg">`);
      expect(mail.attachments).toHaveLength(0);
      for (const inactive of ['pv@baox.test', 'ha@ptth.test']) expect(rcptTo).not.toContain(inactive);

      // The same row delivered again (its confirmation was lost) sends nothing more.
      expect(await pressAdapter.deliver({ ...sent, attempt: 2 })).toEqual(receipt);
      expect(pressMails()).toHaveLength(1);

      const sendings = await publisher().get('/editorial-workflow/press-sendings');
      expect(sendings.status).toBe(200);
      expect(sendings.body.data).toEqual([
        expect.objectContaining({
          itemDocumentId: item,
          title: 'Tuyên dương học sinh giỏi cấp tỉnh',
          action: 'publish',
          recipientCount: 2,
          recipients: ['lan.nguyen@gdtd.test', 'binh@baotinh.test'],
          actorName: expect.stringMatching(/\S/),
        }),
      ]);
      expect(sendings.body.meta.pagination).toEqual({ page: 1, pageSize: 20, pageCount: 1, total: 1 });
      expect((await publisher().get('/editorial-workflow/press-sendings?pageSize=500')).status).toBe(400);
    });

    it('sends a short correction and a withdrawal to the same list', async () => {
      await pressAdapter.correct(job('correct', item, await channelItemOf(item, {}, 'Bổ sung tên trường THCS Lê Lợi.')));
      expect(pressMails()).toHaveLength(2);
      const correction = pressMails()[1];
      expect(correction.mail.subject).toBe('[Sở Giáo dục và Đào tạo] Đính chính: Tuyên dương học sinh giỏi cấp tỉnh');
      expect(correction.mail.text).toContain('Nội dung đính chính: Bổ sung tên trường THCS Lê Lợi.');
      expect(correction.mail.text).not.toContain('Nội dung chính của tin');
      expect(correction.rcptTo.sort()).toEqual([PRESS_DESK, 'binh@baotinh.test', 'lan.nguyen@gdtd.test'].sort());

      await pressAdapter.retract(job('retract', item, null));
      expect(pressMails()).toHaveLength(3);
      const withdrawal = pressMails()[2];
      expect(withdrawal.mail.subject).toBe('[Sở Giáo dục và Đào tạo] Thu hồi tin bài: Tuyên dương học sinh giỏi cấp tỉnh');
      expect(withdrawal.mail.text).toContain('Đề nghị Quý cơ quan không sử dụng tin bài này');

      // An item the press never received is withdrawn without an e-mail.
      const never = await published('Tin không gửi báo chí', { channelPress: false });
      expect(await pressAdapter.retract(job('retract', never, null))).toEqual({ remoteId: null, remoteUrl: null });
      expect(pressMails()).toHaveLength(3);
      const actions = (await publisher().get('/editorial-workflow/press-sendings')).body.data.map((row: { action: string }) => row.action);
      expect(actions).toEqual(['retract', 'correct', 'publish']);
    });

    it('a mail server that refuses is a failure to retry, with the reason in Vietnamese; nothing recorded', async () => {
      const before = await app.strapi.db.query(PRESS_SENDING).count({});
      box.refuse(true);
      try {
        const failure = await pressAdapter.deliver(job('publish', item, await channelItemOf(item))).catch((error) => error);
        expect(failure).toBeInstanceOf(DeliveryFailure);
        expect(failure.kind).toBe('retry');
        expect(failure.message).toMatch(/^Chưa gửi được thư cho báo chí/);
      } finally {
        box.refuse(false);
      }
      expect(await app.strapi.db.query(PRESS_SENDING).count({})).toBe(before);
    });

    it('without a mail server configured: unhealthy, and a delivery is dead with the reason', async () => {
      const options = app.strapi.config.get('plugin::email.providerOptions') as Record<string, unknown>;
      app.strapi.config.set('plugin::email.providerOptions', { jsonTransport: true });
      try {
        expect(await pressAdapter.health(app.strapi)).toEqual({ ok: false, message: expect.stringMatching(/SMTP_HOST/) });
        await expect(pressAdapter.deliver(job('publish', item, await channelItemOf(item)))).rejects.toMatchObject({ kind: 'fatal', message: expect.stringMatching(/máy chủ thư/) });
      } finally {
        app.strapi.config.set('plugin::email.providerOptions', options);
      }
      expect(await pressAdapter.health(app.strapi)).toEqual({ ok: true });
    });

    it('keeps the contacts and sendings out of the public API', async () => {
      for (const path of ['/api/press-contacts', '/api/editorial-workflow/press-contacts', '/api/press-sendings']) {
        expect([403, 404]).toContain((await get(path)).status);
      }
      for (const path of ['/api/portal/feed.rss', '/api/portal/feed.json', '/api/feed.rss', '/api/articles']) {
        const text = (await get(path)).text;
        for (const secret of ['lan.nguyen@gdtd.test', 'binh@baotinh.test', '0912 345 678', PRESS_DESK]) expect({ path, secret, leaked: text.includes(secret) }).toEqual({ path, secret, leaked: false });
      }
    });
  });

  describe('the demo data', () => {
    const seed = path.join(__dirname, '..', 'dist', 'src', 'seed');

    it('seeds the outlets of the plan as contacts and the portal feed of published items, once', async () => {
      const { ensureDemoPressContacts } = require(path.join(seed, 'demo-press-contacts')) as typeof import('../src/seed/demo-press-contacts');
      const { ensureDemoPortal } = require(path.join(seed, 'demo-portal')) as typeof import('../src/seed/demo-portal');
      expect(await ensureDemoPressContacts(app.strapi)).toEqual({ created: 4, kept: 0 });
      expect(await ensureDemoPressContacts(app.strapi)).toEqual({ created: 0, kept: 4 });
      const outlets = (await publisher().get('/editorial-workflow/press-contacts')).body.data.map((contact: { outlet: string }) => contact.outlet);
      expect(outlets).toEqual(expect.arrayContaining(['Báo Giáo dục và Thời đại', 'Báo Điện Biên Phủ', 'Đài Phát thanh và Truyền hình tỉnh Điện Biên']));

      await app.strapi.db.query(PORTAL_ENTRY).deleteMany({});
      const made = await ensureDemoPortal(app.strapi, new Date());
      expect(made.created).toBe(3);
      expect(await ensureDemoPortal(app.strapi, new Date())).toEqual({ created: 0, kept: 3 });
      const feed = (await get('/api/portal/feed.json')).body.data as Array<{ pubstatus: string; uri: string }>;
      expect(feed.map((item) => item.pubstatus)).toEqual(['usable', 'usable', 'usable']);
      for (const item of feed) expect(item.uri).toMatch(new RegExp(`^${SITE_URL}/tin-bai/`));
      const marked = await app.strapi.db.query(ARTICLE).count({ where: { channelPortal: true, publishedAt: { $notNull: true } } });
      expect(marked).toBeGreaterThanOrEqual(3);
    });
  });
});
