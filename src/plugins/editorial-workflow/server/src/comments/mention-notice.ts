import type { Notice } from '../notifications/transition-notice';

/** The notification's action: the in-admin list and the e-mail link to the item, as transitions do. */
export const MENTION_ACTION = 'comment-mention';

/** How much of the comment the notice quotes: enough to know what it is about, the rest is in the item. */
const QUOTE_MAX = 500;

const quoted = (body: string) => (body.length > QUOTE_MAX ? `${body.slice(0, QUOTE_MAX)}…` : body);

/** What a mentioned person is told, in Vietnamese: who wrote, on which item (and field), and what. */
export function mentionNotice(facts: { itemTitle: string; authorName: string; field: string | null; body: string }): Notice {
  const item = `“${facts.itemTitle}”`;
  const where = facts.field ? ` (trường ${facts.field})` : '';
  return {
    action: MENTION_ACTION,
    title: `Bạn được nhắc đến trong ý kiến biên tập: ${item}`,
    lines: [`${facts.authorName} đã nhắc đến bạn trong ý kiến biên tập về tin bài ${item}${where}:`, quoted(facts.body)],
  };
}
