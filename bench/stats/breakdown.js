// Where the grid's time goes: the service's SQL reads timed one by one (the same calls the service
// makes, for the same window: the counters table, the media and report aggregates), the rest being
// quotas, assembly of the 31,200 cells and, over HTTP, serialisation. For comparison, the item
// aggregates the counters replace (the recount). Reads the compiled code (dist/) so it times exactly
// what the app runs.
const path = require('path');

const distDir = path.resolve(__dirname, '..', '..', 'dist');
const counts = path.join(distDir, 'src/plugins/editorial-workflow/server/src/stats/counts.js');
const counters = path.join(distDir, 'src/plugins/editorial-workflow/server/src/stats/counters.js');
const periods = path.join(distDir, 'src/plugins/editorial-workflow/shared/periods.js');

module.exports = async function breakdown(strapi, grid, runs = 3) {
  const c = require(counts);
  const { readCounters } = require(counters);
  const { vnStartOf, dateOfDay, dayNumber } = require(periods);
  const window = { start: vnStartOf(grid.from), end: vnStartOf(dateOfDay(dayNumber(grid.to) + 1)), granularity: grid.granularity };
  const months = { from: grid.from.slice(0, 7), to: grid.to.slice(0, 7) };
  const queries = {
    counters: () => readCounters(strapi, { keys: grid.periods.map((period) => period.key) }),
    'recount submitted (not used by the grid)': () => c.submittedCounts(strapi, window),
    'recount published (not used by the grid)': () => c.publishedCounts(strapi, window),
    media: () => c.mediaAssetCounts(strapi, window, months),
    reports: () => c.filedReports(strapi, { fromMonth: '2025-11', toMonth: '2027-01' }),
  };
  const result = {};
  for (const [name, run] of Object.entries(queries)) {
    const samples = [];
    for (let i = 0; i < runs; i += 1) {
      const t = process.hrtime.bigint();
      await run();
      samples.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    samples.sort((a, b) => a - b);
    result[name] = samples[Math.floor(samples.length / 2)];
  }
  return result;
};
