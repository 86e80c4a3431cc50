// The order suites start in. Two suites run side by side (TEST_WORKERS=2 in CI), so the run ends
// when the longer of the two workers' queues does: the longest suites must start first, or one of
// them starts last and runs alone while the other worker idles. Jest's own order takes the durations
// of the previous run from its cache, which a clean clone (CI) does not have; without them it orders
// by file size, and the longest suites (the fuzz parts, a few lines each) started last. So: the
// durations jest measured in this checkout's last run where it has them, else the ones committed in
// suite-durations.json (seconds of one SQLite run, two workers on a loaded machine, 3 December 2026;
// the fuzz parts scaled from a quiet run by that run's average slowdown, about 3.2×: only the order
// matters, and PostgreSQL's order is about the same), else a guess (a new integration suite boots Strapi: a middling one). Failed suites still go first.
const path = require('path');
const TestSequencer = require('@jest/test-sequencer').default;
const committed = require('./suite-durations.json');

const ROOT = path.resolve(__dirname, '..', '..');
/** A suite not in the file: an integration suite of a new feature, or a unit test (a second or less). */
const guessMs = (file) => (file.startsWith('tests/') ? 60_000 : 1_000);

class LongestFirst extends TestSequencer {
  sort(tests) {
    const weight = (test) => {
      const file = path.relative(ROOT, test.path).split(path.sep).join('/');
      const cached = this.time(test);
      if (cached != null) return cached;
      return committed[file] != null ? committed[file] * 1000 : guessMs(file);
    };
    return [...tests].sort((a, b) => {
      const failedA = this.hasFailed(a);
      if (failedA !== this.hasFailed(b)) return failedA ? -1 : 1;
      return weight(b) - weight(a);
    });
  }
}

module.exports = LongestFirst;
