import type { ChildProcess } from 'child_process';
import { startStrapi, type TestApp } from './harness/strapi';
import { until, sleep } from './harness/until';
import { stopProcess } from './harness/app-process';
import { startRelayProcess } from './harness/relay-process';
import { fakeWebhook } from './harness/fake-webhook';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { CHANNEL_DELIVERY, ITEM_CHANNEL } from '../src/plugins/editorial-workflow/shared/uids';

const onPostgres = Boolean(process.env.DATABASE_URL);
const describeOnPostgres = onPostgres ? describe : describe.skip;
if (!onPostgres) {
  // eslint-disable-next-line no-console
  console.info('channels-relay-once: skipped on SQLite (one process only); run with DATABASE_URL to relay in two processes.');
}

const SECRET = 'relay-once-secret-0123456789abcdef';
const LEASE_MS = 3_000;

/**
 * The channels' relay in several app processes on one PostgreSQL database, with real cron (the relay
 * every second here) and the signed webhook pointed at a local receiver: two processes relaying the
 * same rows deliver each exactly once (the lease under FOR UPDATE SKIP LOCKED), and a process killed
 * with kill -9 in the middle of its deliveries, then started again, loses none; what it had sent
 * before dying is sent again with the same delivery id, which the receiver dedupes.
 */
describeOnPostgres('the channels relay delivers each row once across processes (PostgreSQL)', () => {
  let app: TestApp;
  const hook = fakeWebhook(SECRET);
  let url: string;
  const children: ChildProcess[] = [];
  let batch = 0;

  async function relayProcess(): Promise<ChildProcess> {
    const child = await startRelayProcess({
      leaseMs: LEASE_MS,
      env: {
        CHANNEL_WEBHOOK_URL: url,
        CHANNEL_WEBHOOK_SECRET: SECRET,
        CHANNEL_WEBHOOK_TIMEOUT_MS: '20000',
        LOG_LEVEL: 'warn',
      },
    });
    children.push(child);
    return child;
  }

  /** `items` items, `perItem` rows each (retractions: no published version needed), written as one batch. */
  async function writeRows(items: number, perItem: number): Promise<number[]> {
    batch += 1;
    const data = [];
    for (let item = 0; item < items; item += 1) {
      for (let k = 0; k < perItem; k += 1) {
        data.push({ itemDocumentId: `relay${batch}x${item}`, channel: 'webhook', action: 'retract', status: 'pending', attempts: 0 });
      }
    }
    await app.strapi.db.query(CHANNEL_DELIVERY).createMany({ data });
    const rows: Array<{ id: number }> = await app.strapi.db.query(CHANNEL_DELIVERY).findMany({ where: { itemDocumentId: { $startsWith: `relay${batch}x` } }, select: ['id'] });
    return rows.map((row) => row.id);
  }

  const statusesOf = async (ids: number[]) =>
    (await app.strapi.db.query(CHANNEL_DELIVERY).findMany({ where: { id: { $in: ids } }, select: ['id', 'status', 'attempts'] })) as Array<{ id: number; status: string; attempts: number }>;
  const allDone = (ids: number[], timeoutMs: number) =>
    until(async () => (await statusesOf(ids)).every((row) => row.status === 'done') || null, `${ids.length} rows to be done`, { timeoutMs, intervalMs: 250 });

  beforeAll(async () => {
    app = await startStrapi();
    // The suite's own app writes the rows and reads them, and relays nothing: Strapi starts the plugin's
    // cron jobs whatever server.cron.enabled says, and its relay (no webhook configured here) would
    // make the rows of a killed process dead at the next minute.
    await getService(app.strapi, 'channel-relay').drain();
    url = await hook.listen();
    await Promise.all([relayProcess(), relayProcess()]);
  }, 300_000);

  afterAll(async () => {
    await Promise.all(children.map((child) => stopProcess(child)));
    await hook.close();
    await app?.stop();
  });

  it('two processes deliver 100 rows, each exactly once, in order per item', async () => {
    hook.setDelay(20);
    const ids = await writeRows(50, 2);
    await allDone(ids, 90_000);
    const calls = hook.calls.filter((call) => ids.includes(call.deliveryId));
    expect(new Set(calls.map((call) => call.deliveryId)).size).toBe(100);
    expect(calls).toHaveLength(100);
    expect(calls.every((call) => call.signed && call.attempt === 1)).toBe(true);
    expect((await statusesOf(ids)).every((row) => row.attempts === 1)).toBe(true);
    // Per item, the older row reached the receiver first.
    const byItem = new Map<string, number[]>();
    for (const call of calls) byItem.set(call.itemDocumentId, [...(byItem.get(call.itemDocumentId) ?? []), call.deliveryId]);
    for (const sequence of byItem.values()) expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
    expect(await app.strapi.db.query(ITEM_CHANNEL).count({ where: { itemDocumentId: { $startsWith: `relay${batch}x` } } })).toBe(50);
    hook.setDelay(0);
  }, 120_000);

  it('a relay killed with kill -9 while delivering, then restarted, loses no row and the receiver keeps each once', async () => {
    // One process left, the one to be killed.
    await stopProcess(children.pop());
    const victim = children[0];
    hook.hold();
    const ids = await writeRows(20, 1);
    await until(() => hook.calls.filter((call) => ids.includes(call.deliveryId)).length >= 3 || null, 'deliveries under way', { timeoutMs: 30_000 });
    victim.kill('SIGKILL');
    await new Promise((resolve) => victim.once('exit', resolve));
    children.length = 0;
    const cut = new Set(hook.calls.filter((call) => ids.includes(call.deliveryId)).map((call) => call.deliveryId));
    hook.release();
    expect((await statusesOf(ids)).filter((row) => row.status === 'done')).toHaveLength(0);

    const restarted = await relayProcess();
    let output = '';
    restarted.stdout?.on('data', (chunk) => (output += chunk));
    restarted.stderr?.on('data', (chunk) => (output += chunk));
    try {
      await allDone(ids, 60_000);
    } catch (error) {
      const rows = await app.strapi.db.query(CHANNEL_DELIVERY).findMany({ where: { id: { $in: ids } }, select: ['id', 'status', 'attempts', 'lastError'] });
      throw new Error(`${(error as Error).message}\nrows: ${JSON.stringify(rows.slice(0, 3))}\ncalls: ${hook.calls.length}\nrestarted: ${output.slice(-3000)}`);
    }
    await sleep(LEASE_MS);
    const calls = hook.calls.filter((call) => ids.includes(call.deliveryId));
    const distinct = new Set(calls.map((call) => call.deliveryId));
    // None lost: every row done and received; none duplicated past the dedupe: only rows cut by the kill came twice.
    expect(distinct.size).toBe(20);
    const counts = new Map<number, number>();
    for (const call of calls) counts.set(call.deliveryId, (counts.get(call.deliveryId) ?? 0) + 1);
    for (const [id, count] of counts) expect({ id, count }).toEqual({ id, count: cut.has(id) ? 2 : 1 });
    // eslint-disable-next-line no-console
    console.info(`channels-relay-once: kill -9 mid-delivery: ${ids.length} rows, ${calls.length} calls, ${distinct.size} distinct, ${cut.size} sent again after the restart`);
  }, 300_000);
});
