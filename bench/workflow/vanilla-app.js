// Worker: a throw-away vanilla Strapi project (the same article/unit/topic schemas, none of our
// plugins, document rules or middlewares), on a fresh database of the same kind, with items of the
// same content as ours.js. It answers the runner (run.js) over IPC with single publishes. The
// production app carries no bench-only bypass.
const fs = require('fs');
const path = require('path');
const { log, runWorker, call, timed, itemMaker } = require('./lib');
const writeVanillaProject = require('../public-api/vanilla');
const { superAdminToken } = require('../../tests/harness/admin-client');
const { ARTICLE, TOPIC, UNIT } = require('../uids');

const repoDir = path.resolve(__dirname, '..', '..');
const CM = '/content-manager/collection-types';

const kind = process.env.BENCH_DB || 'sqlite';
const PUBLISH_ITEMS = Number(process.env.BENCH_PUBLISH_ITEMS || 100);
const WARMUP = Number(process.env.BENCH_WARMUP || 20);
const workDir = process.env.BENCH_WORK_DIR || '/tmp/bench-workflow';
const tag = `[vanilla/${kind}]`;

// The public-api bench's vanilla project, with a database config that also takes DATABASE_URL
// (the pool of config/database.ts), our log level setting and no bootstrap of its own.
const DATABASE_JS = `module.exports = ({ env }) => env('DATABASE_URL', '')
  ? { connection: { client: 'postgres', connection: { connectionString: env('DATABASE_URL') }, pool: { min: 2, max: 10 } } }
  : { connection: { client: 'sqlite', connection: { filename: env('DATABASE_FILENAME') }, useNullAsDefault: true } };
`;

function writeProject() {
  const dir = path.join(workDir, `vanilla-${kind}`);
  writeVanillaProject({ repoDir, dir });
  fs.writeFileSync(path.join(dir, 'config', 'database.js'), DATABASE_JS);
  fs.writeFileSync(path.join(dir, 'config', 'logger.js'), "module.exports = ({ env }) => ({ level: env('LOG_LEVEL', 'http') });\n");
  fs.writeFileSync(path.join(dir, 'src', 'index.js'), 'module.exports = { register() {}, bootstrap() {} };\n');
  return dir;
}

async function prepare(strapi, base) {
  log(`  ${tag} unit, topic, super admin, login, ${2 * (PUBLISH_ITEMS + WARMUP)} drafts…`);
  const department = await strapi.documents(UNIT).create({ data: { code: 'SGD-GDPT', name: 'Phòng GDPT', kind: 'department' } });
  const unit = await strapi.documents(UNIT).create({
    data: { code: 'XA-A', name: 'Phòng VH-XH xã A', kind: 'commune-culture', defaultDepartment: { connect: [{ documentId: department.documentId }] } },
  });
  const topic = await strapi.documents(TOPIC).create({
    data: { code: 'III.2', title: 'Giáo dục phổ thông', department: { connect: [{ documentId: department.documentId }] } },
  });
  const token = await superAdminToken(strapi, base, { email: 'root@bench.local', password: 'Root@12345', lastname: 'Bench' });

  const newItems = itemMaker(strapi, unit, topic);
  const ids = { code: await newItems(PUBLISH_ITEMS + WARMUP), http: await newItems(PUBLISH_ITEMS + WARMUP) };

  let recording = false;
  let statements = 0;
  let recordedPublishes = 0;
  strapi.db.connection.on('query', () => {
    if (recording) statements += 1;
  });

  return {
    async publishCode(i, record) {
      recording = record;
      const ms = await timed(() => strapi.documents(ARTICLE).publish({ documentId: ids.code[i] }));
      recording = false;
      if (record) recordedPublishes += 1;
      return ms;
    },
    async publishHttp(i) {
      return timed(async () => {
        // The content-manager's publish button; {} = publish the stored draft as it is.
        const res = await call(base, 'POST', `${CM}/${ARTICLE}/${ids.http[i]}/actions/publish`, { token, body: {} });
        if (res.status !== 200) throw new Error(`publish ${ids.http[i]}: ${res.status} ${JSON.stringify(res.body)}`);
      });
    },
    async report() {
      const online = await strapi.db.query(ARTICLE).count({ where: { publishedAt: { $notNull: true } } });
      if (online !== 2 * (PUBLISH_ITEMS + WARMUP)) throw new Error(`expected ${2 * (PUBLISH_ITEMS + WARMUP)} published rows, found ${online}`);
      return { queriesPerPublish: statements / recordedPublishes };
    },
  };
}

const dir = writeProject();
runWorker({ prefix: 'bench_workflow_vanilla', appDir: dir, distDir: dir, tag, prepare });
