#!/usr/bin/env node
// npm run bench:channels — see README.md in this folder.
const crypto = require('crypto');
const http = require('http');
const path = require('path');
const { log, timed, summarize, itemMaker } = require('../workflow/lib');
const { BENCH_ENV } = require('../../tests/harness/app-env');
const { freshDatabase } = require('../../tests/harness/fresh-database');
const { ARTICLE, TOPIC, UNIT } = require('../uids');

const repoDir = path.resolve(__dirname, '..', '..');
const distDir = path.join(repoDir, 'dist');
const kind = process.env.BENCH_DB || 'sqlite';
const pgUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const PUBLISHES = Number(process.env.BENCH_PUBLISHES || 100);
const WARMUP = Number(process.env.BENCH_WARMUP || 10);
const ROWS = Number(process.env.BENCH_ROWS || 2000);
const ITEMS_FOR_ROWS = Number(process.env.BENCH_ROW_ITEMS || 200);
const SECRET = crypto.randomBytes(24).toString('hex');
const CHANNEL_DELIVERY = 'plugin::editorial-workflow.channel-delivery';

/** The receiver: checks each signature (HMAC-SHA256 over `${timestamp}.${body}`), counts distinct delivery ids, answers 200. */
function receiver() {
  const seen = new Set();
  let calls = 0;
  let badSignatures = 0;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const expected = crypto.createHmac('sha256', SECRET).update(`${req.headers['x-timestamp']}.${body}`).digest('hex');
      if (expected !== req.headers['x-signature']) badSignatures += 1;
      calls += 1;
      seen.add(JSON.parse(body).deliveryId);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
  });
  return {
    stats: () => ({ calls, distinct: seen.size, badSignatures }),
    listen: () => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}/hook`))),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const f = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

async function main() {
  if (process.env.BENCH_SKIP_COMPILE !== 'true') {
    log('compiling the app (dist/)…');
    process.chdir(repoDir);
    await require('@strapi/strapi').compileStrapi();
  }
  const hook = receiver();
  const url = await hook.listen();
  const db = await freshDatabase({ prefix: 'bench_channels', postgresUrl: kind === 'postgres' ? pgUrl : '', sqliteDir: process.env.BENCH_WORK_DIR || '/tmp/bench-channels' });
  Object.assign(process.env, BENCH_ENV, db.env, { CHANNEL_WEBHOOK_SECRET: SECRET, CHANNEL_RETRY_BASE_MS: '100', CHANNEL_RETRY_MAX_MS: '1000' });
  log(`== ${kind}: booting the app ==`);
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: repoDir, distDir }).load();
  try {
    const { seedReference } = require(path.join(distDir, 'src', 'seed', 'reference'));
    const { adminRoleIdsByCode } = require(path.join(distDir, 'src', 'seed', 'admin-roles'));
    const { createAdminUser } = require('../../tests/harness/admin-client');
    const plugin = strapi.plugin('editorial-workflow');
    await seedReference(strapi);
    const unit = await strapi.documents(UNIT).create({ data: { code: 'XA-A', name: 'Phòng VH-XH xã A', kind: 'commune-culture' } });
    const topic = await strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' }, select: ['documentId'] });
    const roleIds = await adminRoleIdsByCode(strapi);
    const desk = {};
    for (const [role, unitCode] of [['author', 'XA-A'], ['editor', 'SGD-GDPT'], ['head', 'SGD-GDPT'], ['publisher', 'SGD-QLCL']]) {
      const user = await createAdminUser(strapi, { email: `${role}@bench.local`, password: 'Newsroom@123', roles: [roleIds.get(`newsroom-${role}`)], firstname: role, lastname: 'Bench' });
      const unitId = (await strapi.db.query(UNIT).findOne({ where: { code: unitCode }, select: ['id'] })).id;
      await plugin.service('membership').add({ userId: user.id, unitId, role });
      desk[role] = { id: user.id, name: `${role} Bench` };
    }
    const step = (documentId, action, role, expectedVersion) => plugin.service('workflow').transition({ documentId, action, expectedVersion }, desk[role]);
    const total = 2 * (PUBLISHES + WARMUP);
    log(`  ${total} approved items…`);
    const ids = await itemMaker(strapi, unit, topic)(total);
    for (const id of ids) {
      let version = 1;
      for (const [action, role] of [['submit', 'author'], ['forward', 'editor'], ['approve', 'head']]) version = (await step(id, action, role, version)).version;
    }
    const relay = plugin.service('channel-relay');
    // The webhook on or off per publish: its `selects`, not its address, so a delivery of an earlier
    // publish still finds the receiver while the next publish is timed without a channel.
    const { webhookAdapter } = require(path.join(distDir, 'src/plugins/editorial-workflow/server/src/channels/adapters/webhook.js'));
    const selects = webhookAdapter.selects;
    let channelOn = true;
    webhookAdapter.selects = (choice) => channelOn && selects(choice);
    process.env.CHANNEL_WEBHOOK_URL = url;

    // 1. The added publish latency: publishes with the webhook on and off in turn (ABBA), each
    //    timed to its commit; the relay's delivery runs after the commit, as in production.
    log(`  ${PUBLISHES} publishes with a channel, ${PUBLISHES} without (after ${WARMUP} of each as warm-up)…`);
    const samples = { with: [], without: [] };
    for (let i = 0; i < PUBLISHES + WARMUP; i += 1) {
      const order = i % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
      for (const side of order) {
        channelOn = side === 'with';
        const documentId = ids[2 * i + (side === 'with' ? 0 : 1)];
        const ms = await timed(() => step(documentId, 'publish', 'publisher', 4));
        if (i >= WARMUP) samples[side].push(ms);
      }
    }
    channelOn = true;
    await relay.run();
    const withChannel = summarize(samples.with);
    const without = summarize(samples.without);
    const written = await strapi.db.query(CHANNEL_DELIVERY).count();
    if (written !== PUBLISHES + WARMUP) throw new Error(`expected ${PUBLISHES + WARMUP} outbox rows, found ${written}`);

    // 2. Deliveries per second: ROWS rows (corrections of ITEMS_FOR_ROWS published items, so rows
    //    of one item wait for each other as they must), drained by the relay of this process.
    const published = ids.filter((_, i) => i % 2 === 0).slice(0, ITEMS_FOR_ROWS);
    log(`  ${ROWS} outbox rows over ${published.length} items, delivered through the relay…`);
    const data = Array.from({ length: ROWS }, (_, i) => ({ itemDocumentId: published[i % published.length], channel: 'webhook', action: 'correct', status: 'pending', attempts: 0 }));
    for (let i = 0; i < data.length; i += 500) await strapi.db.query(CHANNEL_DELIVERY).createMany({ data: data.slice(i, i + 500) });
    const before = hook.stats().calls;
    const ms = await timed(() => relay.run());
    const done = await strapi.db.query(CHANNEL_DELIVERY).count({ where: { status: 'done' } });
    const stats = hook.stats();
    if (done !== PUBLISHES + WARMUP + ROWS) throw new Error(`expected ${PUBLISHES + WARMUP + ROWS} rows done, found ${done}`);
    if (stats.badSignatures > 0) throw new Error(`${stats.badSignatures} calls with a bad signature`);

    const ratio = withChannel.p50 / without.p50;
    console.log(`\nbench:channels on ${kind} (${new Date().toISOString()})`);
    console.log(`  publish, no channel      p50 ${f(without.p50)} ms  p95 ${f(without.p95)} ms  mean ${f(without.mean)} ms  (${without.count})`);
    console.log(`  publish, with webhook    p50 ${f(withChannel.p50)} ms  p95 ${f(withChannel.p95)} ms  mean ${f(withChannel.mean)} ms  (${withChannel.count})`);
    console.log(`  added publish latency    p50 +${f(withChannel.p50 - without.p50)} ms, ratio ${f(ratio, 2)}×`);
    console.log(`  relay                    ${ROWS} rows in ${f(ms / 1000, 2)} s: ${f((ROWS * 1000) / ms)} deliveries/s (${stats.calls - before} calls, ${stats.distinct} distinct ids in all, 0 bad signatures)`);
  } finally {
    await strapi.destroy();
    await db.drop();
    await hook.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
