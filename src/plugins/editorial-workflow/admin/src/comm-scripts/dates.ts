/** A Vietnam date `YYYY-MM-DD` as the pages show it: `31/12/2026`. */
export const vietnamDate = (date: string) => date.split('-').reverse().join('/');

/** Today's date in Vietnam (UTC+7 all year), `YYYY-MM-DD`. */
export const vietnamToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
