import slugify from 'slugify';

/**
 * Folds Vietnamese text to plain ASCII letters: tone and vowel marks dropped, `đ`/`Đ` to `d`/`D`.
 * NFC and NFD input give the same result. Used for slugs and for search keys.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

export const SLUG_MAX_LENGTH = 96;

/** The slug a title gives before collisions are settled: `Giáo dục Điện Biên` → `giao-duc-dien-bien`. */
export function toSlug(text: string, maxLength = SLUG_MAX_LENGTH): string {
  // Symbols become word breaks first: slugify would spell some out in English (`%` → `percent`).
  const words = foldDiacritics(text).replace(/[^\p{L}\p{N}]+/gu, ' ');
  const slug = slugify(words, { lower: true, strict: true, trim: true });
  return truncateSlug(slug, maxLength);
}

/** Cuts a slug to `maxLength`, at a word boundary when one is near, never leaving a trailing hyphen. */
function truncateSlug(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  // Keep whole words unless that would throw away more than a third of the room.
  const atWord = lastHyphen > maxLength * (2 / 3) ? cut.slice(0, lastHyphen) : cut;
  return atWord.replace(/-+$/, '');
}

/** `base` with the collision suffix `-n` (n ≥ 2), still within `maxLength`. */
export function withSuffix(base: string, n: number, maxLength = SLUG_MAX_LENGTH): string {
  const suffix = `-${n}`;
  return `${truncateSlug(base, maxLength - suffix.length)}${suffix}`;
}

/** The first of `base`, `base-2`, `base-3`… that is not taken. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>, maxLength = SLUG_MAX_LENGTH): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = withSuffix(base, n, maxLength);
    if (!taken.has(candidate)) return candidate;
  }
}

/** The prefix every candidate of `firstFreeSlug(base)` starts with (room is left for a suffix up to `-999999`). */
export function slugCandidatePrefix(base: string, maxLength = SLUG_MAX_LENGTH): string {
  return truncateSlug(base, maxLength - 7);
}
