import { notYet } from './not-yet';

/** The press channel (issue 18): replaced by its adapter. */
export const pressAdapter = notYet('press');
