import { PLUGIN_ID } from './permissions';

/** The guidance page "Định hướng tuyên truyền" (guidance/), and one note on it. */
export const GUIDANCE_PAGE_PATH = `/plugins/${PLUGIN_ID}-guidance`;
export const guidanceNotePath = (id: number | string) => `${GUIDANCE_PAGE_PATH}?note=${id}`;

/** The calendar page "Lịch truyền thông" (calendar/). */
export const CALENDAR_PAGE_PATH = `/plugins/${PLUGIN_ID}-calendar`;
