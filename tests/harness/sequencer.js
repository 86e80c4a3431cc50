// The order suites start in. Two suites run side by side (TEST_WORKERS=2 in CI), so the run ends
// when the longer of the two workers' queues does: the longest suites must start first, or one of
// them starts last and runs alone while the other worker idles. Jest's own order takes the durations
// of the previous run from its cache, which a clean clone (CI) does not have; without them it orders
// by file size, and the longest suites (the fuzz parts, a few lines each) started last. So the order
// comes from the durations committed in suite-durations.json (seconds of one SQLite run, two workers
// on a loaded machine, 3 December 2026; the fuzz parts scaled from a quiet run by that run's average
// slowdown, about 3.2×; the channels' suites (issue 18) from their authors' runs, the two PostgreSQL
// ones by their PostgreSQL time: only the order matters, and PostgreSQL's order is about the same), the same
// in every checkout; a suite not listed gets a guess (a new integration suite boots Strapi: a
// middling one; a unit test, a second).
const path = require('path');
const TestSequencer = require('@jest/test-sequencer').default;
/** @type {Record<string, number>} */
const committed = require('./suite-durations.json');

const ROOT = path.resolve(__dirname, '..', '..');

/** @param {string} file the suite's path from the repository's root */
const seconds = (file) => committed[file] ?? (file.startsWith('tests/') ? 60 : 1);

class LongestFirst extends TestSequencer {
  /** @param {Array<import('@jest/test-result').Test>} tests */
  sort(tests) {
    /** @param {import('@jest/test-result').Test} test */
    const weight = (test) => seconds(path.relative(ROOT, test.path).split(path.sep).join('/'));
    return [...tests].sort((a, b) => weight(b) - weight(a));
  }
}

module.exports = LongestFirst;
