// Worker: boots this app (dist/) on a fresh database, prepares accounts and items, then answers the
// runner (run.js) over IPC: full cycles, single publish transitions, a report of where time went.
const path = require('path');
const { performance } = require('perf_hooks');
const { log, runWorker, call, timed, runPool, summarize, itemMaker } = require('./lib');
const { adminLogin, createAdminUser } = require('../../tests/harness/admin-client');
const { ARTICLE, NOTIFICATION, TOPIC, UNIT } = require('../uids');

const repoDir = path.resolve(__dirname, '..', '..');
const distDir = path.join(repoDir, 'dist');
const PASSWORD = 'Newsroom@123';
const CYCLE = [
  ['submit', 'author'],
  ['forward', 'editor'],
  ['approve', 'head'],
  ['publish', 'publisher'],
];

const kind = process.env.BENCH_DB || 'sqlite';
const ITEMS = Number(process.env.BENCH_ITEMS || 300);
const PUBLISH_ITEMS = Number(process.env.BENCH_PUBLISH_ITEMS || 100);
const WARMUP = Number(process.env.BENCH_WARMUP || 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 1);
const tag = `[ours/${kind}]`;

async function prepare(strapi, base) {
  const { seedReference } = require(path.join(distDir, 'src', 'seed', 'reference'));
  const { adminRoleIdsByCode } = require(path.join(distDir, 'src', 'seed', 'admin-roles'));
  const workflow = strapi.plugin('editorial-workflow').service('workflow');
  const membership = strapi.plugin('editorial-workflow').service('membership');

  log(`  ${tag} reference data, accounts, logins…`);
  await seedReference(strapi);
  const unit = await strapi.documents(UNIT).create({ data: { code: 'XA-A', name: 'Phòng VH-XH xã A', kind: 'commune-culture' } });
  const topic = await strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' }, select: ['documentId'] });
  const unitIdOf = async (code) => (await strapi.db.query(UNIT).findOne({ where: { code }, select: ['id'] })).id;
  const roleIds = await adminRoleIdsByCode(strapi);
  const desk = {};
  for (const [role, unitCode] of [['author', 'XA-A'], ['editor', 'SGD-GDPT'], ['head', 'SGD-GDPT'], ['publisher', 'SGD-QLCL']]) {
    const email = `${role}@bench.local`;
    const user = await createAdminUser(strapi, { email, password: PASSWORD, roles: [roleIds.get(`newsroom-${role}`)], firstname: role, lastname: 'Bench' });
    await membership.add({ userId: user.id, unitId: await unitIdOf(unitCode), role });
    // A real login per role: the JWT the admin panel would send.
    desk[role] = { actor: { id: user.id, name: `${role} Bench` }, token: await adminLogin(base, email, PASSWORD) };
  }

  const newItems = itemMaker(strapi, unit, topic);

  const viaHttp = async (documentId, action, role, expectedVersion) => {
    const res = await call(base, 'POST', `/editorial-workflow/items/${documentId}/transitions`, {
      token: desk[role].token,
      body: { action, expectedVersion },
    });
    if (res.status !== 200) throw new Error(`${action} ${documentId}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data.version;
  };
  const viaService = async (documentId, action, role, expectedVersion) =>
    (await workflow.transition({ documentId, action, expectedVersion }, desk[role].actor)).version;

  /** Full cycles over `ids`; every transition's latency, by action too, and the throughput over the run. */
  const cycles = async (label, ids, step, concurrency) => {
    const all = [];
    const byAction = Object.fromEntries(CYCLE.map(([action]) => [action, []]));
    const wallMs = await runPool(label, ids.length, concurrency, async (i) => {
      let version = 1;
      for (const [action, role] of CYCLE) {
        const ms = await timed(async () => {
          version = await step(ids[i], action, role, version);
        });
        all.push(ms);
        byAction[action].push(ms);
      }
    });
    return { all: summarize(all, wallMs), byAction: Object.fromEntries(Object.entries(byAction).map(([a, s]) => [a, summarize(s)])) };
  };

  log(`  ${tag} ${2 * ITEMS + 2 * WARMUP} drafts for the cycles, ${2 * (PUBLISH_ITEMS + WARMUP)} approved items for the publish comparison…`);
  const warmIds = { http: await newItems(WARMUP), code: await newItems(WARMUP) };
  const cycleIds = { http: await newItems(ITEMS), code: await newItems(ITEMS) };
  const publishIds = { code: await newItems(PUBLISH_ITEMS + WARMUP), http: await newItems(PUBLISH_ITEMS + WARMUP) };
  for (const id of [...publishIds.code, ...publishIds.http]) {
    let version = 1;
    for (const [action, role] of CYCLE.slice(0, 3)) version = await viaService(id, action, role, version);
  }

  // Where a publish transition spends its time: wrappers around the plugin's services, around
  // strapi.documents(ARTICLE).publish (all our middlewares inside) and a Document Service
  // middleware registered last, so innermost (Strapi's own publish).
  const pieces = { loadDraft: [], standingOf: [], documentsPublish: [], corePublish: [], notifications: [] };
  let recording = false;
  const wrap = (service, method, into) => {
    const original = service[method];
    service[method] = async function (...args) {
      const start = performance.now();
      try {
        return await original.apply(this, args);
      } finally {
        if (recording) into.push(performance.now() - start);
      }
    };
  };
  wrap(strapi.plugin('editorial-workflow').service('item-content'), 'loadDraft', pieces.loadDraft);
  wrap(membership, 'standingOf', pieces.standingOf);
  wrap(strapi.plugin('editorial-workflow').service('inbox'), 'afterTransition', pieces.notifications);
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== ARTICLE || ctx.action !== 'publish' || !recording) return next();
    const start = performance.now();
    try {
      return await next();
    } finally {
      pieces.corePublish.push(performance.now() - start);
    }
  });
  const documents = strapi.documents;
  const outer = Object.assign((uid) => {
    const repository = documents(uid);
    if (uid !== ARTICLE || !recording) return repository;
    return {
      ...repository,
      async publish(params) {
        const start = performance.now();
        try {
          return await repository.publish(params);
        } finally {
          pieces.documentsPublish.push(performance.now() - start);
        }
      },
    };
  }, documents);
  Object.defineProperty(strapi, 'documents', { get: () => outer, configurable: true });
  // SQL statements knex sends (transactions included) during recorded publishes.
  let statements = 0;
  // BENCH_TRACE_SQL=true prints the statements of the first recorded publish transition.
  let traced = process.env.BENCH_TRACE_SQL !== 'true';
  strapi.db.connection.on('query', (query) => {
    if (!recording) return;
    statements += 1;
    if (!traced) log(`      sql: ${query.sql.slice(0, 300)}`);
  });
  let recordedPublishes = 0;

  return {
    async cycles() {
      log(`  ${tag} ${WARMUP} warm-up cycles over HTTP and in code…`);
      await cycles('warm-up http', warmIds.http, viaHttp, 1);
      await cycles('warm-up code', warmIds.code, viaService, 1);
      log(`  ${tag} full cycles over HTTP (${ITEMS} items, concurrency ${CONCURRENCY})…`);
      const http = await cycles('http cycles', cycleIds.http, viaHttp, CONCURRENCY);
      log(`  ${tag} full cycles in code (service)…`);
      const code = await cycles('code cycles', cycleIds.code, viaService, CONCURRENCY);
      return { http, code };
    },
    /** The publish transition of the i-th approved item, in code; `record` false for warm-up. */
    async publishCode(i, record) {
      recording = record;
      const ms = await timed(() => viaService(publishIds.code[i], 'publish', 'publisher', 4));
      recording = false;
      if (record) {
        recordedPublishes += 1;
        traced = true;
      }
      return ms;
    },
    async publishHttp(i) {
      return timed(() => viaHttp(publishIds.http[i], 'publish', 'publisher', 4));
    },
    async report() {
      const online = await strapi.db.query(ARTICLE).count({ where: { publishedAt: { $notNull: true } } });
      const expected = 2 * WARMUP + 2 * ITEMS + 2 * (PUBLISH_ITEMS + WARMUP);
      if (online !== expected) throw new Error(`expected ${expected} published rows, found ${online}`);
      // Every notification's e-mail went out (nodemailer's JSON transport): none left pending.
      await strapi.plugin('editorial-workflow').service('mail-outbox').drain();
      const sent = await strapi.db.query(NOTIFICATION).count({ where: { emailStatus: 'sent' } });
      const total = await strapi.db.query(NOTIFICATION).count();
      if (sent === 0 || sent !== total) throw new Error(`${sent} of ${total} notification e-mails sent`);
      return {
        queriesPerPublish: statements / recordedPublishes,
        pieces: Object.fromEntries(Object.entries(pieces).map(([k, s]) => [k, summarize(s)])),
      };
    },
  };
}

runWorker({ prefix: 'bench_workflow_ours', appDir: repoDir, distDir, tag, prepare });
