import type { WorkflowState } from '../../shared/state-machine';
import { ARTICLE } from '../../shared/uids';

export const ARTICLE_UID = ARTICLE;

/** Where the content-manager edits an item: the same path the notices' e-mails link to. */
export { itemEditPath } from '../../shared/notice-links';

/** The badge colours of the states: waiting ones warm, done ones green, stopped ones red. */
export const STATE_COLORS: Record<WorkflowState, { background: string; text: string }> = {
  draft: { background: 'neutral150', text: 'neutral700' },
  returned: { background: 'danger100', text: 'danger700' },
  in_review: { background: 'secondary100', text: 'secondary700' },
  awaiting_approval: { background: 'warning100', text: 'warning700' },
  approved: { background: 'primary100', text: 'primary700' },
  published: { background: 'success100', text: 'success700' },
  unpublished: { background: 'danger100', text: 'danger700' },
};

/** The menu badge polls at most this often. */
export const QUEUE_POLL_MS = 60_000;
