/** The portal channel (issue 18 item 4): the feed the provincial portal reads (channels/portal/). */
export { portalAdapter } from '../portal/adapter';
