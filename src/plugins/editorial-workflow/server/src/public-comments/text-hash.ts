import crypto from 'crypto';

/**
 * The text as a duplicate detector sees it: Unicode NFC (the same Vietnamese letter typed two
 * ways), lower case, punctuation and runs of spaces folded, so a copy with another full stop or
 * line break is still the same comment.
 */
export function normaliseCommentText(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

export const commentTextHash = (text: string): string => crypto.createHash('sha256').update(normaliseCommentText(text), 'utf8').digest('hex');
