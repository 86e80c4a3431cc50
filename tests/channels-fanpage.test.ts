import crypto from 'node:crypto';
import request from 'supertest';
import Transport from 'winston-transport';
import { startStrapi, type TestApp } from './harness/strapi';
import { createDraft, createSuperAdmin } from './harness/http';
import { roundFixture, type RoundFixture } from './harness/round-fixture';
import { publishThroughWorkflow } from './harness/workflow';
import { startFakeGraph, type FakeGraph } from './harness/fake-graph';
import { ARTICLE, AUDIT_ENTRY, FANPAGE_SETTING, JOB_RUN, NOTIFICATION } from '../src/plugins/editorial-workflow/shared/uids';
import type { ChannelItem, DeliveryAction } from '../src/plugins/editorial-workflow/shared/contracts/channels';
import { fanpageAdapter } from '../src/plugins/editorial-workflow/server/src/channels/adapters/fanpage';
import { DeliveryFailure, type DeliveryJob, type DeliveryReceipt } from '../src/plugins/editorial-workflow/server/src/channels/adapter';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';

/** A message for a person of the newsroom: Vietnamese, with its marks. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const SETTINGS = '/editorial-workflow/channel-settings/fanpage';
const DAY = 24 * 60 * 60 * 1000;

/** A page access token as Facebook gives them: long, letters and digits. */
const newToken = () => `EAAG${crypto.randomBytes(48).toString('base64url').replace(/[-_]/g, 'x')}`;

/** Every line the server logs, at every level (the suite lowers the level to debug). */
class Capture extends Transport {
  lines: string[] = [];
  log(info: Record<string | symbol, unknown>, next: () => void) {
    this.lines.push(JSON.stringify(info), String(info[Symbol.for('message')] ?? ''), String(info.message ?? ''));
    next();
  }
}

/**
 * The fanpage channel (issue 18 item 3) against a local fake Graph API (tests/harness/fake-graph.ts):
 * the calls of publish (feed or photos), retract and correct; the mapping of Facebook's failures;
 * a retry after an ambiguous failure that finds the post instead of posting twice; the settings
 * API (the administrator alone, bad input refused in Vietnamese, the token encrypted and never
 * returned or logged); the token's health and the publishers' warnings, each once. The adapter is
 * driven as the relay drives it: with a DeliveryJob of a real published item.
 */
describe('fanpage channel through the Graph API', () => {
  let app: TestApp;
  let fake: FakeGraph;
  let round: RoundFixture;
  let root: string;
  let item: ChannelItem;
  const capture = new Capture({ level: 'debug' });
  /** Every answer the server gave this suite, to search for the token. */
  const answers: string[] = [];
  const tokens: string[] = [];
  /** A token refused for its form: no refusal may quote it. */
  const refusedToken = newToken();
  const saved: Record<string, string | undefined> = {};
  let deliveryId = 0;

  const remember = (res: request.Response) => {
    answers.push(res.text ?? '', JSON.stringify(res.headers));
    return res;
  };
  const as = (token: string) => ({
    get: async (path: string) => remember(await request(app.server).get(path).set('Authorization', `Bearer ${token}`)),
    put: async (path: string, body: unknown) => remember(await request(app.server).put(path).set('Authorization', `Bearer ${token}`).send(body as object)),
    post: async (path: string, body?: unknown) => remember(await request(app.server).post(path).set('Authorization', `Bearer ${token}`).send(body as object)),
  });

  const job = (action: DeliveryAction, overrides: Partial<DeliveryJob> = {}): DeliveryJob => ({
    strapi: app.strapi,
    deliveryId: ++deliveryId,
    action,
    attempt: 1,
    item,
    itemDocumentId: item.documentId,
    previous: null,
    actorId: null,
    ...overrides,
  });
  /** The adapter's failure, or a failure of the test when it succeeded. */
  const failureOf = async (run: Promise<DeliveryReceipt>): Promise<DeliveryFailure> => {
    try {
      await run;
    } catch (error) {
      expect(error).toBeInstanceOf(DeliveryFailure);
      return error as DeliveryFailure;
    }
    throw new Error('the delivery succeeded');
  };
  const calls = (method: string, suffix: string) => fake.calls.filter((call) => call.method === method && call.path.endsWith(suffix));
  const unpause = () => app.strapi.db.query(FANPAGE_SETTING).updateMany({ where: {}, data: { pausedUntil: null } });
  const warnings = (action: string) => app.strapi.db.query(NOTIFICATION).count({ where: { action } });

  async function saveToken(token: string) {
    tokens.push(token);
    fake.expectToken(token);
    const res = await as(root).put(SETTINGS, { accessToken: token });
    expect(res.status).toBe(200);
  }

  beforeAll(async () => {
    for (const key of ['CHANNEL_SECRET_KEY', 'GRAPH_RATE_LIMIT_BACKOFF_MS', 'GRAPH_API_BASE_URL', 'GRAPH_API_VERSION']) saved[key] = process.env[key];
    process.env.CHANNEL_SECRET_KEY = crypto.randomBytes(32).toString('base64');
    process.env.GRAPH_RATE_LIMIT_BACKOFF_MS = '1500';
    delete process.env.GRAPH_API_BASE_URL;
    delete process.env.GRAPH_API_VERSION;
    fake = await startFakeGraph();
    app = await startStrapi();
    // Every level, into the capture: the request logger (http), debug lines, warnings and errors.
    // (the console keeps its usual level, so the suite's output stays readable).
    for (const transport of app.strapi.log.transports) transport.level = 'warn';
    app.strapi.log.level = 'debug';
    app.strapi.log.add(capture);
    round = await roundFixture(app);
    root = await createSuperAdmin(app);
    const draft = await createDraft(app, round.desk.author, {
      title: 'Tỉnh khai giảng năm học mới với 320 trường',
      summary: 'Sáng 5/9, các trường trong tỉnh đồng loạt khai giảng năm học 2026-2027.',
      unit: round.xaA.documentId,
      topic: round.topic,
      channelFanpage: true,
      body: paragraph('Toàn tỉnh có 320 trường khai giảng năm học mới.'),
    });
    await publishThroughWorkflow(app, round.desk, draft.documentId);
    const published = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: draft.documentId, publishedAt: { $notNull: true } } });
    expect(fanpageAdapter.selects(published)).toBe(true);
    expect(fanpageAdapter.selects({ channelFanpage: false })).toBe(false);
    item = {
      documentId: published.documentId,
      title: published.title,
      slug: published.slug,
      summary: published.summary,
      text: 'Toàn tỉnh có 320 trường khai giảng năm học mới.',
      url: `https://sogddt.example.vn/tin-bai/${published.slug}`,
      coverUrl: null,
      photoUrls: [],
      unitName: 'Phòng VH-XH xã A',
      publishedAt: new Date(published.publishedAt).toISOString(),
    };
  }, 300_000);

  afterAll(async () => {
    await app?.stop();
    await fake?.stop();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  beforeEach(async () => {
    fake.reset();
    if (app) await unpause();
  });

  describe('settings', () => {
    it('is the administrator\'s: a publisher gets a 403 on every route', async () => {
      const publisher = as(round.desk.publisher);
      expect((await publisher.get(SETTINGS)).status).toBe(403);
      expect((await publisher.put(SETTINGS, { pageId: fake.pageId })).status).toBe(403);
      expect((await publisher.post(`${SETTINGS}/check`)).status).toBe(403);
      expect(await app.strapi.db.query(FANPAGE_SETTING).count()).toBe(0);
    });

    it('refuses bad input with a 400 in Vietnamese and stores nothing', async () => {
      const cases: Array<[string, unknown]> = [
        ['page id not digits', { pageId: 'trang-so' }],
        ['page id a number', { pageId: 104857362514 }],
        ['empty page id', { pageId: '' }],
        ['token too short', { accessToken: 'EAAGx7q' }],
        // A real token pasted with a stray space: refused, and not echoed back (see the last test).
        ['token with a space', { accessToken: `${refusedToken.slice(0, 30)} ${refusedToken.slice(30)}` }],
        ['token too long', { accessToken: refusedToken.repeat(40) }],
        ['token a list', { accessToken: ['x'] }],
        ['base URL not http', { graphBaseUrl: 'ftp://graph.example' }],
        ['base URL with a query', { graphBaseUrl: 'https://graph.facebook.com?access_token=x' }],
        ['version', { graphVersion: '21' }],
        ['timeout too short', { timeoutMs: 10 }],
        ['timeout a string', { timeoutMs: '5000' }],
        ['unknown field', { pageToken: 'x' }],
        ['nothing', {}],
      ];
      for (const [label, body] of cases) {
        const res = await as(root).put(SETTINGS, body);
        expect({ label, status: res.status }).toEqual({ label, status: 400 });
        expect(res.body.error.message).toMatch(VIETNAMESE);
      }
      expect(await app.strapi.db.query(FANPAGE_SETTING).count()).toBe(0);
    });

    it('refuses to save a token without CHANNEL_SECRET_KEY, saying how to make one', async () => {
      const key = process.env.CHANNEL_SECRET_KEY;
      delete process.env.CHANNEL_SECRET_KEY;
      try {
        const token = newToken();
        tokens.push(token);
        const res = await as(root).put(SETTINGS, { pageId: fake.pageId, accessToken: token });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toContain('CHANNEL_SECRET_KEY');
        expect(res.body.error.message).toContain('openssl rand -base64 32');
        expect((await as(root).get(SETTINGS)).body.data.secretKeyConfigured).toBe(false);
      } finally {
        process.env.CHANNEL_SECRET_KEY = key;
      }
      expect(await app.strapi.db.query(FANPAGE_SETTING).count()).toBe(0);
    });

    it('saves the page, the Graph address and the token, encrypted; the answer shows only its last four characters; audited without it', async () => {
      const token = newToken();
      tokens.push(token);
      fake.expectToken(token);
      const res = await as(root).put(SETTINGS, { pageId: fake.pageId, accessToken: token, graphBaseUrl: fake.baseUrl, graphVersion: 'v21.0', timeoutMs: 800 });
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ pageId: fake.pageId, graphBaseUrl: fake.baseUrl, graphVersion: 'v21.0', timeoutMs: 800, secretKeyConfigured: true });
      expect(res.body.data.token).toMatchObject({ last4: token.slice(-4), valid: null, expiresAt: null });
      expect(res.body.data.defaults).toEqual({ graphBaseUrl: 'https://graph.facebook.com', graphVersion: 'v21.0', timeoutMs: 10_000 });
      const got = await as(root).get(SETTINGS);
      expect(got.status).toBe(200);
      expect(got.body.data.token.last4).toBe(token.slice(-4));
      // At rest: a cipher text, not the token, in a table of its own, named by the settings row's key.
      const row = await app.strapi.db.query(FANPAGE_SETTING).findOne({ where: {} });
      expect(JSON.stringify(row)).not.toContain(token);
      const secrets = await app.strapi.db.connection('ew_channel_secrets').select('name', 'cipher');
      expect(secrets).toHaveLength(1);
      expect(secrets[0].name).toBe(`fanpage-token:${row.tokenKey}`);
      expect(secrets[0].cipher).toMatch(/^v1\./);
      expect(secrets[0].cipher).not.toContain(token);
      const audit = await app.strapi.db.query(AUDIT_ENTRY).findOne({ where: { kind: 'channel-setting' } });
      expect(audit.summary).toContain('mã truy cập');
      expect(JSON.stringify(audit)).not.toContain(token);
      // The content-manager (hidden from its screens, still reachable by the super admin) hands out no cipher text.
      const cm = await as(root).get(`/content-manager/collection-types/${FANPAGE_SETTING}`);
      expect(cm.text).not.toContain(secrets[0].cipher);
      expect(cm.text).not.toContain(token);
    });
  });

  describe('deliveries', () => {
    it('publishes an item without a cover as a post with its link: POST /{page}/feed, the token in the header', async () => {
      const receipt = await fanpageAdapter.deliver(job('publish'));
      const [call] = calls('POST', `/${fake.pageId}/feed`);
      expect(fake.calls).toHaveLength(1);
      expect(call.path).toBe(`/v21.0/${fake.pageId}/feed`);
      expect(call.body.link).toBe(item.url);
      expect(call.body.message).toContain(item.title);
      expect(call.body.message).toContain(item.summary!);
      expect(call.body.message).toContain(item.url);
      expect(call.authorization).toBe(`Bearer ${tokens.at(-1)}`);
      expect(call.query).toEqual({});
      const post = fake.livePosts()[0];
      expect(receipt).toEqual({ remoteId: post.id, remoteUrl: `https://www.facebook.com/${post.id}` });
    });

    it('publishes an item with a cover as a photo with its caption: POST /{page}/photos', async () => {
      const withCover = { ...item, coverUrl: 'https://sogddt.example.vn/uploads/khai_giang_ab12cd34ef.jpg' };
      const receipt = await fanpageAdapter.deliver(job('publish', { item: withCover }));
      expect(calls('POST', '/feed')).toHaveLength(0);
      const [call] = calls('POST', `/${fake.pageId}/photos`);
      expect(call.body.url).toBe(withCover.coverUrl);
      expect(call.body.caption).toContain(item.title);
      expect(call.body.caption).toContain(item.url);
      expect(receipt.remoteId).toBe(fake.livePosts()[0].id);
    });

    it('corrects with an edit of the post (POST /{post-id} with the message), and retracts with DELETE /{post-id}', async () => {
      const published = await fanpageAdapter.deliver(job('publish'));
      const corrected = await fanpageAdapter.correct(job('correct', { item: { ...item, correctionNote: 'Số trường đúng là 302.' }, previous: published }));
      expect(corrected).toEqual(published);
      const [edit] = calls('POST', `/${published.remoteId}`);
      expect(edit.path).toBe(`/v21.0/${published.remoteId}`);
      expect(edit.body.message).toContain('Đính chính: Số trường đúng là 302.');
      expect(fake.livePosts()[0].message).toContain('Số trường đúng là 302.');

      const retracted = await fanpageAdapter.retract(job('retract', { item: null, previous: published }));
      expect(calls('DELETE', `/${published.remoteId}`)).toHaveLength(1);
      expect(retracted.remoteId).toBe(published.remoteId);
      expect(fake.livePosts()).toHaveLength(0);
      // Already gone on Facebook: done all the same; nothing posted: nothing to call.
      await expect(fanpageAdapter.retract(job('retract', { item: null, previous: published }))).resolves.toMatchObject({ remoteId: published.remoteId });
      await expect(fanpageAdapter.retract(job('retract', { item: null, previous: null }))).resolves.toEqual({});
      expect(calls('DELETE', '')).toHaveLength(2);
      // A correction of a post deleted on Facebook cannot be made: dead, said in Vietnamese.
      const gone = await failureOf(fanpageAdapter.correct(job('correct', { previous: published })));
      expect(gone.kind).toBe('fatal');
      expect(gone.message).toMatch(VIETNAMESE);
    });

    it('maps a 500 to a retry, 4 and 613 to rate-limited with a wait, a timeout after sending to ambiguous, each in Vietnamese', async () => {
      fake.failNext('500');
      const server = await failureOf(fanpageAdapter.deliver(job('publish')));
      expect(server.kind).toBe('retry');
      expect(server.message).toMatch(VIETNAMESE);

      fake.failNext('4');
      const four = await failureOf(fanpageAdapter.deliver(job('publish')));
      expect(four.kind).toBe('rate-limited');
      expect(four.retryAfterMs).toBeGreaterThanOrEqual(1500);
      expect(four.message).toMatch(VIETNAMESE);
      // The page waits: the next delivery is put off without a call.
      const before = fake.calls.length;
      const paused = await failureOf(fanpageAdapter.deliver(job('publish')));
      expect(paused.kind).toBe('rate-limited');
      expect(paused.retryAfterMs).toBeGreaterThan(0);
      expect(fake.calls.length).toBe(before);
      await unpause();

      fake.failNext('613');
      const often = await failureOf(fanpageAdapter.deliver(job('publish')));
      expect(often.kind).toBe('rate-limited');
      expect(often.retryAfterMs).toBeGreaterThan(0);
      await unpause();

      fake.failNext('timeout-unprocessed');
      const started = Date.now();
      const timeout = await failureOf(fanpageAdapter.deliver(job('publish')));
      expect(timeout.kind).toBe('ambiguous');
      expect(timeout.message).toMatch(VIETNAMESE);
      expect(Date.now() - started).toBeLessThan(5_000);
      // A timeout of an edit or a deletion is a plain retry: repeating it is harmless.
      expect(fake.livePosts()).toHaveLength(0);
    });

    it('backs off when a usage header is near its limit: the delivery that saw it succeeds, the next waits', async () => {
      fake.failNext('usage');
      const receipt = await fanpageAdapter.deliver(job('publish'));
      expect(receipt.remoteId).toBe(fake.livePosts()[0].id);
      const calledBefore = fake.calls.length;
      const next = await failureOf(fanpageAdapter.deliver(job('publish')));
      expect(next.kind).toBe('rate-limited');
      expect(fake.calls.length).toBe(calledBefore);
      const view = await as(root).get(SETTINGS);
      expect(view.body.data.pausedUntil).not.toBeNull();
      await unpause();
      // A failure whose headers say the business use case is near its limit: rate-limited, not a plain retry.
      fake.failNext('usage-error');
      expect((await failureOf(fanpageAdapter.deliver(job('publish')))).kind).toBe('rate-limited');
    });

    it('after an ambiguous failure, the retry finds the post by the item\'s address and does not post again', async () => {
      // Facebook made the post, the answer never came.
      fake.failNext('timeout');
      const first = job('publish');
      expect((await failureOf(fanpageAdapter.deliver(first))).kind).toBe('ambiguous');
      expect(fake.livePosts()).toHaveLength(1);
      const retry = await fanpageAdapter.deliver({ ...first, attempt: 2 });
      expect(retry.remoteId).toBe(fake.livePosts()[0].id);
      expect(calls('GET', `/${fake.pageId}/posts`)).toHaveLength(1);
      expect(calls('GET', `/${fake.pageId}/posts`)[0].query).toMatchObject({ fields: 'id,permalink_url,message,link' });
      expect(calls('POST', '/feed')).toHaveLength(1);
      expect(fake.livePosts()).toHaveLength(1);

      // The same for a photo post (the address is in its caption), among many later posts.
      fake.reset();
      const withCover = { ...item, coverUrl: 'https://sogddt.example.vn/uploads/anh_bia.jpg' };
      fake.failNext('timeout');
      expect((await failureOf(fanpageAdapter.deliver(job('publish', { item: withCover })))).kind).toBe('ambiguous');
      const other = (n: number) => ({ ...item, documentId: `khac${n}`, url: `${item.url}-${n}`, title: `Tin khác ${n}` });
      for (let n = 0; n < 130; n += 1) await fanpageAdapter.deliver(job('publish', { item: other(n) }));
      const found = await fanpageAdapter.deliver(job('publish', { item: withCover, attempt: 3 }));
      expect(found.remoteId).toBe(fake.posts[0].id);
      expect(calls('POST', '/photos')).toHaveLength(1);
      expect(fake.livePosts()).toHaveLength(131);

      // A retry whose earlier attempt never reached Facebook posts, once.
      fake.reset();
      fake.failNext('timeout-unprocessed');
      const lost = job('publish');
      expect((await failureOf(fanpageAdapter.deliver(lost))).kind).toBe('ambiguous');
      const posted = await fanpageAdapter.deliver({ ...lost, attempt: 2 });
      expect(fake.livePosts()).toHaveLength(1);
      expect(posted.remoteId).toBe(fake.livePosts()[0].id);
    });

    it('maps error 190 to a dead delivery and warns the publishers at once, once per token', async () => {
      const publishers = await getService(app.strapi, 'membership').userIdsWithRole('publisher');
      expect(publishers.length).toBeGreaterThan(0);
      fake.failNext('190');
      const refused = await failureOf(fanpageAdapter.deliver(job('publish')));
      expect(refused.kind).toBe('fatal');
      expect(refused.message).toContain('190');
      expect(refused.message).toMatch(VIETNAMESE);
      expect(await warnings('fanpage-token-invalid')).toBe(publishers.length);
      const view = await as(root).get(SETTINGS);
      expect(view.body.data.token.valid).toBe(false);
      // Again with the same token: no second warning.
      fake.failNext('190');
      expect((await failureOf(fanpageAdapter.deliver(job('publish')))).kind).toBe('fatal');
      expect(await warnings('fanpage-token-invalid')).toBe(publishers.length);
      // Two at once (two processes' deliveries meeting it together): still one.
      await saveToken(newToken());
      fake.failNext('190', '190', '190');
      await Promise.all([1, 2, 3].map(() => failureOf(fanpageAdapter.deliver(job('publish')))));
      expect(await warnings('fanpage-token-invalid')).toBe(2 * publishers.length);
      const [told] = await app.strapi.db.query(NOTIFICATION).findMany({ where: { action: 'fanpage-token-invalid' }, limit: 1 });
      expect(told.title).toMatch(VIETNAMESE);
      expect(told.emailStatus).not.toBe('none');
    });
  });

  describe('token health', () => {
    it('checks /debug_token: validity and expiry, on the screen\'s button', async () => {
      await saveToken(newToken());
      const expiresAt = new Date(Date.now() + 30 * DAY);
      fake.setTokenInfo({ valid: true, expiresAt });
      const res = await as(root).post(`${SETTINGS}/check`);
      expect(res.status).toBe(200);
      expect(res.body.data.ok).toBe(true);
      expect(res.body.data.expiresAt).toBe(new Date(Math.floor(expiresAt.getTime() / 1000) * 1000).toISOString());
      const [call] = calls('GET', '/debug_token');
      expect(call.query.input_token).toBe(tokens.at(-1));
      const view = (await as(root).get(SETTINGS)).body.data;
      expect(view.token).toMatchObject({ valid: true, expiresAt: res.body.data.expiresAt });
      // The check takes no field.
      expect((await as(root).post(`${SETTINGS}/check`, { token: 'x' })).status).toBe(400);
      // The adapter's health says the same.
      await expect(fanpageAdapter.health(app.strapi)).resolves.toMatchObject({ ok: true });
    });

    it('warns the publishers 7 days before the token expires, once per token and expiry, the daily run once a day', async () => {
      const publishers = (await getService(app.strapi, 'membership').userIdsWithRole('publisher')).length;
      const fanpage = getService(app.strapi, 'fanpage');
      await saveToken(newToken());
      const now = new Date('2030-03-01T01:00:00.000Z');
      // Ten days ahead: no warning yet.
      fake.setTokenInfo({ valid: true, expiresAt: new Date(now.getTime() + 10 * DAY) });
      expect((await fanpage.dailyCheck({ now })).warned).toEqual([]);
      expect(await warnings('fanpage-token-expiring')).toBe(0);
      // The same day again: the run is done (another process, or a second firing).
      const again = await fanpage.dailyCheck({ now });
      expect(again.skipped).toBe(true);
      // Three days later the expiry is 7 days ahead: told, once.
      const day4 = new Date(now.getTime() + 3 * DAY);
      const [a, b] = await Promise.all([fanpage.dailyCheck({ now: day4 }), fanpage.dailyCheck({ now: day4 })]);
      expect([a.skipped, b.skipped].sort()).toEqual([false, true]);
      expect(await warnings('fanpage-token-expiring')).toBe(publishers);
      const [told] = await app.strapi.db.query(NOTIFICATION).findMany({ where: { action: 'fanpage-token-expiring' }, limit: 1 });
      expect(told.message).toContain('giờ Việt Nam');
      // The next days: the same token and expiry, no second warning.
      const day5 = new Date(now.getTime() + 4 * DAY);
      expect((await fanpage.dailyCheck({ now: day5 })).warned).toEqual([]);
      expect(await warnings('fanpage-token-expiring')).toBe(publishers);
      expect(await app.strapi.db.query(JOB_RUN).count({ where: { job: 'fanpage-token-check' } })).toBe(3);
      // Found invalid by the daily check: warned at once, once.
      fake.setTokenInfo({ valid: false, expiresAt: null });
      const invalidBefore = await warnings('fanpage-token-invalid');
      const day6 = new Date(now.getTime() + 5 * DAY);
      const run = await fanpage.dailyCheck({ now: day6 });
      expect(run.warned).toEqual(['invalid']);
      expect(run.health?.ok).toBe(false);
      expect(await warnings('fanpage-token-invalid')).toBe(invalidBefore + publishers);
      expect((await fanpage.dailyCheck({ now: new Date(now.getTime() + 6 * DAY) })).warned).toEqual([]);
      expect(await warnings('fanpage-token-invalid')).toBe(invalidBefore + publishers);
      fake.setTokenInfo({ valid: true, expiresAt: null });
    });

    it('clears the token on request: health then says so in Vietnamese, deliveries are dead with the reason', async () => {
      const res = await as(root).put(SETTINGS, { accessToken: null });
      expect(res.status).toBe(200);
      expect(res.body.data.token).toBeNull();
      const [{ n }] = await app.strapi.db.connection('ew_channel_secrets').count({ n: '*' });
      expect(Number(n)).toBe(0);
      const health = await fanpageAdapter.health(app.strapi);
      expect(health.ok).toBe(false);
      expect(health.message).toMatch(VIETNAMESE);
      const dead = await failureOf(fanpageAdapter.deliver(job('publish')));
      expect(dead.kind).toBe('fatal');
      expect(dead.message).toMatch(VIETNAMESE);
    });
  });

  it('never gives out or logs a token: not in any answer of this suite, not in any line of the server\'s log', () => {
    expect(tokens.length).toBeGreaterThanOrEqual(4);
    // The log did capture the requests (the check means something).
    expect(capture.lines.some((line) => line.includes('/channel-settings/fanpage'))).toBe(true);
    for (const token of [...tokens, refusedToken.slice(30), 'EAAGx7q']) {
      expect(answers.filter((text) => text.includes(token))).toEqual([]);
      expect(capture.lines.filter((line) => line.includes(token))).toEqual([]);
    }
  });
});
