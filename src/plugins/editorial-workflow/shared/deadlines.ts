import type { WorkflowState } from './state-machine';

/**
 * Deadlines by working days (issue 16): how long an item may wait, in working days, in each state
 * where it waits for the department, its head or the publisher. The numbers are data
 * (`api::deadline-policy.deadline-policy`, edited by the administrator); these are the defaults the
 * reference seed writes, and what a state without a row falls back to.
 */
export const DEADLINE_STATES = ['in_review', 'awaiting_approval', 'approved'] as const satisfies readonly WorkflowState[];
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** The most working days a deadline may give (a month and a half): beyond that it is no deadline. */
export const MAX_DEADLINE_WORKING_DAYS = 30;

export const DEFAULT_DEADLINES: ReadonlyArray<{ state: DeadlineState; workingDays: number; note: string }> = [
  { state: 'in_review', workingDays: 2, note: 'Phòng chuyên môn biên tập trong 02 ngày làm việc' },
  { state: 'awaiting_approval', workingDays: 1, note: 'Trưởng phòng duyệt trong 01 ngày làm việc' },
  { state: 'approved', workingDays: 1, note: 'Phòng QLCL đăng tải trong 01 ngày làm việc' },
];

export const isDeadlineState = (state: string): state is DeadlineState => (DEADLINE_STATES as readonly string[]).includes(state);
