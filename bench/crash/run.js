#!/usr/bin/env node
// npm run bench:crash — the crash drill (README "Crash drill"): two app processes on one PostgreSQL
// database, a burst of transitions, uploads and publishes (some scheduled, so the cron jobs run in
// both), `kill -9` of one process mid-way, its restart, then the integrity checks. Prints the figures.
//   DATABASE_URL=postgres://… CRASH_ITEMS=60 CRASH_CONCURRENCY=6 node bench/crash/run.js
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');
const { SMTPServer } = require('smtp-server');
const sharp = require('sharp');
const { BENCH_ENV } = require('../../tests/harness/app-env');
const { freshDatabase } = require('../../tests/harness/fresh-database');
const { freePort } = require('../../tests/harness/free-port');
const { SERVE, startReadyProcess, stopProcess } = require('../../tests/harness/app-process');
const { until, sleep } = require('../../tests/harness/until');

const repoDir = path.resolve(__dirname, '..', '..');
const pgUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const ITEMS = Number(process.env.CRASH_ITEMS || 60);
const CONCURRENCY = Number(process.env.CRASH_CONCURRENCY || 6);
/** The share of the items created after which one process is killed. */
const KILL_AT = 0.4;
const PASSWORD = 'Crash@12345';
const PEOPLE = { author: 'author', editor: 'editor', head: 'head', publisher: 'publisher' };
const log = (line) => process.stderr.write(`${line}\n`);

/** Reference data and the four people of a round, written by an in-process Strapi that then stops. */
async function prepare(env) {
  Object.assign(process.env, env);
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: repoDir, distDir: path.join(repoDir, 'dist') }).load();
  try {
    const { seedReference } = require(path.join(repoDir, 'dist', 'src', 'seed', 'reference'));
    const { adminRoleIdsByCode } = require(path.join(repoDir, 'dist', 'src', 'seed', 'admin-roles'));
    await seedReference(strapi);
    const roles = await adminRoleIdsByCode(strapi);
    const units = new Map((await strapi.db.query('api::unit.unit').findMany({ where: { code: { $in: ['SGD-VP', 'SGD-QLCL'] } } })).map((u) => [u.code, u]));
    const membership = strapi.plugin('editorial-workflow').service('membership');
    for (const role of Object.keys(PEOPLE)) {
      const user = await strapi.service('admin::user').create({
        email: `${role}@crash.local`, firstname: 'Diễn tập', lastname: role, password: PASSWORD, isActive: true, roles: [roles.get(`newsroom-${role}`)],
      });
      await membership.add({ userId: user.id, unitId: units.get(role === 'publisher' ? 'SGD-QLCL' : 'SGD-VP').id, role });
    }
    await strapi.service('admin::user').create({
      email: 'root@crash.local', firstname: 'Root', lastname: 'Crash', password: PASSWORD, isActive: true, roles: [(await strapi.service('admin::role').getSuperAdmin()).id],
    });
    return { unit: units.get('SGD-VP').documentId };
  } finally {
    await strapi.destroy();
  }
}

/** A local SMTP server keeping each message's recipient and subject. */
function mailbox() {
  const messages = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let size = 0;
      stream.on('data', (chunk) => (size += chunk.length));
      stream.on('end', () => {
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), size });
        callback();
      });
    },
  });
  return {
    messages,
    listen: () => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.server.address().port))),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** A request that failed because a process died (refused, reset, hung up), as opposed to an answer. */
class CrashFailure extends Error {}

async function call(server, method, url, { token, body, form } = {}) {
  let res;
  try {
    res = await fetch(`${server}${url}`, {
      method,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: form ?? (body ? JSON.stringify(body) : undefined),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new CrashFailure(`${method} ${url}: ${error.cause?.code || error.message}`);
  }
  const text = await res.text().catch(() => '');
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: json };
}

function runIntegrity(env) {
  const runner = `
const path = require('path');
const { createStrapi } = require('@strapi/strapi');
(async () => {
  const app = await createStrapi({ appDir: process.cwd(), distDir: path.join(process.cwd(), 'dist') }).load();
  let code = 1;
  try { code = await require(path.join(process.cwd(), 'dist', 'src', 'cli')).runCommand(app, 'check-integrity', []); } finally { await app.destroy(); }
  process.exit(code);
})().catch((error) => { console.error(error); process.exit(1); });`;
  return new Promise((resolve) => {
    execFile(process.execPath, ['-e', runner], { cwd: repoDir, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code ?? 1 : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

async function main() {
  log('Biên dịch ứng dụng…');
  await require('../../tests/harness/compile')();
  const database = await freshDatabase({ prefix: 'bench_crash', postgresUrl: pgUrl });
  const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crash-public-'));
  fs.mkdirSync(path.join(publicDir, 'uploads'));
  const smtp = mailbox();
  const children = [];
  try {
    const smtpPort = await smtp.listen();
    const env = {
      ...BENCH_ENV, ...database.env, PUBLIC_DIR: publicDir, LOG_LEVEL: 'error',
      SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort), SMTP_IGNORE_TLS: 'true',
      PUBLIC_API_RATE_LIMIT: '0', STRAPI_DISABLE_CRON: 'false', CRON_ENABLED: 'true',
    };
    log(`Cơ sở dữ liệu ${database.label}; chuẩn bị dữ liệu tham chiếu và 4 người của một vòng…`);
    const { unit } = await prepare(env);

    const ports = [await freePort(), await freePort()];
    const start = (port) => startReadyProcess(SERVE, [], { env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) }, timeoutMs: 150_000, label: `Strapi :${port}` });
    children.push(...(await Promise.all(ports.map(start))));
    const servers = ports.map((port) => `http://127.0.0.1:${port}`);
    log(`Hai tiến trình: ${servers.join(', ')}`);

    const login = async (email) => (await call(servers[0], 'POST', '/admin/login', { body: { email, password: PASSWORD } })).body.data.token;
    const tokens = {};
    for (const role of Object.keys(PEOPLE)) tokens[role] = await login(`${role}@crash.local`);
    tokens.root = await login('root@crash.local');

    const figures = { operations: 0, succeeded: 0, failedByCrash: 0, conflicts: 0, probes: 0, otherErrors: 0, created: 0, uploads: 0, published: 0, scheduled: 0 };
    const errorKinds = new Map();
    let turn = 0;
    let killed = false;
    let restarted = null;
    const pick = () => servers[turn++ % servers.length];

    /** One operation on the next server in turn; a crash failure is counted and retried once on the other server. */
    const op = async (fn, { probe = false } = {}) => {
      figures.operations += 1;
      if (!killed && figures.created >= ITEMS * KILL_AT) {
        killed = true;
        const victim = children[1];
        log(`kill -9 tiến trình ${servers[1]} (pid ${victim.pid}) sau ${figures.operations} yêu cầu, ${figures.created}/${ITEMS} tin bài`);
        victim.kill('SIGKILL');
        restarted = (async () => {
          await sleep(3000);
          children[1] = await start(ports[1]);
          log(`Đã khởi động lại ${servers[1]}`);
        })();
      }
      const server = pick();
      try {
        const res = await fn(server).catch((error) => {
          if (!(error instanceof CrashFailure)) throw error;
          // What a load balancer does with a refused or cut connection: count it, try the other process once.
          figures.failedByCrash += 1;
          figures.operations += 1;
          return fn(servers.find((other) => other !== server));
        });
        if (res.status < 300) figures.succeeded += 1;
        else if (res.status === 409) figures.conflicts += 1;
        else if (probe && res.status === 404) figures.probes += 1;
        else {
          figures.otherErrors += 1;
          const key = `${res.status} ${JSON.stringify(res.body?.error?.message ?? res.body).slice(0, 120)}`;
          errorKinds.set(key, (errorKinds.get(key) ?? 0) + 1);
        }
        return res;
      } catch (error) {
        if (!(error instanceof CrashFailure)) throw error;
        figures.failedByCrash += 1;
        return null;
      }
    };

    /** The item as the person who acts next sees it: each role's scope is its own, so ask each in turn. */
    const item = async (documentId) => {
      for (const role of ['author', 'editor', 'head', 'publisher']) {
        const res = await op((server) => call(server, 'GET', `/editorial-workflow/items/${documentId}`, { token: tokens[role] }), { probe: true });
        if (res?.status === 200 && res.body.data.allowedActions?.length) return res;
        if (res?.status === 200 && ['published'].includes(res.body.data.state)) return res;
      }
      return null;
    };
    const photo = async (i) =>
      sharp({ create: { width: 640, height: 480, channels: 3, background: { r: (i * 37) % 255, g: (i * 91) % 255, b: (i * 13) % 255 } } }).jpeg().toBuffer();

    /** Moves one item from whatever state it is in to published (now, or at the next minute for a third of them). */
    const pipeline = async (i) => {
      let documentId = null;
      for (let attempt = 0; attempt < 3 && !documentId; attempt += 1) {
        const res = await op((server) => call(server, 'POST', '/content-manager/collection-types/api::article.article', {
          token: tokens.author, body: { title: `Tin diễn tập sự cố số ${i}`, kind: 'news', unit: { connect: [{ documentId: unit }], disconnect: [] } },
        }));
        if (res?.status === 201) documentId = res.body.data.documentId;
      }
      if (!documentId) return;
      figures.created += 1;
      if (i % 3 === 0) {
        const form = new FormData();
        form.append('files', new Blob([await photo(i)], { type: 'image/jpeg' }), `anh-${i}.jpg`);
        const res = await op((server) => call(server, 'POST', '/upload', { token: tokens.root, form }));
        if (res?.status === 201) figures.uploads += 1;
      }
      const next = { draft: ['author', 'submit'], in_review: ['editor', 'forward'], awaiting_approval: ['head', 'approve'], approved: ['publisher', 'publish'] };
      for (let guard = 0; guard < 20; guard += 1) {
        const view = await item(documentId);
        if (!view || view.status !== 200) continue;
        const { state, version } = view.body.data;
        if (state === 'published') return;
        if (state === 'approved' && view.body.data.scheduledAt) return;
        const [role, action] = next[state] ?? [];
        if (!role) return;
        const body = { action, expectedVersion: version };
        if (action === 'publish' && i % 3 === 1) {
          const minute = Math.ceil((Date.now() + 15_000) / 60_000) * 60_000;
          body.publishAt = new Date(minute).toISOString();
        }
        const res = await op((server) => call(server, 'POST', `/editorial-workflow/items/${documentId}/transitions`, { token: tokens[role], body }));
        if (res?.status === 200 && action === 'publish') {
          if (body.publishAt) figures.scheduled += 1;
          else figures.published += 1;
        }
      }
    };

    const started = Date.now();
    let nextItem = 0;
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (nextItem < ITEMS) await pipeline(nextItem++);
    }));
    const burstSeconds = (Date.now() - started) / 1000;
    await restarted;
    log(`Loạt thao tác xong trong ${burstSeconds.toFixed(1)} s; chờ các bài hẹn giờ và thư còn chờ (tối đa 4 phút)…`);

    // The scheduled items (cron, whichever process is up) and the e-mail the killed process had
    // not sent (the retry job takes first attempts lost by a crash after a minute).
    const { Client } = require('pg');
    const db = new Client({ connectionString: database.env.DATABASE_URL });
    await db.connect();
    const q = async (sql) => (await db.query(sql)).rows[0];
    await until(async () => Number((await q(`SELECT count(*) AS n FROM ew_item_states WHERE state = 'approved' AND scheduled_at IS NOT NULL`)).n) === 0, 'scheduled items', { timeoutMs: 240_000, intervalMs: 1000 });
    await until(async () => Number((await q(`SELECT count(*) AS n FROM ew_notifications WHERE email_status = 'pending'`)).n) === 0, 'pending e-mail', { timeoutMs: 240_000, intervalMs: 1000 }).catch(() => undefined);
    await sleep(3000);
    const mail = await q(`SELECT count(*) FILTER (WHERE email_status = 'sent') AS sent, count(*) FILTER (WHERE email_status = 'pending') AS pending,
      count(*) FILTER (WHERE email_status = 'failed') AS failed FROM ew_notifications`);
    const states = await q(`SELECT count(*) FILTER (WHERE state = 'published') AS published, count(*) AS items FROM ew_item_states`);
    const history = await q(`SELECT count(*) AS n FROM ew_transitions`);
    await db.end();

    log('Kiểm tra toàn vẹn (npm run check:integrity)…');
    const integrity = await runIntegrity({ ...env, STRAPI_DISABLE_CRON: 'true' });
    const violations = Number((/(\d+) vi phạm \(mã thoát 1\)/.exec(integrity.stdout) ?? [0, 0])[1]);
    const results = {
      database: 'PostgreSQL',
      processes: 2,
      items: ITEMS,
      concurrency: CONCURRENCY,
      burstSeconds,
      requests: figures.operations,
      succeeded: figures.succeeded,
      readsOutsideRoleScope404: figures.probes,
      failedByCrash: figures.failedByCrash,
      conflicts409: figures.conflicts,
      otherErrors: figures.otherErrors,
      itemsCreated: figures.created,
      uploads: figures.uploads,
      publishedNow: figures.published,
      scheduled: figures.scheduled,
      itemsPublishedInDb: Number(states.published),
      historyRows: Number(history.n),
      emailsSentInDb: Number(mail.sent),
      emailsReceivedBySmtp: smtp.messages.length,
      emailsSentTwice: Math.max(0, smtp.messages.length - Number(mail.sent)),
      emailsLost: Number(mail.pending) + Number(mail.failed),
      integrityExitCode: integrity.code,
      violations,
    };
    if (errorKinds.size > 0) log(`Các lỗi khác: ${JSON.stringify([...errorKinds].slice(0, 10))}`);
    process.stdout.write(`${integrity.stdout}\n`);
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return integrity.code === 0 && results.emailsLost === 0 && results.emailsSentTwice === 0 ? 0 : 1;
  } finally {
    await Promise.all(children.map((child) => stopProcess(child)));
    await smtp.close();
    await database.drop();
    fs.rmSync(publicDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
