import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient } from './harness/admin-client';
import { contentManager, createDraft } from './harness/http';
import { roundFixture, type RoundFixture } from './harness/round-fixture';
import { act, publishThroughWorkflow } from './harness/workflow';
import { until } from './harness/until';
import { fakeWebhook } from './harness/fake-webhook';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { verifyWebhookSignature, webhookSignature } from '../src/plugins/editorial-workflow/server/src/channels/adapters/webhook-signature';
import { ARTICLE, CHANNEL_DELIVERY, ITEM_CHANNEL, ITEM_STATE } from '../src/plugins/editorial-workflow/shared/uids';

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const SECRET = 'webhook-secret-of-the-test-0123456789';
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

type Row = { id: number; itemDocumentId: string; channel: string; action: string; status: string; attempts: number; lastError: string | null; actorId: number | null; correctionId: number | null; remoteId: string | null };

/**
 * The channels' outbox over HTTP as real logins, with the signed webhook pointed at a local receiver
 * (tests/harness/fake-webhook.ts): the rows a publish, an unpublish and a correction write in their
 * transaction, the relay delivering them (signed, in order, retried with backoff, dead after the
 * last attempt), and the page "Kênh đăng tải" for the publisher only. Nothing of it in /api.
 */
describe('the channels outbox and its relay', () => {
  let app: TestApp;
  let round: RoundFixture;
  let publisherId: number;
  const hook = fakeWebhook(SECRET);
  let n = 0;

  const rowsOf = async (documentId: string): Promise<Row[]> => app.strapi.db.query(CHANNEL_DELIVERY).findMany({ where: { itemDocumentId: documentId }, orderBy: [{ id: 'asc' }] });
  const rowById = async (id: number): Promise<Row> => app.strapi.db.query(CHANNEL_DELIVERY).findOne({ where: { id } });
  const settled = (id: number, status = 'done') => until(async () => (await rowById(id)).status === status, `delivery ${id} to be ${status}`, { timeoutMs: 15_000 });
  const page = (token: string) => adminClient(app.server, token);

  async function draft(title = `Tin kênh ${(n += 1)}`) {
    return (await createDraft(app, round.desk.author, { title, unit: round.xaA.documentId, topic: round.topic, body: paragraph(`Nội dung ${title}.`), summary: `Tóm tắt ${title}` })).documentId;
  }

  async function published(title?: string) {
    const documentId = await draft(title);
    await publishThroughWorkflow(app, round.desk, documentId);
    return documentId;
  }

  beforeAll(async () => {
    app = await startStrapi();
    round = await roundFixture(app);
    publisherId = (await app.strapi.db.query('admin::user').findOne({ where: { email: 'publisher@test.local' }, select: ['id'] })).id;
    Object.assign(process.env, {
      CHANNEL_WEBHOOK_URL: await hook.listen(),
      CHANNEL_WEBHOOK_SECRET: SECRET,
      CHANNEL_WEBHOOK_TIMEOUT_MS: '400',
      CHANNEL_RETRY_BASE_MS: '60',
      CHANNEL_RETRY_MAX_MS: '150',
      CHANNEL_MAX_ATTEMPTS: '3',
    });
  });

  afterAll(async () => {
    for (const name of ['CHANNEL_WEBHOOK_URL', 'CHANNEL_WEBHOOK_SECRET', 'CHANNEL_WEBHOOK_TIMEOUT_MS', 'CHANNEL_RETRY_BASE_MS', 'CHANNEL_RETRY_MAX_MS', 'CHANNEL_MAX_ATTEMPTS']) delete process.env[name];
    await app?.stop();
    await hook.close();
  });

  beforeEach(() => hook.reset());

  it('a publish writes one webhook row in its transaction; the relay delivers it signed and records where the item went', async () => {
    const documentId = await published('Khai giảng năm học mới tại xã A');
    const rows = await rowsOf(documentId);
    // Only the webhook: the other channels select no item here (not chosen, or their adapter not set up).
    expect(rows.map((row) => [row.channel, row.action])).toEqual([['webhook', 'publish']]);
    expect(rows[0].actorId).toBe(publisherId);
    await settled(rows[0].id);
    const calls = hook.calls.filter((call) => call.deliveryId === rows[0].id);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ action: 'publish', attempt: 1, signed: true, itemDocumentId: documentId });
    const slug = (await app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['slug'] })).slug;
    expect(calls[0].item).toMatchObject({ title: 'Khai giảng năm học mới tại xã A', text: 'Nội dung Khai giảng năm học mới tại xã A.' });
    expect(calls[0].item?.url).toMatch(new RegExp(`/${slug}$`));
    const record = await app.strapi.db.query(ITEM_CHANNEL).findOne({ where: { itemChannelKey: `${documentId}:webhook` } });
    expect(record).toMatchObject({ channel: 'webhook', lastAction: 'publish', remoteId: `hook-${rows[0].id}`, actorId: publisherId });
    expect(record.deliveredAt).toBeTruthy();
    expect((await rowById(rows[0].id)).attempts).toBe(1);
  });

  it('a publish that fails writes no row', async () => {
    const documentId = await draft();
    await act(app, round.desk.author, documentId, 'submit');
    await act(app, round.desk.editor, documentId, 'forward');
    await act(app, round.desk.head, documentId, 'approve');
    // A failure after the rows were written, in the same transaction (the notices of the publish).
    const inbox = getService(app.strapi, 'inbox');
    const original = inbox.afterTransition;
    inbox.afterTransition = async () => {
      throw new Error('the notices failed');
    };
    try {
      const state = await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } });
      const res = await page(round.desk.publisher).post(`/editorial-workflow/items/${documentId}/transitions`, { action: 'publish', expectedVersion: state.version });
      expect(res.status).toBeGreaterThanOrEqual(400);
    } finally {
      inbox.afterTransition = original;
    }
    expect(await rowsOf(documentId)).toEqual([]);
    expect((await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } })).state).toBe('approved');
  });

  it('retries a 500 and a timeout after sending with growing delays, then delivers once the receiver answers', async () => {
    hook.failNext(500, 'hang');
    const documentId = await published();
    const [row] = await rowsOf(documentId);
    await settled(row.id);
    const calls = hook.calls.filter((call) => call.deliveryId === row.id);
    expect(calls.map((call) => [call.attempt, call.answer])).toEqual([[1, 500], [2, 'hang'], [3, 200]]);
    // Backoff: ≥ 60 ms after the first failure; the second waited the timeout (400 ms), then ≥ 120 ms capped at 150.
    expect(calls[1].at - calls[0].at).toBeGreaterThanOrEqual(55);
    expect(calls[2].at - calls[1].at).toBeGreaterThanOrEqual(400 + 115);
    expect(calls.every((call) => call.signed)).toBe(true);
    const done = await rowById(row.id);
    expect(done).toMatchObject({ status: 'done', attempts: 3, lastError: null });
  });

  it('makes a row dead after the last attempt, and a 4xx at once, with the error in Vietnamese', async () => {
    hook.failAll(500);
    const documentId = await published();
    const [row] = await rowsOf(documentId);
    await settled(row.id, 'dead');
    const dead = await rowById(row.id);
    expect(dead.attempts).toBe(3);
    expect(dead.lastError).toMatch(VIETNAMESE);
    expect(dead.lastError).toContain('HTTP 500');
    expect(hook.calls.filter((call) => call.deliveryId === row.id)).toHaveLength(3);

    hook.failAll(422);
    const refused = (await rowsOf(await published()))[0];
    await settled(refused.id, 'dead');
    expect(await rowById(refused.id)).toMatchObject({ attempts: 1 });
    expect((await rowById(refused.id)).lastError).toContain('HTTP 422');
    hook.failAll(null);
  });

  it('an unpublish writes a retract row, delivered after its publish, never before', async () => {
    // The publish held at the receiver longer than a test's timeout would allow: it stays under way.
    process.env.CHANNEL_WEBHOOK_TIMEOUT_MS = '10000';
    hook.hold();
    const documentId = await published();
    const [publish] = await rowsOf(documentId);
    await until(() => hook.calls.some((call) => call.deliveryId === publish.id) || null, 'the publish to reach the receiver');
    await act(app, round.desk.publisher, documentId, 'unpublish', { comment: 'Gỡ để thử thứ tự gửi.' });
    const rows = await rowsOf(documentId);
    expect(rows.map((row) => row.action)).toEqual(['publish', 'retract']);
    // The publish is still under way: the retraction waits for it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hook.calls.filter((call) => call.itemDocumentId === documentId).map((call) => call.action)).toEqual(['publish']);
    hook.release();
    await settled(rows[1].id);
    const calls = hook.calls.filter((call) => call.itemDocumentId === documentId);
    expect(calls.map((call) => call.action)).toEqual(['publish', 'retract']);
    expect(calls[1].item).toBeNull();
    const record = await app.strapi.db.query(ITEM_CHANNEL).findOne({ where: { itemChannelKey: `${documentId}:webhook` } });
    expect(record).toMatchObject({ lastAction: 'retract', remoteId: `hook-${rows[1].id}` });
    expect(rows[1].actorId).toBe(publisherId);
    expect((await rowById(publish.id)).attempts).toBe(1);
    process.env.CHANNEL_WEBHOOK_TIMEOUT_MS = '400';
  });

  it('a correction writes a correct row (not a second publish) carrying the public note', async () => {
    const documentId = await published();
    const [publish] = await rowsOf(documentId);
    await settled(publish.id);
    const NOTE = 'Đính chính: số trường đạt chuẩn là 102, không phải 120.';
    await act(app, round.desk.publisher, documentId, 'correct', { comment: NOTE });
    await contentManager(app, round.desk.author).update(ARTICLE, documentId, { summary: 'Đã sửa số liệu.' });
    await publishThroughWorkflow(app, round.desk, documentId);
    const rows = await rowsOf(documentId);
    expect(rows.map((row) => row.action)).toEqual(['publish', 'correct']);
    expect(rows[1].correctionId).toEqual(expect.any(Number));
    await settled(rows[1].id);
    const call = hook.calls.find((entry) => entry.deliveryId === rows[1].id);
    expect(call).toMatchObject({ action: 'correct', signed: true });
    expect(call?.item?.correctionNote).toBe(NOTE);
    expect((await app.strapi.db.query(ITEM_CHANNEL).findOne({ where: { itemChannelKey: `${documentId}:webhook` } })).lastAction).toBe('correct');
  });

  it('the page shows each channel with its counts and health, lists rows, and the publisher retries a dead row and cancels a pending one', async () => {
    const overview = await page(round.desk.publisher).get('/editorial-workflow/channels');
    expect(overview.status).toBe(200);
    expect(overview.body.data.map((entry: { channel: string }) => entry.channel)).toEqual(['fanpage', 'portal', 'press', 'webhook']);
    const webhook = overview.body.data.find((entry: { channel: string }) => entry.channel === 'webhook');
    expect(webhook).toMatchObject({ label: expect.stringMatching(VIETNAMESE), health: { ok: true, message: null }, counts: { pending: expect.any(Number), done: expect.any(Number), dead: 2, cancelled: expect.any(Number) } });
    expect(webhook.counts.done).toBeGreaterThanOrEqual(5);

    const dead = await page(round.desk.publisher).get('/editorial-workflow/channels/deliveries?status=dead&channel=webhook');
    expect(dead.status).toBe(200);
    expect(dead.body.meta.pagination).toMatchObject({ page: 1, total: 2 });
    const first = dead.body.data[1];
    expect(first).toEqual({
      id: expect.any(Number),
      channel: 'webhook',
      action: 'publish',
      status: 'dead',
      itemDocumentId: expect.any(String),
      itemTitle: expect.stringMatching(/^Tin kênh/),
      attempts: 3,
      nextAttemptAt: null,
      lastError: expect.stringMatching(VIETNAMESE),
      remoteUrl: null,
      createdAt: expect.any(String),
      doneAt: null,
    });

    const retried = await page(round.desk.publisher).post(`/editorial-workflow/channels/deliveries/${first.id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body.data).toMatchObject({ id: first.id, status: 'pending', attempts: 0, lastError: null });
    await settled(first.id);
    expect(hook.calls.filter((call) => call.deliveryId === first.id).map((call) => call.attempt)).toEqual([1]);

    // A row waiting far in the future, cancelled; then neither retried nor cancelled again.
    const waiting = await app.strapi.db.query(CHANNEL_DELIVERY).create({ data: { itemDocumentId: first.itemDocumentId, channel: 'webhook', action: 'correct', status: 'pending', attempts: 1, nextAttemptAt: new Date(Date.now() + 3_600_000) } });
    const cancelled = await page(round.desk.publisher).post(`/editorial-workflow/channels/deliveries/${waiting.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data.status).toBe('cancelled');
    for (const [path, status] of [
      [`${waiting.id}/cancel`, 409],
      [`${waiting.id}/retry`, 409],
      [`${first.id}/retry`, 409],
      ['999999/retry', 404],
      ['abc/cancel', 404],
    ] as Array<[string, number]>) {
      const res = await page(round.desk.publisher).post(`/editorial-workflow/channels/deliveries/${path}`);
      expect({ path, status: res.status }).toEqual({ path, status });
      expect(res.body.error.message).toMatch(VIETNAMESE);
    }
    expect((await rowById(waiting.id)).status).toBe('cancelled');
  });

  it('refuses bad input in Vietnamese and everyone but the publisher', async () => {
    for (const query of ['status=cancelled', 'status=x', 'channel=zalo', 'page=0', 'pageSize=1000', 'foo=1', 'status[]=dead']) {
      const res = await page(round.desk.publisher).get(`/editorial-workflow/channels/deliveries?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.error.message).toMatch(VIETNAMESE);
    }
    expect((await page(round.desk.publisher).get('/editorial-workflow/channels?x=1')).status).toBe(400);
    const [row] = await app.strapi.db.query(CHANNEL_DELIVERY).findMany({ where: { status: 'dead' }, limit: 1 });
    expect((await page(round.desk.publisher).post(`/editorial-workflow/channels/deliveries/${row.id}/retry`, { force: true })).status).toBe(400);
    for (const token of [round.desk.author, round.desk.editor, round.desk.head]) {
      expect((await page(token).get('/editorial-workflow/channels')).status).toBe(403);
      expect((await page(token).get('/editorial-workflow/channels/deliveries')).status).toBe(403);
      expect((await page(token).post(`/editorial-workflow/channels/deliveries/${row.id}/retry`)).status).toBe(403);
      expect((await page(token).post(`/editorial-workflow/channels/deliveries/${row.id}/cancel`)).status).toBe(403);
    }
    expect((await rowById(row.id)).status).toBe('dead');
    expect((await request(app.server).get('/editorial-workflow/channels')).status).toBe(401);
  });

  it('the signature verifies with the secret only, and not once stale', () => {
    const body = JSON.stringify({ action: 'publish', deliveryId: 1 });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = webhookSignature(SECRET, timestamp, body);
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(SECRET, { timestamp, signature }, body)).toBe(true);
    expect(verifyWebhookSignature('another-secret', { timestamp, signature }, body)).toBe(false);
    expect(verifyWebhookSignature(SECRET, { timestamp, signature }, `${body} `)).toBe(false);
    expect(verifyWebhookSignature(SECRET, { timestamp, signature }, body, { nowMs: Date.now() + 3_600_000 })).toBe(false);
    expect(verifyWebhookSignature(SECRET, { timestamp: undefined, signature }, body)).toBe(false);
  });

  it('without an address the webhook is off: its health says so in Vietnamese and a publish writes no row', async () => {
    const url = process.env.CHANNEL_WEBHOOK_URL;
    delete process.env.CHANNEL_WEBHOOK_URL;
    try {
      const overview = await page(round.desk.publisher).get('/editorial-workflow/channels');
      const webhook = overview.body.data.find((entry: { channel: string }) => entry.channel === 'webhook');
      expect(webhook.health.ok).toBe(false);
      expect(webhook.health.message).toMatch(VIETNAMESE);
      const documentId = await published();
      expect(await rowsOf(documentId)).toEqual([]);
    } finally {
      process.env.CHANNEL_WEBHOOK_URL = url;
    }
  });

  it('keeps the outbox out of the public API', async () => {
    const records = await app.strapi.db.query(ITEM_CHANNEL).findMany({ where: { lastAction: 'publish' }, limit: 1 });
    const slug = (await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: records[0].itemDocumentId, publishedAt: { $notNull: true } }, select: ['slug'] })).slug;
    const item = await request(app.server).get(`/api/articles/by-slug/${slug}`);
    expect(item.status).toBe(200);
    expect(JSON.stringify(item.body)).not.toMatch(/deliveryId|lastError|itemChannelKey|nextAttemptAt|hook-\d+|webhook/);
    for (const path of ['/api/channel-deliveries', '/api/item-channels', '/api/editorial-workflow/channels']) {
      expect([403, 404]).toContain((await request(app.server).get(path)).status);
    }
    const feed = await request(app.server).get('/api/feed.rss');
    expect(feed.text).not.toMatch(/hook-\d+|lastError/);
  });
});
