/**
 * Vietnamese text as a search key: marks dropped (NFC or NFD input alike), `đ` to `d`, lower case,
 * runs of anything but letters and digits to one space. "Mường Phăng" and "muong  phang" both give
 * "muong phang". The same as the public search's folding, kept here because the plugin imports
 * nothing from the app.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether every word of the (folded) query starts a word of the (folded) text, or is inside a code:
 * "muong phang" finds "Phòng VH-XH xã Mường Phăng", "thpt chuyen" its school, "himlam" `TH-HIMLAM`.
 */
export function matchesQuery(foldedText: string, queryWords: string[]): boolean {
  return queryWords.every((word) => foldedText.includes(word));
}

/** The words of a query, folded; none for an empty one. */
export const queryWords = (q: string | undefined): string[] => (q ? fold(q).split(' ').filter(Boolean) : []);
