/**
 * The public forms' POST paths under the REST prefix: what the raw-body reader takes over. Strapi's
 * router matches paths without case and ignores a trailing slash, so these do too; a spelling they
 * miss (percent-encoding) reaches the guard unread and is refused there (fail closed).
 */
const FORM_POSTS = [/^\/consultations\/[^/]+\/comments\/?$/i, /^\/info-requests\/?$/i];

export function formPostMatcher(prefix: string): (method: string, path: string) => boolean {
  const base = prefix.replace(/\/+$/, '').toLowerCase();
  return (method, path) => {
    if (method !== 'POST') return false;
    const lower = path.toLowerCase();
    if (!lower.startsWith(`${base}/`)) return false;
    const rest = path.slice(base.length).replace(/\/{2,}/g, '/');
    return FORM_POSTS.some((pattern) => pattern.test(rest));
  };
}
