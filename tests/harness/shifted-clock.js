// Test-only: a process clock that a test can move forward, so that a Strapi process runs its real
// cron jobs (Friday 08:00 reminders, the minute jobs) at a due time the test chooses.
//   NODE_OPTIONS="--require tests/harness/shifted-clock.js" TEST_CLOCK_FILE=/tmp/clock node serve.js
// On SIGUSR2 the process reads the offset (milliseconds, a number) from TEST_CLOCK_FILE, moves
// `Date` by it, and reschedules every Strapi cron job from the new time (croner computed its next
// run from the old one). Several processes given the same offset share one shifted clock.
// Never loaded by the app itself.
const fs = require('fs');

const RealDate = Date;
let offset = 0;

/**
 * `Date` with `now` moved by `offset`; every other form (`new Date(x)`, `Date.UTC`, …) unchanged.
 * @param {...any} args
 */
function ShiftedDate(...args) {
  if (!new.target) return new RealDate(RealDate.now() + offset).toString();
  return Reflect.construct(RealDate, args.length === 0 ? [RealDate.now() + offset] : args, new.target);
}
ShiftedDate.prototype = RealDate.prototype;
ShiftedDate.now = () => RealDate.now() + offset;
ShiftedDate.UTC = RealDate.UTC;
ShiftedDate.parse = RealDate.parse;
Object.setPrototypeOf(ShiftedDate, RealDate);
global.Date = /** @type {DateConstructor} */ (/** @type {unknown} */ (ShiftedDate));

process.on('SIGUSR2', () => {
  const file = process.env.TEST_CLOCK_FILE;
  if (!file) return;
  offset = Number(fs.readFileSync(file, 'utf8').trim()) || 0;
  /** @type {any} */
  const strapi = /** @type {any} */ (global).strapi;
  for (const { job, options } of strapi?.cron?.jobs ?? []) job.reschedule(options);
  process.stdout.write(`clock shifted by ${offset} ms\n`);
});
