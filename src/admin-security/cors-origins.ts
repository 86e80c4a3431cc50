/**
 * Which web pages may call this server from another origin. The admin panel is served by this
 * server itself and needs no CORS; a page elsewhere that should reach the admin API with the
 * browser's credentials (cookies: the admin's refresh token) must be listed, in CORS_ORIGINS, or it is
 * PUBLIC_URL's origin by default. Any other origin gets no CORS headers at all, so a foreign page
 * cannot read a token refresh. The public content API (under the REST prefix) is read-only and
 * takes no cookies: any origin may read it, without credentials.
 */
export interface CorsPolicy {
  /** Origins allowed with credentials, e.g. https://tintuc.sogddt.example.vn (scheme, host, port). */
  credentialedOrigins: string[];
}

export function originOf(url: string): string | undefined {
  try {
    const { protocol, origin } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? origin : undefined;
  } catch {
    return undefined;
  }
}

export function readCorsPolicy(env: NodeJS.ProcessEnv = process.env): CorsPolicy {
  const listed = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const origins = listed.length > 0 ? listed : [env.PUBLIC_URL ?? ''];
  return { credentialedOrigins: [...new Set(origins.map(originOf).filter((o): o is string => o !== undefined))] };
}

const asciiLower = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/** The path lies under the public REST prefix, in any spelling the router accepts. */
export function underRestPrefix(path: string, prefix = '/api'): boolean {
  const want = asciiLower(prefix.replace(/\/+$/, ''));
  const words = path.split('/').filter(Boolean);
  const prefixWords = want.split('/').filter(Boolean);
  return prefixWords.every((word, i) => words[i] !== undefined && asciiLower(words[i]) === word);
}

/** The options of `strapi::cors` (its `origin` and `credentials` may be functions of the request). */
export function corsOptions(policy: CorsPolicy, restPrefix: () => string) {
  return {
    origin: (ctx: { path: string }) => (underRestPrefix(ctx.path, restPrefix()) ? ['*'] : policy.credentialedOrigins),
    credentials: (ctx: { path: string }) => !underRestPrefix(ctx.path, restPrefix()),
  };
}
