import { invalid } from '../document-rules/shared';
import { foldDiacritics } from '../utils/vietnamese-text';

const MAX_QUERY_CHARS = 200;
const MAX_TERMS = 12;

/**
 * The text the search index keeps for a piece of Vietnamese text: diacritics and `đ` folded, lower
 * case, words separated by single spaces. Documents and queries go through the same folding, so
 * `giao duc dien bien` finds `Giáo dục Điện Biên` whether either was typed in NFC or NFD.
 */
export function searchText(text: string): string {
  return words(text).join(' ');
}

function words(text: string): string[] {
  return foldDiacritics(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words of a search request (`q`), each a run of letters and digits; a 400 if there is none. */
export function searchTerms(q: string): string[] {
  if (q.length > MAX_QUERY_CHARS) throw invalid('q', `"q" is at most ${MAX_QUERY_CHARS} characters.`);
  const terms = [...new Set(words(q))].slice(0, MAX_TERMS);
  if (terms.length === 0) throw invalid('q', '"q" must contain at least one letter or digit.');
  return terms;
}
