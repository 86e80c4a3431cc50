import type { ChannelItem } from '../../../../shared/contracts/channels';

/** Facebook takes far more; a post this long is read by no one. */
const MAX_SUMMARY = 2_000;

/**
 * The post's text: the title, the summary, a correction's note, and the item's address on the
 * website. The address is always in the text (a photo's caption has no link field): a retry after an
 * ambiguous failure finds the post by it.
 */
export function postMessage(item: ChannelItem, correctionNote?: string | null): string {
  const summary = item.summary?.trim() ? (item.summary.length > MAX_SUMMARY ? `${item.summary.slice(0, MAX_SUMMARY)}…` : item.summary.trim()) : null;
  const note = correctionNote?.trim() ? `Đính chính: ${correctionNote.trim()}` : null;
  return [item.title.trim(), summary, note, `Xem chi tiết: ${item.url}`].filter(Boolean).join('\n\n');
}

/** A post's address on Facebook. */
export const postUrl = (postId: string) => `https://www.facebook.com/${postId}`;
