import { vnDateOf } from '../../../shared/periods';

/** Today's date in Vietnam (`YYYY-MM-DD`), whatever the browser's time zone: delegations are Vietnam dates. */
export const vietnamToday = (): string => vnDateOf(new Date());

/** `2026-12-03` as Vietnamese write it: `03/12/2026`. */
export const vietnameseDay = (date: string): string => date.split('-').reverse().join('/');
