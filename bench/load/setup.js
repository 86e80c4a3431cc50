// bench/load's data, in a Strapi of its own on the run's database (then it exits, before the three
// servers start): the demo, the desk's accounts with their memberships, and items waiting at every
// step so that editors, heads and the publisher have work from the first second.
//   node bench/load/setup.js OUT.json   (DATABASE_URL: the run's database; not production: the demo refuses it)
const fs = require('fs');
const path = require('path');

const repoDir = path.resolve(__dirname, '..', '..');
const distDir = path.join(repoDir, 'dist');
const fromDist = (file) => require(path.join(distDir, 'src', file));

const DESK_USERS = Number(process.env.LOAD_DESK_USERS || 200);
const SEED_ITEMS = Number(process.env.LOAD_SEED_ITEMS || 240);
const PASSWORD = 'Load@12345';
/** Items go to topic III.2, routed to SGD-GDPT, where the editors and heads work. */
const TOPIC = 'III.2';
const DEPARTMENT = 'SGD-GDPT';
const PUBLISHING_UNIT = 'SGD-QLCL';

/** The desk's share of each role, as a Sở's: many authors, fewer reviewers, a few publishers. */
function roleCounts(total) {
  const publisher = Math.max(1, Math.round(total * 0.05));
  const head = Math.max(1, Math.round(total * 0.1));
  const editor = Math.max(1, Math.round(total * 0.15));
  return { author: Math.max(1, total - publisher - head - editor), editor, head, publisher };
}

async function main() {
  const out = process.argv[2];
  const started = Date.now();
  const log = (line) => process.stdout.write(`  [setup ${((Date.now() - started) / 1000).toFixed(0)} s] ${line}\n`);
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: repoDir, distDir }).load();
  try {
    const { seedDemo } = fromDist('seed/demo');
    const { DEMO_UNITS } = fromDist('seed/data/demo');
    const { adminRoleIdsByCode } = fromDist('seed/admin-roles');
    const { unitIdsByCode } = fromDist('seed/reference');
    const { getService } = fromDist('plugins/editorial-workflow/server/src/get-service');
    const { ARTICLE, TOPIC: TOPIC_UID, UNIT } = fromDist('plugins/editorial-workflow/shared/uids');
    await seedDemo(strapi);
    log('demo seeded');

    // 2. The accounts: one password hash for all (hashing 200 times would take longer than the run).
    const roleIds = await adminRoleIdsByCode(strapi);
    const counts = roleCounts(DESK_USERS);
    const authorUnits = DEMO_UNITS.filter((unit) => unit.kind !== 'department').map((unit) => unit.code);
    const unitDocs = await unitIdsByCode(strapi, [...authorUnits, DEPARTMENT, PUBLISHING_UNIT]);
    const unitRowId = async (code) => (await strapi.db.query(UNIT).findOne({ where: { code }, select: ['id'] })).id;
    const topic = await strapi.db.query(TOPIC_UID).findOne({ where: { code: TOPIC }, select: ['documentId'] });
    const membership = getService(strapi, 'membership');
    const first = await strapi.service('admin::user').create({
      email: 'load-author-0@load.local', firstname: 'Tải', lastname: 'Tác giả 0', password: PASSWORD, isActive: true, roles: [roleIds.get('newsroom-author')],
    });
    const { password: hash } = await strapi.db.query('admin::user').findOne({ where: { id: first.id }, select: ['password'] });
    const accounts = [];
    const labels = { author: 'Tác giả', editor: 'Biên tập viên', head: 'Trưởng phòng', publisher: 'Chuyên viên QLCL' };
    for (const [role, count] of Object.entries(counts)) {
      for (let i = 0; i < count; i += 1) {
        const email = `load-${role}-${i}@load.local`;
        const user =
          role === 'author' && i === 0
            ? first
            : await strapi.db.query('admin::user').create({
                data: { email, firstname: 'Tải', lastname: `${labels[role]} ${i}`, password: hash, isActive: true, blocked: false, roles: [roleIds.get(`newsroom-${role}`)] },
              });
        const unit = role === 'author' ? authorUnits[i % authorUnits.length] : role === 'publisher' ? PUBLISHING_UNIT : DEPARTMENT;
        await membership.add({ userId: user.id, unitId: await unitRowId(unit), role });
        accounts.push({ id: user.id, email, role, unit, name: `Tải ${labels[role]} ${i}` });
      }
    }
    log(`${accounts.length} accounts: ${JSON.stringify(counts)}`);

    // 3. Items waiting at each step, moved by the accounts of each role (one person, one step).
    const workflow = getService(strapi, 'workflow');
    const itemState = getService(strapi, 'item-state');
    const byRole = (role) => accounts.filter((account) => account.role === role);
    const actor = (account) => ({ id: account.id, name: account.name });
    const step = async (documentId, action, account) => {
      const { version } = await itemState.recordOf(documentId);
      await workflow.transition({ documentId, action, expectedVersion: version }, actor(account));
    };
    const targets = [
      ['in_review', Math.round(SEED_ITEMS * 0.5)],
      ['awaiting_approval', Math.round(SEED_ITEMS * 0.33)],
      ['approved', SEED_ITEMS - Math.round(SEED_ITEMS * 0.5) - Math.round(SEED_ITEMS * 0.33)],
    ];
    let n = 0;
    for (const [state, count] of targets) {
      for (let i = 0; i < count; i += 1, n += 1) {
        const author = byRole('author')[n % byRole('author').length];
        const { documentId } = await strapi.documents(ARTICLE).create({
          data: { title: `Tin tải thử số ${n}: ${author.unit} tổ chức hội nghị chuyên môn`, kind: 'news', summary: 'Tin bài của phép thử tải.', unit: unitDocs.get(author.unit), topics: [topic.documentId] },
        });
        await step(documentId, 'submit', author);
        if (state !== 'in_review') await step(documentId, 'forward', byRole('editor')[n % byRole('editor').length]);
        if (state === 'approved') await step(documentId, 'approve', byRole('head')[n % byRole('head').length]);
      }
      log(`${count} items ${state}`);
    }

    const published = await strapi.db.connection.raw(
      `SELECT slug FROM "${strapi.db.metadata.get(ARTICLE).tableName}" WHERE published_at IS NOT NULL AND slug IS NOT NULL`
    );
    const slugs = [...new Set(published.rows.map((row) => row.slug))];
    fs.writeFileSync(out, JSON.stringify({ password: PASSWORD, accounts, unitDocs: Object.fromEntries(unitDocs), topic: topic.documentId, slugs }, null, 1));
    log(`${slugs.length} published slugs for the public traffic`);
  } finally {
    await strapi.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
