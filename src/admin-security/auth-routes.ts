/**
 * The admin panel's routes that take a password, an e-mail or a one-time token: where guessing
 * happens. Strapi's router matches without case (ASCII letters only) and ignores a trailing slash;
 * the path is read at least as loosely (segments percent-decoded, empty ones dropped), so no
 * spelling the router would route escapes the limit.
 */
export const ADMIN_AUTH_ROUTES = ['login', 'register-admin', 'register', 'forgot-password', 'reset-password'] as const;
export type AdminAuthRoute = (typeof ADMIN_AUTH_ROUTES)[number];

const asciiLower = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

export function adminAuthRouteOf(method: string, path: string, adminPath = '/admin'): AdminAuthRoute | undefined {
  if (method !== 'POST') return undefined;
  const prefix = adminPath.split('/').filter(Boolean).map(asciiLower);
  const words = path.split('/').filter(Boolean).map((segment) => asciiLower(decode(segment)));
  if (words.length !== prefix.length + 1 || !prefix.every((word, i) => words[i] === word)) return undefined;
  const route = words[prefix.length];
  return (ADMIN_AUTH_ROUTES as readonly string[]).includes(route) ? (route as AdminAuthRoute) : undefined;
}
