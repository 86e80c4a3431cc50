import { notYet } from './not-yet';

/** The webhook channel (issue 18): replaced by its adapter. */
export const webhookAdapter = notYet('webhook');
