import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { newsroomUser, publishThroughWorkflow } from './harness/workflow';
import { connect, contentManager } from './harness/http';
import { ARTICLE, TOPIC } from '../src/plugins/editorial-workflow/shared/uids';

/**
 * Strapi's router matches paths without case and ignores a trailing slash: every spelling of a
 * public endpoint's path it would route must go through the same rate limit and the same cache
 * entry as the canonical one, instead of reaching the database unlimited.
 */
const LIMIT = 6;

describe('the public API front door recognises every spelling of a public path', () => {
  let app: TestApp;
  let slug: string;
  let client = 0;
  /** Each call is a new client behind the trusted loopback proxy, unless one is named. */
  const get = (path: string, address = `10.9.${(client >> 8) & 255}.${client++ & 255}`) =>
    request(app.server).get(path).set('X-Forwarded-For', address);

  beforeAll(async () => {
    Object.assign(process.env, {
      PUBLIC_API_RATE_LIMIT: String(LIMIT),
      PUBLIC_API_RATE_WINDOW_SECONDS: '600',
      PUBLIC_API_TRUSTED_PROXIES: '127.0.0.0/8,::1',
    });
    app = await startStrapi();
    await seedReference(app.strapi);
    // One published item, taken through the workflow by the four people whose step each is.
    const desk = {
      author: (await newsroomUser(app, 'author@test.local', 'author', ['SGD-GDPT'])).token,
      editor: (await newsroomUser(app, 'editor@test.local', 'editor', ['SGD-GDPT'])).token,
      head: (await newsroomUser(app, 'head@test.local', 'head', ['SGD-GDPT'])).token,
      publisher: (await newsroomUser(app, 'publisher@test.local', 'publisher', ['SGD-QLCL'])).token,
    };
    const unit = (await unitIdsByCode(app.strapi, ['SGD-GDPT'])).get('SGD-GDPT')!;
    const topic = (await app.strapi.db.query(TOPIC).findOne({ select: ['documentId'], where: { code: 'III.2' } }))!.documentId;
    const created = await contentManager(app, desk.author).create(ARTICLE, {
      title: 'Khai giảng năm học mới',
      summary: 'Tin đã đăng.',
      kind: 'news',
      channelWebsite: true,
      unit: connect(unit),
      topics: connect(topic),
    });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId as string;
    await publishThroughWorkflow(app, desk, documentId);
    slug = (await app.strapi.db.query(ARTICLE).findOne({ select: ['slug'], where: { documentId } }))!.slug;
  }, 300_000);

  afterAll(() => app?.stop());

  /** Spellings of `/api/<route>` the router would route to the same endpoint (or the front door now rewrites). */
  const spellings = (route: string) => {
    const [first, ...rest] = route.split('/');
    // The fixed words in upper case; a slug keeps its own (another case is another slug).
    const upper = route.startsWith('articles/by-slug/') ? `ARTICLES/BY-SLUG/${rest[1]}` : route.toUpperCase();
    const encoded = `%${first.charCodeAt(0).toString(16)}${first.slice(1)}${rest.length ? `/${rest.join('/')}` : ''}`;
    return [
      `/API/${upper}`,
      `/Api/${route}`,
      `/api/${route}/`,
      `/api//${route}`,
      `/api/${route}//`,
      `//api/${route}`,
      `/api/${encoded}`,
      `/%61pi/${route}`,
      `/%41PI/${upper}/`,
    ];
  };
  const routes = () => ['topics', 'units', 'articles', 'media-assets', 'feed.rss', 'sitemap.xml', `articles/by-slug/${slug}`];

  it('answers every spelling from the cache entry of the canonical path', async () => {
    for (const route of routes()) {
      const canonical = await get(`/api/${route}`);
      expect({ route, status: canonical.status }).toEqual({ route, status: 200 });
      for (const path of spellings(route)) {
        const res = await get(path);
        expect({ path, status: res.status, cache: res.headers['x-public-cache'] }).toEqual({ path, status: 200, cache: 'hit' });
        expect(res.text).toBe(canonical.text);
      }
    }
    // With a query string too: the spelling of the path does not make a new cache entry.
    const listed = await get('/api/articles?kind=news');
    expect(listed.status).toBe(200);
    const variant = await get('/API/Articles/?kind=news');
    expect(variant.headers['x-public-cache']).toBe('hit');
    expect(variant.text).toBe(listed.text);
  });

  it('a spelling read first is cached under the canonical path', async () => {
    const first = await get('/API/ARTICLES?pageSize=3');
    expect(first.status).toBe(200);
    expect(first.headers['x-public-cache']).toBeUndefined();
    const canonical = await get('/api/articles?pageSize=3');
    expect(canonical.headers['x-public-cache']).toBe('hit');
    expect(canonical.text).toBe(first.text);
  });

  it('counts every spelling against the same client limit', async () => {
    for (const route of routes()) {
      for (const path of spellings(route)) {
        const address = `198.51.${client >> 8 & 255}.${client++ & 255}`;
        for (let i = 0; i < LIMIT; i += 1) expect({ path, i, status: (await get(path, address)).status }).toEqual({ path, i, status: 200 });
        const limited = await get(path, address);
        expect({ path, status: limited.status }).toEqual({ path, status: 429 });
        expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        // The canonical path is limited for that client as well: one bucket, whatever the spelling.
        expect((await get(`/api/${route}`, address)).status).toBe(429);
      }
    }
    // Mixed spellings from one client share the bucket.
    const address = '198.51.200.1';
    const mixed = spellings('topics').slice(0, LIMIT);
    for (const path of mixed) expect((await get(path, address)).status).toBe(200);
    expect((await get('/api/topics', address)).status).toBe(429);
    // Routes that are not public endpoints (login, a unit by id) in another case are limited too.
    const other = '198.51.200.2';
    for (let i = 0; i < LIMIT; i += 1) await request(app.server).post('/API/Auth/Local').set('X-Forwarded-For', other).send({});
    expect((await request(app.server).post('/API/Auth/Local').set('X-Forwarded-For', other).send({})).status).toBe(429);
    // A client of its own is not limited, canonical path or not.
    expect((await get('/api/topics')).status).toBe(200);
    expect((await get('/API/Topics')).status).toBe(200);
  });

  it("keeps the slug's own case and decodes it once, as the router does", async () => {
    expect((await get(`/api/articles/by-slug/${slug}`)).status).toBe(200);
    // An upper-case slug is another slug: refused, not the item.
    expect((await get(`/api/articles/by-slug/${slug.toUpperCase()}`)).status).toBe(400);
    const encoded = slug.replace(/^./, (c) => `%${c.charCodeAt(0).toString(16)}`);
    const res = await get(`/API/articles/BY-SLUG/${encoded}`);
    expect(res.status).toBe(200);
    expect(res.body.data.slug).toBe(slug);
    // A doubly encoded slug is decoded once: "%2574in-…" is the slug "%74in-…", which is no slug.
    expect((await get(`/api/articles/by-slug/%25${slug.charCodeAt(0).toString(16)}${slug.slice(1)}`)).status).toBe(400);
    // Another path below a public one is not that endpoint.
    expect((await get(`/api/articles/by-slug/${slug}/x`)).status).toBe(404);
  });
});
