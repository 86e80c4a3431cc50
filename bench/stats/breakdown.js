// Where the grid's time goes: the service's SQL aggregates timed one by one (the same calls the
// service makes, for the same window), the rest being quotas, assembly of the 31,200 cells and, over
// HTTP, serialisation. Reads the compiled counters (dist/) so it times exactly what the app runs.
const path = require('path');

const distDir = path.resolve(__dirname, '..', '..', 'dist');
const counters = path.join(distDir, 'src/plugins/editorial-workflow/server/src/stats/counts.js');
const periods = path.join(distDir, 'src/plugins/editorial-workflow/shared/periods.js');

module.exports = async function breakdown(strapi, grid, runs = 3) {
  const c = require(counters);
  const { vnStartOf, dateOfDay, dayNumber } = require(periods);
  const window = { start: vnStartOf(grid.from), end: vnStartOf(dateOfDay(dayNumber(grid.to) + 1)), granularity: grid.granularity };
  const months = { from: grid.from.slice(0, 7), to: grid.to.slice(0, 7) };
  const queries = {
    submitted: () => c.submittedCounts(strapi, window),
    published: () => c.publishedCounts(strapi, window),
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
