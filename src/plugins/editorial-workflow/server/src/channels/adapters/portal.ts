import { notYet } from './not-yet';

/** The portal channel (issue 18): replaced by its adapter. */
export const portalAdapter = notYet('portal');
