/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` until it gives a truthy value, and returns that value; throws, naming `what`, once
 * `timeoutMs` has passed. The probe runs at least once, even with no time left; a probe that throws
 * ends the wait with its error.
 * @template T
 * @param {() => T | undefined | null | false | Promise<T | undefined | null | false>} probe
 * @param {string} what what is awaited, for the error ("the editor's e-mail")
 * @param {{ timeoutMs?: number, intervalMs?: number }} [options] 10 s and 50 ms unless told
 * @returns {Promise<T>}
 */
async function until(probe, what, { timeoutMs = 10_000, intervalMs = 50 } = {}) {
  const start = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

module.exports = { until, sleep };
