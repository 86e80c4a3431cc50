import request from 'supertest';
import { fuzzApp, STRUCTURED } from './fuzz/harness';
import { PARAM_VALUES, PROTOTYPE_QUERIES, RAW_BODIES, ROUTES, badQueries, inBatches } from './fuzz/corpus';
import { routesOfShard } from './fuzz/admin-routes';
import { TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

/**
 * Malformed input to every public endpoint (the website API, the REST routes of units and topics,
 * the preview page, the calendar feed): lists, objects, prototype keys, huge strings, wrong types,
 * null, deep nesting. Each must be a 4xx with a message, never a 500, and change nothing. The admin
 * endpoints are fuzzed in security-fuzz-admin-{1,2,3}.test.ts (tests/fuzz/).
 */
describe('fuzz: malformed input to the public endpoints is a 4xx and changes nothing', () => {
  it('the admin fuzz covers every route of the plugin once, the ones the admin screens use among them', () => {
    const handlers = ROUTES.map((route) => route.handler);
    for (const handler of ['items.findOne', 'items.transition', 'queue.find', 'queue.counts', 'queue.filters', 'notifications.find', 'notifications.markRead', 'memberships.me', 'memberships.find', 'memberships.create', 'memberships.delete', 'stats.compliance', 'stats.trend', 'stats.ranking', 'stats.reportStatus', 'stats.export', 'bulk.transition']) {
      expect(handlers).toContain(handler);
    }
    const sharded = [1, 2, 3].flatMap((shard) => routesOfShard(shard, 3));
    expect(sharded).toHaveLength(ROUTES.length);
    expect(new Set(sharded)).toEqual(new Set(ROUTES));
  });

  const fuzz = fuzzApp();

  it('public endpoints: the website API and the REST routes of units and topics', async () => {
    const { problems, check, snapshot } = fuzz;
    problems.length = 0;
    const before = await snapshot();
    const unit = (await fuzz.app.strapi.db.query(UNIT).findOne({ select: ['documentId'] }))!.documentId;
    const topic = (await fuzz.app.strapi.db.query(TOPIC).findOne({ select: ['documentId'] }))!.documentId;
    const endpoints: Array<{ path: string; keys: string[] }> = [
      { path: '/api/articles', keys: ['q', 'topic', 'unit', 'kind', 'from', 'to', 'page', 'pageSize', 'sort', 'filters', 'populate', 'fields', 'status', 'locale'] },
      { path: '/api/articles/by-slug/tin-thu', keys: ['populate', 'fields', 'status'] },
      { path: '/api/topics', keys: ['populate', 'fields', 'filters'] },
      { path: '/api/units', keys: ['kind', 'q', 'page', 'pageSize', 'sort', 'filters', 'populate', 'fields'] },
      { path: '/api/media-assets', keys: ['unit', 'kind', 'topic', 'from', 'to', 'page', 'pageSize', 'filters', 'populate'] },
      { path: '/api/feed.rss', keys: ['topic'] },
      { path: '/api/sitemap.xml', keys: ['page'] },
      // The provincial portal's feeds.
      { path: '/api/portal/feed.rss', keys: ['page', 'pageSize', 'filters', 'populate', 'status'] },
      { path: '/api/portal/feed.json', keys: ['page', 'pageSize', 'filters', 'populate', 'status'] },
      // Consultations (issue 22): the public reads, the comment form and the status by tracking code.
      { path: '/api/consultations', keys: ['status', 'page', 'filters', 'populate', 'fields'] },
      { path: '/api/consultations/khong-co-dot-nay', keys: ['populate', 'fields', 'status'] },
      { path: '/api/consultations/khong-co-dot-nay/comment-form', keys: ['populate', 'target', 'formToken'] },
      { path: '/api/consultation-comments/YK-00000-00000-00000-00000', keys: ['populate', 'fields', 'email'] },
      // The private calendar feed: an unknown token is a 404 whatever the query.
      { path: `/api/editorial-workflow/calendar-feed/${'A'.repeat(43)}.ics`, keys: ['token', 'userId', 'from'] },
      // Strapi's own REST findOne; `filters` there is the known 500 below.
      { path: `/api/units/${unit}`, keys: ['populate', 'fields', 'status'] },
      { path: `/api/topics/${topic}`, keys: ['populate', 'fields', 'status'] },
    ];
    /** The website API's own parsers refuse unknown and structured parameters. */
    const ownParser = (path: string) => !/^\/api\/(units|topics)\/[^/]+$/.test(path);
    const tasks: Array<() => Promise<void>> = [];
    const probe = (what: string, make: () => request.Test, mustRefuse = false) => tasks.push(async () => check(what, await make(), mustRefuse));
    for (const { path, keys } of endpoints) {
      for (const key of keys) {
        badQueries(key).forEach((query, i) =>
          probe(`GET ${path}?${query.slice(0, 60)}`, () => request(fuzz.app.server).get(`${path}?${query}`), ownParser(path) && STRUCTURED.has(i))
        );
      }
      for (const query of PROTOTYPE_QUERIES) probe(`GET ${path}?${query}`, () => request(fuzz.app.server).get(`${path}?${query}`));
    }
    for (const value of PARAM_VALUES) {
      probe(`GET by-slug ${value.slice(0, 40)}`, () => request(fuzz.app.server).get(`/api/articles/by-slug/${value}`));
      probe(`GET unit ${value.slice(0, 40)}`, () => request(fuzz.app.server).get(`/api/units/${value}`));
      probe(`GET topic ${value.slice(0, 40)}`, () => request(fuzz.app.server).get(`/api/topics/${value}`));
      probe(`GET consultation ${value.slice(0, 40)}`, () => request(fuzz.app.server).get(`/api/consultations/${value}`));
      probe(`GET comment status ${value.slice(0, 40)}`, () => request(fuzz.app.server).get(`/api/consultation-comments/${value}`));
    }
    // The public comments' post (a consultation that is not there, and one slug of every shape): the raw reader and the guard refuse, nothing is stored.
    for (const slug of ['khong-co-dot-nay', ...PARAM_VALUES.slice(0, 6)]) {
      for (const raw of RAW_BODIES) {
        probe(`POST comments ${slug.slice(0, 20)} ${raw.slice(0, 40)}`, () => request(fuzz.app.server).post(`/api/consultations/${slug}/comments`).set('Content-Type', 'application/json').send(raw));
      }
    }
    // Writes to the public endpoints: none is open.
    for (const path of ['/api/articles', '/api/units', '/api/topics', '/api/media-assets', `/api/units/${unit}`]) {
      for (const raw of RAW_BODIES.slice(0, 8)) {
        probe(`POST ${path} ${raw.slice(0, 40)}`, () => request(fuzz.app.server).post(path).set('Content-Type', 'application/json').send(raw));
        probe(`PUT ${path} ${raw.slice(0, 40)}`, () => request(fuzz.app.server).put(path).set('Content-Type', 'application/json').send(raw));
      }
      probe(`DELETE ${path}`, () => request(fuzz.app.server).delete(path));
    }
    await inBatches(tasks);
    expect(problems).toEqual([]);
    expect(await snapshot()).toEqual(before);
  }, 600_000);

  it('the public preview page (/preview/:token): a malformed or forged token is a 4xx page, never a 500', async () => {
    const { problems, check, snapshot } = fuzz;
    problems.length = 0;
    const before = await snapshot();
    const tasks: Array<() => Promise<void>> = [];
    const probe = (what: string, make: () => request.Test) =>
      tasks.push(async () => {
        const res = await make();
        // A HEAD answer has the GET's status and headers, and no body.
        const page = what.startsWith('HEAD') ? res.headers['content-type'] === 'text/html; charset=utf-8' : (res.text ?? '').includes('Liên kết xem trước không hợp lệ');
        const explained = res.status === 429 || page;
        if (res.status >= 400 && res.status < 500 && explained) return;
        problems.push(`${what} → ${res.status} ${res.text.slice(0, 200)}`);
      });
    const sig = 'A'.repeat(43);
    const payloads = ['{"d":"x","v":1,"e":99999999999}', '{"d":{"$gt":""},"v":1,"e":1}', '{"__proto__":{"x":1}}', '[]', 'null', '"x"', '{"d":"x","v":"1","e":"9"}'];
    const tokens = [
      ...PARAM_VALUES,
      ...payloads.map((json) => `${Buffer.from(json).toString('base64url')}.${sig}`),
      `${'A'.repeat(200)}.${sig}`,
      `${'A'.repeat(8)}.${'A'.repeat(44)}`,
      '..',
      'a.b.c',
      '%2e%2e%2fadmin',
    ];
    for (const token of tokens) {
      probe(`GET /preview/${token.slice(0, 40)}`, () => request(fuzz.app.server).get(`/preview/${token}`));
      probe(`HEAD /preview/${token.slice(0, 40)}`, () => request(fuzz.app.server).head(`/preview/${token}`));
      probe(`GET /preview/${token.slice(0, 40)}?x`, () => request(fuzz.app.server).get(`/preview/${token}?${badQueries('x')[2]}`));
    }
    for (const raw of RAW_BODIES) {
      probe(`POST /preview/x ${raw.slice(0, 40)}`, () => request(fuzz.app.server).post(`/preview/${sig}`).set('Content-Type', 'application/json').send(raw));
      probe(`PUT /preview/x ${raw.slice(0, 40)}`, () => request(fuzz.app.server).put(`/preview/${sig}`).set('Content-Type', 'application/json').send(raw));
    }
    probe('DELETE /preview/x', () => request(fuzz.app.server).delete(`/preview/${sig}`));
    await inBatches(tasks);
    expect(problems).toEqual([]);
    expect(await snapshot()).toEqual(before);
  }, 600_000);

  // Strapi's REST findOne of units and topics answered a malformed `filters` (a list, `$gt` at the
  // top, the key twice) with a 500; src/public-api/single-record-request.ts refuses it first.
  it('REST findOne of units and topics refuses a malformed filters with a 4xx', async () => {
    const { problems, check } = fuzz;
    problems.length = 0;
    const unit = (await fuzz.app.strapi.db.query(UNIT).findOne({ select: ['documentId'] }))!.documentId;
    const topic = (await fuzz.app.strapi.db.query(TOPIC).findOne({ select: ['documentId'] }))!.documentId;
    for (const path of [`/api/units/${unit}`, `/api/topics/${topic}`]) {
      for (const query of ['filters[]=a&filters[]=b', 'filters[0]=a', 'filters[$gt]=1', 'filters=a&filters=b']) {
        check(`GET ${path}?${query}`, await request(fuzz.app.server).get(`${path}?${query}`));
      }
    }
    expect(problems).toEqual([]);
  });
});
