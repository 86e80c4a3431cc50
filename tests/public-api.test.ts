import request from 'supertest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Core } from '@strapi/strapi';
import { startStrapi, type TestApp } from './harness/strapi';
import { keysIn } from './harness/json';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { codeDesk } from './harness/workflow';
import path from 'path';
import type { publicApiOf as PublicApiOf } from '../src/public-api';
import { reconcileSearchIndex } from '../src/public-api/search-entries';
import { queryIndex } from '../src/public-api/search-query';
import { ARTICLE, CHANNEL_DELIVERY, ITEM_CHANNEL, MEDIA_ASSET as MEDIA, TOPIC, UNIT, UPLOAD_FILE } from '../src/plugins/editorial-workflow/shared/uids';

/** The app runs compiled (dist/): its module, not this source's, holds the running public API. */
const publicApiOf: typeof PublicApiOf = (strapi) => require(path.join(__dirname, '..', 'dist', 'src', 'public-api')).publicApiOf(strapi);
const usesPostgres = Boolean(process.env.DATABASE_URL);

/** Items reach the site only through the editorial workflow: a desk holding every role moves them. */
let desk: Awaited<ReturnType<typeof codeDesk>>;
async function publishArticle(_strapi: Core.Strapi, documentId: string): Promise<void> {
  await desk.publish(documentId);
}

const PRIVATE_KEYS = ['contactEmail', 'contactName', 'contactPosition', 'contactPhone', 'phone', 'allowSingleHandedRounds', 'scopeUnitId', 'sentMonth', 'unitPeriod', 'createdBy', 'updatedBy', 'email', 'password', 'containsMinors', 'consentConfirmed', 'public', 'channelFanpage', 'locale', 'id',
  // Snapshots (the workflow's archive of versions) are admin-only: none of their fields is public.
  'snapshots', 'contentHash', 'approvedHash', 'actorName', 'approvedByName', 'onlineFrom', 'onlineUntil', 'actedAt',
  // Where an item went (issue 18): the by-slug's `channels` gives channel, url and at only; the
  // channel choices, who delivered, the remote ids and everything of the outbox stay inside.
  'channelWebsite', 'channelPortal', 'channelPress', 'actorId', 'by', 'remoteId', 'remoteUrl', 'lastError', 'attempts', 'itemChannelKey',
  'itemDocumentId', 'lastAction', 'deliveredAt', 'nextAttemptAt', 'doneAt', 'correctionId', 'marked', 'statusLabel',
  // An item's video links are shown as typed embeds (`videos`), never as the stored addresses (issue 20).
  'videoLinks'];
/** Words that only drafts, unpublished items, draft revisions and private records contain. */
const SECRET_WORDS = ['bimatnhap', 'dagobai', 'banthaomoi', 'anhriengtu', 'anhtreem', 'chikenfanpage', 'secret@unit.test', 'Bimat Daumoi', '0999 111 222',
  // A fanpage post's remote id, a retracted post's address and a channel's error (issue 18).
  'remoteidbimat', 'baidagokhoifanpage', 'loikenhbimat'];

describe('the public API of the department website', () => {
  let app: TestApp;
  let strapi: Core.Strapi;
  let forwarded = 0;
  /** Each request comes through the (trusted) loopback proxy for a client of its own, so the rate limit stays out of the way. */
  const get = (path: string, headers: Record<string, string> = {}) =>
    request(app.server)
      .get(path)
      .set('X-Forwarded-For', `10.${(forwarded >> 16) & 255}.${(forwarded >> 8) & 255}.${forwarded++ & 255}`)
      .set(headers);
  const ids: Record<string, string> = {};
  let topicIds: Map<string, string>;
  let coverId: number;

  const DAY = 24 * 3600 * 1000;
  const createArticle = async (key: string, data: Record<string, unknown>) => {
    const created = await strapi.documents(ARTICLE).create({
      data: { kind: 'news', unit: ids.unitGdpt, channelWebsite: true, ...data } as never,
    });
    ids[key] = created.documentId;
    return created.documentId;
  };
  /** Sets the publication time of a published item (tests need a known order). */
  const setPublishedAt = (documentId: string, at: Date) =>
    strapi.db.query(ARTICLE).updateMany({ where: { documentId, publishedAt: { $notNull: true } }, data: { publishedAt: at } });

  beforeAll(async () => {
    Object.assign(process.env, {
      PUBLIC_API_RATE_LIMIT: '40',
      PUBLIC_API_RATE_WINDOW_SECONDS: '60',
      PUBLIC_API_TRUSTED_PROXIES: '127.0.0.0/8,::1',
      PUBLIC_SITE_URL: 'https://sogddt.example.vn',
    });
    app = await startStrapi();
    strapi = app.strapi;
    await seedReference(strapi);
    desk = await codeDesk(strapi);
    const units = await unitIdsByCode(strapi, ['SGD-GDPT', 'SGD-VP']);
    ids.unitGdpt = units.get('SGD-GDPT')!;
    ids.unitVp = units.get('SGD-VP')!;
    await strapi.documents(UNIT).update({ documentId: ids.unitGdpt, data: { contactEmail: 'secret@unit.test', contactName: 'Bimat Daumoi', contactPhone: '0999 111 222' } as never });
    const topics: Array<{ code: string; documentId: string }> = await strapi.db.query(TOPIC).findMany({ select: ['code', 'documentId'] });
    topicIds = new Map(topics.map((t) => [t.code, t.documentId]));

    const file = await strapi.db.query(UPLOAD_FILE).create({
      data: {
        name: 'cover.jpg', hash: 'cover_abc', ext: '.jpg', mime: 'image/jpeg', size: 120.5, width: 1600, height: 900,
        url: '/uploads/cover_abc.jpg', provider: 'local', alternativeText: 'Lễ khai giảng',
        formats: { thumbnail: { url: '/uploads/thumbnail_cover_abc.jpg', width: 245, height: 138, mime: 'image/jpeg', hash: 'x', size: 8 } },
      },
    });
    coverId = file.id;

    const now = Date.now();
    // Published, NFC title, in III.2 (a subsection of III).
    await createArticle('nfc', {
      title: 'Giáo dục Điện Biên đón năm học mới'.normalize('NFC'),
      summary: 'Toàn ngành chuẩn bị khai giảng.',
      body: [
        { type: 'heading', level: 2, children: [{ type: 'text', text: 'Khai giảng' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'Học sinh <script>alert(1)</script> đến trường', bold: true }, { type: 'link', url: 'https://example.vn/tin?a=1&b=2', children: [{ type: 'text', text: 'xem' }] }] },
        { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Một' }] }] },
      ],
      topics: [topicIds.get('III.2')],
      cover: coverId,
      byline: 'Phòng GDPT',
    });
    await publishArticle(strapi, ids.nfc);
    await setPublishedAt(ids.nfc, new Date(now - 3 * DAY));
    // Published, NFD title, another unit and section, a feature.
    await createArticle('nfd', {
      title: 'Hội thảo giáo dục Điện Biên vùng cao'.normalize('NFD'),
      summary: 'Chuyên đề về dạy học vùng cao.',
      kind: 'feature',
      unit: ids.unitVp,
      topics: [topicIds.get('IV.1')],
    });
    await publishArticle(strapi, ids.nfd);
    await setPublishedAt(ids.nfd, new Date(now - 2 * DAY));
    // Published, newest, the search words only in its body: ranked after title matches.
    await createArticle('bodyOnly', {
      title: 'Tin ngắn trong tuần',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nhắc lại: giáo dục Điện Biên có nhiều đổi mới.' }] }],
      topics: [topicIds.get('III.1')],
    });
    await publishArticle(strapi, ids.bodyOnly);
    await setPublishedAt(ids.bodyOnly, new Date(now - 1 * DAY));
    // A draft never published.
    await createArticle('draft', { title: 'Bản nháp bimatnhap chưa duyệt', summary: 'bimatnhap' });
    // Published then unpublished (gỡ bài).
    await createArticle('unpublished', { title: 'Bài dagobai đã gỡ' });
    await publishArticle(strapi, ids.unpublished);
    await desk.unpublish(ids.unpublished);
    // Published, then its draft edited: the draft revision stays private.
    await createArticle('revised', { title: 'Kế hoạch tuyển sinh lớp 10', summary: 'Bản đã đăng.' });
    await publishArticle(strapi, ids.revised);
    await setPublishedAt(ids.revised, new Date(now - 4 * DAY));
    await strapi.documents(ARTICLE).update({ documentId: ids.revised, data: { title: 'Kế hoạch banthaomoi', summary: 'banthaomoi' } as never });
    // Kept off the website: the website is always on for every write (website-always-on.ts), so
    // only a row from before that rule (written here straight into the table) still says false.
    await createArticle('fanpageOnly', { title: 'Tin chikenfanpage', channelWebsite: false, channelFanpage: true });
    expect((await strapi.db.query(ARTICLE).findOne({ where: { documentId: ids.fanpageOnly } })).channelWebsite).toBe(true);
    await strapi.db.query(ARTICLE).updateMany({ where: { documentId: ids.fanpageOnly }, data: { channelWebsite: false } });
    await publishArticle(strapi, ids.fanpageOnly);
    // Where items went (issue 18): the nfc item is on the fanpage, was taken off the press, and
    // has an outbox row with an error; the fanpage-only one has a post too, never shown.
    const channelRow = (itemDocumentId: string, channel: string, data: Record<string, unknown>) =>
      strapi.db.query(ITEM_CHANNEL).create({ data: { itemDocumentId, channel, itemChannelKey: `${itemDocumentId}:${channel}`, lastAction: 'publish', deliveredAt: new Date('2026-11-02T03:04:00Z'), actorId: 1, ...data } });
    await channelRow(ids.nfc, 'fanpage', { remoteId: 'remoteidbimat', remoteUrl: 'https://www.facebook.com/sogddt/posts/1' });
    await channelRow(ids.nfc, 'press', { lastAction: 'retract', remoteUrl: 'https://bao.example.vn/baidagokhoifanpage' });
    await channelRow(ids.nfc, 'webhook', { remoteUrl: 'https://he-thong-khac.example.vn/baidagokhoifanpage' });
    await channelRow(ids.fanpageOnly, 'fanpage', { remoteId: 'remoteidbimat', remoteUrl: 'https://www.facebook.com/sogddt/posts/chikenfanpage' });
    await strapi.db.query(CHANNEL_DELIVERY).create({
      data: { itemDocumentId: ids.nfc, channel: 'portal', action: 'publish', status: 'dead', attempts: 5, lastError: 'loikenhbimat', actorId: 1 },
    });

    const media = async (title: string, flags: Record<string, boolean>) =>
      strapi.documents(MEDIA).create({ data: { title, file: coverId, kind: 'photo', unit: ids.unitGdpt, ...flags } as never });
    await media('Ảnh công khai lễ khai giảng', { public: true, containsMinors: true, consentConfirmed: true });
    await media('anhriengtu', { public: false, containsMinors: false, consentConfirmed: false });
    // The media rules refuse this state on every Document Service path; written straight into the
    // table (an import, a row older than the rule), the public API must still hide it.
    const leaky = await media('anhtreem chưa có đồng ý', { public: false, containsMinors: true, consentConfirmed: false });
    await strapi.db.query(MEDIA).update({ where: { documentId: leaky.documentId }, data: { public: true } });
  });

  afterAll(() => app?.stop());

  const listSlugs = async (query = '') => {
    const res = await get(`/api/articles${query}`);
    expect({ query, status: res.status }).toEqual({ query, status: 200 });
    return (res.body.data as Array<{ slug: string }>).map((item) => item.slug);
  };
  const slugOf = async (documentId: string) =>
    (await strapi.db.query(ARTICLE).findOne({ select: ['slug'], where: { documentId } }))!.slug as string;

  describe('items', () => {
    it('lists published website items only, newest first, with what a list shows and no body', async () => {
      const res = await get('/api/articles');
      expect(res.status).toBe(200);
      expect(res.body.data.map((item: { title: string }) => item.title)).toEqual([
        'Tin ngắn trong tuần',
        'Hội thảo giáo dục Điện Biên vùng cao'.normalize('NFD'),
        'Giáo dục Điện Biên đón năm học mới',
        'Kế hoạch tuyển sinh lớp 10',
      ]);
      expect(res.body.meta).toEqual({ pagination: { page: 1, pageSize: 20, pageCount: 1, total: 4 } });
      const first = res.body.data.find((item: { slug: string }) => item.slug === 'giao-duc-dien-bien-don-nam-hoc-moi');
      expect(Object.keys(first).sort()).toEqual(['cover', 'documentId', 'kind', 'publishedAt', 'slug', 'summary', 'title', 'topics', 'unit']);
      expect(first.unit).toEqual({ code: 'SGD-GDPT', name: 'Phòng Giáo dục Phổ thông' });
      expect(first.topics).toEqual([{ code: 'III.2', title: expect.any(String) }]);
      expect(first.cover).toEqual({
        url: '/uploads/cover_abc.jpg', alternativeText: 'Lễ khai giảng', caption: null, width: 1600, height: 900, mime: 'image/jpeg',
        formats: { thumbnail: { url: '/uploads/thumbnail_cover_abc.jpg', width: 245, height: 138, mime: 'image/jpeg' } },
      });
    });

    it('filters by topic (a section includes its subsections), unit, kind and publication date', async () => {
      expect(await listSlugs('?topic=III')).toEqual(['tin-ngan-trong-tuan', 'giao-duc-dien-bien-don-nam-hoc-moi']);
      expect(await listSlugs('?topic=III.2')).toEqual(['giao-duc-dien-bien-don-nam-hoc-moi']);
      expect(await listSlugs('?unit=SGD-VP')).toEqual(['hoi-thao-giao-duc-dien-bien-vung-cao']);
      expect(await listSlugs('?kind=feature')).toEqual(['hoi-thao-giao-duc-dien-bien-vung-cao']);
      const day = (offsetDays: number) => new Date(Date.now() + 7 * 3600 * 1000 - offsetDays * 24 * 3600 * 1000).toISOString().slice(0, 10);
      expect(await listSlugs(`?from=${day(2)}&to=${day(2)}`)).toEqual(['hoi-thao-giao-duc-dien-bien-vung-cao']);
      expect(await listSlugs(`?to=${day(3)}`)).toEqual(['giao-duc-dien-bien-don-nam-hoc-moi', 'ke-hoach-tuyen-sinh-lop-10']);
    });

    it('pages with page and pageSize', async () => {
      const res = await get('/api/articles?page=2&pageSize=3');
      expect(res.body.meta.pagination).toEqual({ page: 2, pageSize: 3, pageCount: 2, total: 4 });
      expect(res.body.data.map((item: { slug: string }) => item.slug)).toEqual(['ke-hoach-tuyen-sinh-lop-10']);
      expect((await get('/api/articles?page=9&pageSize=100')).body.data).toEqual([]);
    });

    it('gives one item in full by slug, its body as sanitised HTML', async () => {
      const res = await get('/api/articles/by-slug/giao-duc-dien-bien-don-nam-hoc-moi');
      expect(res.status).toBe(200);
      const item = res.body.data;
      expect(item.byline).toBe('Phòng GDPT');
      expect(item.body).toBe(
        '<h2>Khai giảng</h2><p><strong>Học sinh &lt;script&gt;alert(1)&lt;/script&gt; đến trường</strong>' +
          '<a href="https://example.vn/tin?a=1&amp;b=2" rel="noopener noreferrer">xem</a></p><ol><li>Một</li></ol>'
      );
      expect(item.gallery).toEqual([]);
      expect((await get('/api/articles/by-slug/khong-co-tin-nay')).status).toBe(404);
    });

    it('tells where a published item went besides the website: the channel, the fanpage post, when; not a channel it was taken off', async () => {
      const res = await get('/api/articles/by-slug/giao-duc-dien-bien-don-nam-hoc-moi');
      expect(res.body.data.channels).toEqual([{ channel: 'fanpage', url: 'https://www.facebook.com/sogddt/posts/1', at: '2026-11-02T03:04:00.000Z' }]);
      // The list shows no channel: they are the item's page alone.
      const list = await get('/api/articles?pageSize=100');
      expect(keysIn(list.body.data).has('channels')).toBe(false);
    });

    it('gives the published version of an item whose draft was edited', async () => {
      const res = await get(`/api/articles/by-slug/${await slugOf(ids.revised)}`);
      expect(res.body.data.title).toBe('Kế hoạch tuyển sinh lớp 10');
      expect(res.body.data.summary).toBe('Bản đã đăng.');
    });
  });

  describe('search', () => {
    it('folds diacritics and đ, for NFC and NFD titles and queries, ranking title matches first', async () => {
      const expected = ['giao-duc-dien-bien-don-nam-hoc-moi', 'hoi-thao-giao-duc-dien-bien-vung-cao', 'tin-ngan-trong-tuan'];
      const ranked = await listSlugs('?q=giao%20duc%20dien%20bien');
      // Both title matches come before the newer item that has the words only in its body.
      expect(ranked.slice(0, 2).sort()).toEqual(expected.slice(0, 2).sort());
      expect(ranked[2]).toBe('tin-ngan-trong-tuan');
      for (const q of ['Giáo dục Điện Biên'.normalize('NFC'), 'Giáo dục Điện Biên'.normalize('NFD'), 'GIAO DUC DIEN BIEN', 'giáo   dục, điện-biên!']) {
        expect({ q, slugs: await listSlugs(`?q=${encodeURIComponent(q)}`) }).toEqual({ q, slugs: ranked });
      }
      expect(await listSlugs('?q=vung%20cao')).toEqual(['hoi-thao-giao-duc-dien-bien-vung-cao']);
      expect(await listSlugs('?q=dien%20bien&topic=III')).toEqual(['giao-duc-dien-bien-don-nam-hoc-moi', 'tin-ngan-trong-tuan']);
      expect(await listSlugs('?q=khong%20co%20tu%20nay')).toEqual([]);
    });
  });

  describe('leak probes', () => {
    const endpoints = ['/api/articles', '/api/topics', '/api/units', '/api/media-assets', '/api/feed.rss', '/api/sitemap.xml'];
    const probes = [
      'status=draft',
      'status=published',
      'publicationState=preview',
      'filters[publishedAt][$null]=true',
      'filters[publishedAt][$notNull]=false',
      'populate=*',
      'populate[createdBy]=*',
      'populate[unit][populate]=*',
      'fields[0]=body',
      'fields=contactEmail',
      'filters[createdBy][email][$startsWith]=a',
      'filters[unit][contactEmail][$eq]=secret@unit.test',
      'filters[title][$contains]=bimatnhap',
      'sort=createdAt:desc',
      'locale=*',
      'pagination[pageSize]=100',
    ];

    it('refuses every Strapi query parameter with a 400 that does not depend on its value', async () => {
      for (const path of endpoints) {
        for (const probe of probes) {
          const res = await get(`${path}?${probe}`);
          expect({ path, probe, status: res.status, message: typeof res.body.error?.message }).toEqual({ path, probe, status: 400, message: 'string' });
        }
        // The same parameter with a true and a false condition gives the same answer: no oracle.
        const hit = await get(`${path}?filters[unit][contactEmail][$eq]=secret@unit.test`);
        const miss = await get(`${path}?filters[unit][contactEmail][$eq]=nobody@nowhere.test`);
        expect({ path, status: hit.status, body: hit.body }).toEqual({ path, status: miss.status, body: miss.body });
      }
    });

    it('never shows a draft, an unpublished item, a draft revision, a fanpage-only item or a private field, on any endpoint', async () => {
      const slugs = await Promise.all(['draft', 'unpublished', 'revised', 'fanpageOnly'].map((key) => slugOf(ids[key])));
      const paths = [
        ...endpoints,
        '/api/articles?pageSize=100',
        '/api/articles?q=bimatnhap',
        '/api/articles?q=dagobai',
        '/api/articles?q=banthaomoi',
        '/api/articles?q=chikenfanpage',
        '/api/units?pageSize=1000',
        '/api/media-assets?pageSize=100',
        `/api/articles/by-slug/${slugs[2]}`,
        '/api/articles/by-slug/giao-duc-dien-bien-don-nam-hoc-moi',
      ];
      for (const path of paths) {
        const res = await get(path);
        expect({ path, status: res.status }).toEqual({ path, status: 200 });
        for (const word of SECRET_WORDS) expect({ path, word, leaked: res.text.includes(word) }).toEqual({ path, word, leaked: false });
        if (res.type === 'application/json') {
          const keys = keysIn(res.body.data);
          for (const key of PRIVATE_KEYS) expect({ path, key, leaked: keys.has(key) }).toEqual({ path, key, leaked: false });
        }
      }
      for (const slug of [slugs[0], slugs[1], slugs[3]]) {
        expect({ slug, status: (await get(`/api/articles/by-slug/${slug}`)).status }).toEqual({ slug, status: 404 });
      }
      for (const q of ['bimatnhap', 'dagobai', 'banthaomoi', 'chikenfanpage']) {
        expect({ q, slugs: await listSlugs(`?q=${q}`) }).toEqual({ q, slugs: [] });
      }
    });

    it('lists public media assets only, and units without private fields', async () => {
      const media = await get('/api/media-assets');
      expect(media.body.data.map((asset: { title: string }) => asset.title)).toEqual(['Ảnh công khai lễ khai giảng']);
      expect(media.body.data[0].file.url).toBe('/uploads/cover_abc.jpg');
      const count = async (query: string) => (await get(`/api/media-assets?${query}`)).body.meta.pagination.total;
      expect([await count('unit=SGD-GDPT'), await count('unit=SGD-VP'), await count('kind=video'), await count('topic=III')]).toEqual([1, 0, 0, 0]);
      const units = await get('/api/units?pageSize=1000');
      const gdpt = units.body.data.find((unit: { code: string }) => unit.code === 'SGD-GDPT');
      expect(gdpt).toEqual({ code: 'SGD-GDPT', name: 'Phòng Giáo dục Phổ thông', kind: 'department', active: true });
    });

    it('keeps the write and core routes closed', async () => {
      expect((await request(app.server).post('/api/articles').send({ data: { title: 'x' } })).status).toBe(405);
      expect((await request(app.server).get(`/api/articles/${ids.draft}`)).status).toBe(404);
      expect((await request(app.server).get('/api/articles?status=draft')).status).toBe(400);
    });
  });

  describe('topics', () => {
    it('gives the taxonomy as a tree of sections and subsections', async () => {
      const res = await get('/api/topics');
      expect(res.status).toBe(200);
      const sections = res.body.data as Array<{ code: string; children: Array<{ code: string; children: unknown[] }> }>;
      expect(sections.map((s) => s.code).slice(0, 4)).toEqual(['I', 'II', 'III', 'IV']);
      const third = sections.find((s) => s.code === 'III')!;
      expect(third.children.map((c) => c.code)).toEqual(['III.1', 'III.2', 'III.3', 'III.4', 'III.5']);
      expect(third.children[0].children).toEqual([]);
    });
  });

  describe('bad input gets a 400 with a message, never a 500', () => {
    const deep = `filters${'[a]'.repeat(50)}=1`;
    const cases = [
      '/api/articles?pageSize=100000',
      '/api/articles?pageSize=0',
      '/api/articles?page=-1',
      '/api/articles?page=abc',
      '/api/articles?page=1.5',
      '/api/articles?page=99999999999',
      '/api/articles?topic=III&topic=IV',
      '/api/articles?topic[]=III',
      '/api/articles?topic[0]=III&topic[1]=IV',
      '/api/articles?kind[$ne]=news',
      `/api/articles?${deep}`,
      `/api/articles?topic${'[x]'.repeat(50)}=III`,
      '/api/articles?topic=XIX',
      '/api/articles?topic=not-a-code',
      '/api/articles?unit=KHONG-CO',
      '/api/articles?kind=podcast',
      '/api/articles?from=2026-13-45',
      '/api/articles?from=2026-02-30',
      '/api/articles?from=yesterday',
      '/api/articles?from=2026-09-10&to=2026-09-01',
      '/api/articles?q=!!!',
      `/api/articles?q=${'a'.repeat(201)}`,
      `/api/articles?q=${'%E0%A4'.repeat(10)}`,
      '/api/articles/by-slug/Not%20A%20Slug',
      `/api/articles/by-slug/${'a'.repeat(121)}`,
      '/api/articles/by-slug/ok?populate=*',
      '/api/feed.rss?topic=XIX',
      '/api/feed.rss?topic=III&topic=IV',
      '/api/sitemap.xml?page=0',
      '/api/units?pageSize=5000',
      '/api/units?kind=planet',
      '/api/media-assets?kind=audio',
      `/api/articles?${'x'.repeat(3000)}=1`,
    ];

    const label = (path: string) => (path.length > 90 ? `${path.slice(0, 87)}…` : path);
    it.each(cases.map((path) => [label(path), path]))('%s', async (_label, path) => {
      const res = await get(path);
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual(expect.objectContaining({ status: 400, name: 'ValidationError', message: expect.any(String) }));
    });

    it('names an unknown topic', async () => {
      expect((await get('/api/articles?topic=XII.9')).body.error.message).toMatch(/Unknown topic "XII.9"/);
    });
  });

  describe('caching', () => {
    it('gives a strong ETag and Cache-Control, and a 304 for If-None-Match, on a miss and on a hit', async () => {
      const first = await get('/api/articles?kind=news');
      expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
      const again = await get('/api/articles?kind=news');
      expect(again.headers.etag).toBe(first.headers.etag);
      expect(again.text).toBe(first.text);
      const notModified = await get('/api/articles?kind=news', { 'If-None-Match': first.headers.etag });
      expect(notModified.status).toBe(304);
      expect(notModified.text).toBe('');
      expect(notModified.headers.etag).toBe(first.headers.etag);
      expect((await get('/api/articles?kind=feature', { 'If-None-Match': first.headers.etag })).status).toBe(200);
      expect((await get('/api/articles?kind=feature&page=1', { 'If-None-Match': `"x", W/${first.headers.etag}` })).status).toBe(200);
      expect((await get('/api/articles?kind=news', { 'If-None-Match': `"x", W/${first.headers.etag}` })).status).toBe(304);
      // A miss (a URL not asked before) honours If-None-Match too.
      expect((await get('/api/articles?kind=news&page=1', { 'If-None-Match': first.headers.etag })).status).toBe(304);
    });

    it('shows a publish, an edit, an unpublish and a unit rename at once', async () => {
      const before = await listSlugs();
      const documentId = await createArticle('fresh', { title: 'Tin mới vừa đăng', summary: 'Tin nóng.' });
      expect(await listSlugs()).toEqual(before); // a draft changes nothing
      await publishArticle(strapi, documentId);
      expect((await listSlugs())[0]).toBe('tin-moi-vua-dang');
      expect(await listSlugs('?q=tin%20moi%20vua%20dang')).toEqual(['tin-moi-vua-dang']);

      await strapi.documents(ARTICLE).update({ documentId, data: { title: 'Tin mới đã sửa' } as never });
      await publishArticle(strapi, documentId); // the edit's new round, through the workflow
      const edited = await get('/api/articles/by-slug/tin-moi-vua-dang');
      expect(edited.body.data.title).toBe('Tin mới đã sửa');
      expect(await listSlugs('?q=da%20sua')).toEqual(['tin-moi-vua-dang']);

      await desk.unpublish(documentId);
      expect(await listSlugs()).toEqual(before);
      expect((await get('/api/articles/by-slug/tin-moi-vua-dang')).status).toBe(404);
      expect(await listSlugs('?q=da%20sua')).toEqual([]);

      await strapi.documents(UNIT).update({ documentId: ids.unitVp, data: { name: 'Văn phòng Sở GDĐT' } as never });
      const feature = await get('/api/articles?kind=feature');
      expect(feature.body.data[0].unit.name).toBe('Văn phòng Sở GDĐT');
    });

    it('drops what a request cached while a publish was still uncommitted in an outer transaction', async () => {
      const documentId = await createArticle('inTransaction', { title: 'Tin đăng trong giao dịch' });
      await listSlugs(); // cached
      await strapi.db.transaction(async () => {
        await publishArticle(strapi, documentId);
        if (usesPostgres) {
          // Another connection still sees the old content and caches it (SQLite has one connection: it would wait).
          expect(await listSlugs()).not.toContain('tin-dang-trong-giao-dich');
        }
      });
      expect((await listSlugs())[0]).toBe('tin-dang-trong-giao-dich');
      await desk.unpublish(documentId);
      expect(await listSlugs()).not.toContain('tin-dang-trong-giao-dich');
    });

    it('rolls back the search entry and keeps the cache right when the outer transaction fails', async () => {
      const documentId = await createArticle('rolledBack', { title: 'Tin bị hủy giữa chừng' });
      await expect(
        strapi.db.transaction(async () => {
          await publishArticle(strapi, documentId);
          throw new Error('workflow refused');
        })
      ).rejects.toThrow('workflow refused');
      expect(await listSlugs('?q=huy%20giua%20chung')).toEqual([]);
      expect((await get('/api/articles/by-slug/tin-bi-huy-giua-chung')).status).toBe(404);
    });
  });

  describe('feed and sitemap', () => {
    const parser = new XMLParser({ ignoreAttributes: false });

    it('gives RSS 2.0 of the latest items, by topic too, as well-formed XML', async () => {
      const res = await get('/api/feed.rss');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
      expect(XMLValidator.validate(res.text)).toBe(true);
      const rss = parser.parse(res.text).rss;
      expect(rss['@_version']).toBe('2.0');
      const items = [rss.channel.item].flat();
      expect(items[0].link).toMatch(/^https:\/\/sogddt\.example\.vn\/tin-bai\//);
      expect(items.length).toBe((await get('/api/articles')).body.meta.pagination.total);

      const byTopic = await get('/api/feed.rss?topic=III.2');
      expect(XMLValidator.validate(byTopic.text)).toBe(true);
      const topicItems = [parser.parse(byTopic.text).rss.channel.item].flat();
      expect(topicItems.map((item: { title: string }) => item.title)).toEqual(['Giáo dục Điện Biên đón năm học mới']);
    });

    it('gives a sitemap of the published items as well-formed XML', async () => {
      const res = await get('/api/sitemap.xml');
      expect(res.status).toBe(200);
      expect(XMLValidator.validate(res.text)).toBe(true);
      const urls = [parser.parse(res.text).urlset.url].flat().map((url: { loc: string }) => url.loc);
      expect(urls).toContain('https://sogddt.example.vn/tin-bai/giao-duc-dien-bien-don-nam-hoc-moi');
      expect(urls).toHaveLength(1 + (await get('/api/articles')).body.meta.pagination.total);
      expect((await get('/api/sitemap.xml?page=2')).status).toBe(404);
    });
  });

  describe('index upkeep', () => {
    it('files an item re-published after an edit under its new kind, unit, topics and words', async () => {
      const documentId = await createArticle('refiled', { title: 'Tin chuyển mục cũ', kind: 'news', topics: [topicIds.get('III.1')] });
      await publishArticle(strapi, documentId);
      const slug = await slugOf(documentId);
      expect(await listSlugs('?topic=III.1')).toContain(slug);

      await strapi.documents(ARTICLE).update({
        documentId,
        data: { title: 'Tin chuyển mục mới', kind: 'feature', unit: ids.unitVp, topics: [topicIds.get('IV.1')] } as never,
      });
      // The draft's edit is not online until the new round is published.
      expect(await listSlugs('?topic=III.1&kind=news')).toContain(slug);
      expect(await listSlugs('?q=chuyen%20muc%20moi')).toEqual([]);

      await publishArticle(strapi, documentId);
      expect(await listSlugs('?topic=III')).not.toContain(slug);
      expect(await listSlugs('?topic=IV')).toContain(slug);
      expect(await listSlugs('?kind=feature&unit=SGD-VP&topic=IV.1')).toContain(slug);
      expect(await listSlugs('?kind=news')).not.toContain(slug);
      expect(await listSlugs('?q=chuyen%20muc%20moi')).toEqual([slug]);
      expect(await listSlugs('?q=chuyen%20muc%20cu')).toEqual([]);
      expect(await listSlugs('?q=chuyen%20muc&unit=SGD-GDPT')).toEqual([]);
    });

    it('follows a subsection moved to another section, and one deleted', async () => {
      const topic = await strapi.documents(TOPIC).create({ data: { code: 'III.90', title: 'Mục thử chuyển', parent: topicIds.get('III') } as never });
      const documentId = await createArticle('inMovedTopic', { title: 'Tin trong mục thử chuyển', topics: [topic.documentId] });
      await publishArticle(strapi, documentId);
      const slug = await slugOf(documentId);
      expect(await listSlugs('?topic=III')).toContain(slug);

      await strapi.documents(TOPIC).update({ documentId: topic.documentId, data: { code: 'IV.90', parent: topicIds.get('IV') } as never });
      expect(await listSlugs('?topic=III')).not.toContain(slug);
      expect(await listSlugs('?topic=IV')).toContain(slug);
      expect(await listSlugs('?topic=IV.90&q=muc%20thu%20chuyen')).toEqual([slug]);

      await strapi.documents(TOPIC).delete({ documentId: topic.documentId });
      expect(await listSlugs('?topic=IV')).not.toContain(slug);
      expect(await listSlugs()).toContain(slug);
    });

    it('drops a deleted unit from the entries of its items', async () => {
      const unit = await strapi.documents(UNIT).create({ data: { code: 'SGD-THU', name: 'Phòng thử xoá', kind: 'department' } as never });
      const documentId = await createArticle('orphan', { title: 'Tin của phòng thử xoá', unit: unit.documentId });
      await publishArticle(strapi, documentId);
      const slug = await slugOf(documentId);
      expect(await listSlugs('?unit=SGD-THU')).toEqual([slug]);
      const unitId = (await strapi.db.query(UNIT).findOne({ select: ['id'], where: { code: 'SGD-THU' } }))!.id as number;

      await strapi.documents(UNIT).delete({ documentId: unit.documentId });
      // A unit created later may get the same id (SQLite reuses the highest): the entry must not name it.
      const { tables } = publicApiOf(strapi);
      expect((await queryIndex(strapi.db.connection, tables!, { unitId, offset: 0, limit: 10 })).total).toBe(0);
      expect(await listSlugs()).toContain(slug);
    });

    it('catches up at start-up with published rows changed behind its back', async () => {
      const api = publicApiOf(strapi);
      const knex = strapi.db.connection;
      const published = (documentId: string) => knex(api.tables!.articles).where({ document_id: documentId }).whereNotNull('published_at');
      // Straight SQL, as a restore or an import would write: no Document Service, no lifecycle.
      await published(ids.nfc).update({ title: 'Tin sửa ngoài luồng', updated_at: new Date() });
      await published(ids.bodyOnly).update({ channel_website: false, updated_at: new Date() });
      expect(await reconcileSearchIndex(knex, api.tables!)).toBe(2);
      api.cache.invalidate();
      expect(await listSlugs('?q=sua%20ngoai%20luong')).toEqual([await slugOf(ids.nfc)]);
      expect(await listSlugs('?q=tin%20ngan%20trong%20tuan')).toEqual([]);
      expect(await reconcileSearchIndex(knex, api.tables!)).toBe(0);

      await published(ids.nfc).update({ title: 'Giáo dục Điện Biên đón năm học mới', updated_at: new Date() });
      await published(ids.bodyOnly).update({ channel_website: true, updated_at: new Date() });
      expect(await reconcileSearchIndex(knex, api.tables!)).toBe(2);
      api.cache.invalidate();
      expect(await listSlugs('?q=sua%20ngoai%20luong')).toEqual([]);
      expect(await listSlugs('?q=tin%20ngan%20trong%20tuan')).toEqual(['tin-ngan-trong-tuan']);
    });
  });

  describe('rate limit', () => {
    it('answers 429 with Retry-After past the limit, per client address as told by a trusted proxy', async () => {
      const asClient = (address: string) => request(app.server).get('/api/topics').set('X-Forwarded-For', `${address}, 127.0.0.1`);
      const statuses: number[] = [];
      for (let i = 0; i < 41; i += 1) statuses.push((await asClient('203.0.113.7')).status);
      expect(statuses.slice(0, 40).every((status) => status === 200)).toBe(true);
      const limited = await asClient('203.0.113.7');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(limited.body.error.status).toBe(429);
      // Another client is not limited; a client cannot escape by forging its own X-Forwarded-For
      // (the proxy appends the real address, which is the hop read).
      expect((await asClient('203.0.113.8')).status).toBe(200);
      expect((await request(app.server).get('/api/topics').set('X-Forwarded-For', '198.51.100.1, 203.0.113.7')).status).toBe(429);
    });
  });
});
