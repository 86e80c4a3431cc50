// One database of the people-import benchmark, in a process of its own (a process holds one Strapi).
// Run by run.js with BENCH_DB=sqlite|postgres (BENCH_PG_URL names the server): boots the app on a
// fresh database, loads the reference data, imports the generated units, then times the people
// import as `npm run import:people` runs it (the plugin's service): a dry run, the import, a re-run.
// Progress goes to stderr, the result as one JSON line to stdout.
const path = require('path');
const { BENCH_ENV } = require('../../tests/harness/app-env');
const { freshDatabase } = require('../../tests/harness/fresh-database');
const { unitsFile, peopleFile } = require('./generate');

const repoDir = path.resolve(__dirname, '..', '..');
const distDir = path.join(repoDir, 'dist');
const kind = process.env.BENCH_DB || 'sqlite';
const UNITS = Number(process.env.BENCH_PEOPLE_UNITS || 600);

const log = (line) => process.stderr.write(`[${kind}] ${line}\n`);
const seconds = (t) => Number(process.hrtime.bigint() - t) / 1e9;

async function main() {
  const database = await freshDatabase({ prefix: 'bench_people', postgresUrl: kind === 'postgres' ? process.env.BENCH_PG_URL : '' });
  Object.assign(process.env, BENCH_ENV, database.env);
  process.chdir(repoDir);
  const { createStrapi } = require('@strapi/strapi');
  let strapi;
  try {
    log(`booting on ${database.label}…`);
    strapi = await createStrapi({ appDir: repoDir, distDir }).load();
    const { seedReference } = require(path.join(distDir, 'src/seed/reference.js'));
    const { importUnits } = require(path.join(distDir, 'src/import/units.js'));
    await seedReference(strapi);

    const units = unitsFile(UNITS);
    const people = peopleFile(units.units);
    let t = process.hrtime.bigint();
    const unitReport = await importUnits(strapi, units.csv);
    const unitSeconds = seconds(t);
    if (unitReport.errors.length > 0) throw new Error(`units refused: ${JSON.stringify(unitReport.errors.slice(0, 3))}`);
    log(`${unitReport.created} units imported in ${unitSeconds.toFixed(1)} s; ${people.lines} people lines (${people.people} people)…`);

    const importer = strapi.plugin('editorial-workflow').service('people-import');
    const run = async (label, options) => {
      const started = process.hrtime.bigint();
      let shown = 0;
      const report = await importer.run(people.csv, {
        ...options,
        progress: (done, total) => {
          if (done - shown >= 300 || done === total) {
            shown = done;
            log(`  ${label}: ${done}/${total} lines, ${seconds(started).toFixed(1)} s`);
          }
        },
      });
      const s = seconds(started);
      const { created, updated, unchanged, refused } = report;
      log(`${label}: ${s.toFixed(1)} s (created ${created}, updated ${updated}, unchanged ${unchanged}, refused ${refused})`);
      return { seconds: s, created, updated, unchanged, refused, totals: report.totals };
    };
    const dryRun = await run('dry run', { dryRun: true });
    const first = await run('import', {});
    // The invitations leave after the import, through the mail outbox (no SMTP here: nodemailer's JSON transport).
    t = process.hrtime.bigint();
    await strapi.plugin('editorial-workflow').service('mail-outbox').drain();
    const invitationSeconds = seconds(t);
    log(`${first.totals.invitations} invitations handed to the mail transport in ${invitationSeconds.toFixed(1)} s after the import`);
    const rerun = await run('re-run', {});
    return { db: kind, units: unitReport.created, unitSeconds, lines: people.lines, people: people.people, dryRun, first, invitationSeconds, rerun };
  } finally {
    if (strapi) await strapi.destroy();
    await database.drop();
  }
}

main().then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  },
  (error) => {
    log(error.stack || String(error));
    process.exit(1);
  }
);
