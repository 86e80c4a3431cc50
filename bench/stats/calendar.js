// The benchmark's calendar: the full-year grid's ISO weeks and months, in Vietnam time (UTC+7, no
// daylight saving), as UTC instants for the naive counts' filters.
const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The grid: 52 ISO weeks, Monday 2025-12-29 (2026-W01) to Sunday 2026-12-27 (2026-W52). */
const GRID = { from: '2025-12-29', to: '2026-12-27', granularity: 'week' };

/** Midnight of a Vietnam calendar date, as a UTC Date. */
const vnMidnight = (ymd) => new Date(Date.parse(`${ymd}T00:00:00Z`) - VN_OFFSET_MS);
const ymdOf = (ms) => new Date(ms).toISOString().slice(0, 10);

/** ISO week key (`2026-W01`) of a Vietnam calendar date given as `YYYY-MM-DD`. */
function isoWeekKey(ymd) {
  const d = new Date(`${ymd}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(d.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The weeks of [from, to] (from a Monday): key, Vietnam dates, and the UTC instants [start, end). */
function weeksOf({ from, to }) {
  const weeks = [];
  for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= Date.parse(`${to}T00:00:00Z`); ms += 7 * DAY_MS) {
    const start = ymdOf(ms);
    weeks.push({ key: isoWeekKey(start), start, end: ymdOf(ms + 6 * DAY_MS), gte: vnMidnight(start), lt: vnMidnight(ymdOf(ms + 7 * DAY_MS)) });
  }
  return weeks;
}

/** The calendar months the range touches: key `YYYY-MM`, and the report's due instant (the 20th, 00:00 Vietnam). */
function monthsOf({ from, to }) {
  const months = [];
  for (let [y, m] = from.split('-').map(Number); `${y}-${String(m).padStart(2, '0')}` <= to.slice(0, 7); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push({ key, due: vnMidnight(`${key}-20`) });
  }
  return months;
}

module.exports = { GRID, isoWeekKey, weeksOf, monthsOf, vnMidnight };
