import { notYet } from './not-yet';

/** The fanpage channel (issue 18): replaced by its adapter. */
export const fanpageAdapter = notYet('fanpage');
