/**
 * The secrets a production server must be given: each signs or encrypts something an attacker
 * could forge or read with a known value (admin and API sessions, API and transfer tokens, stored
 * secrets). A server started in production with one missing or left at a value published
 * somewhere (.env.example, Strapi's templates, the test environment) refuses to start.
 */
export const PRODUCTION_SECRETS = ['APP_KEYS', 'ADMIN_JWT_SECRET', 'JWT_SECRET', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY'] as const;

/** Shorter than this is guessable, or a word someone typed: `openssl rand -base64 24` gives 32. */
export const MIN_SECRET_LENGTH = 16;

/**
 * Values known to the world: the placeholders of .env.example and of Strapi's templates
 * ("toBeModified1"…), words people type instead of a secret, and the throw-away values of the test
 * harness (tests/harness/test-env.json: "test-…").
 */
const PLACEHOLDER = [
  /replace[-_ ]?me/i,
  /change[-_ ]?me/i,
  /to[-_ ]?be[-_ ]?modified/i,
  /placeholder/i,
  /^(your|my)[-_ ]/i,
  /^(test|bench|demo|example|sample|dummy|default|secret|password)([-_ ]|\d|$)/i,
];

export function secretProblem(name: string, value: string | undefined): string | undefined {
  const values = name === 'APP_KEYS' ? (value ?? '').split(',').map((key) => key.trim()) : [(value ?? '').trim()];
  if (values.every((v) => v === '')) return `${name} is missing (chưa đặt)`;
  for (const v of values) {
    if (v === '') return `${name} has an empty key (có khoá rỗng)`;
    if (PLACEHOLDER.some((pattern) => pattern.test(v))) return `${name} is a placeholder or test value (giá trị mẫu), "${v.slice(0, 24)}"`;
    if (v.length < MIN_SECRET_LENGTH) return `${name} is shorter than ${MIN_SECRET_LENGTH} characters (quá ngắn)`;
  }
  return undefined;
}

/** Every problem with the production secrets in `env`, one line each; none outside production. */
export function productionSecretProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.NODE_ENV !== 'production') return [];
  return PRODUCTION_SECRETS.map((name) => secretProblem(name, env[name])).filter((problem): problem is string => problem !== undefined);
}

/** Called from config/server.ts, before anything starts: throws with every variable to fix. */
export function assertProductionSecrets(env: NodeJS.ProcessEnv = process.env): void {
  const problems = productionSecretProblems(env);
  if (problems.length === 0) return;
  throw new Error(
    [
      'Không khởi động ở chế độ production với khoá bí mật mẫu hoặc thiếu (refusing to start in production with missing or placeholder secrets):',
      ...problems.map((problem) => `  - ${problem}`),
      'Tạo giá trị mới cho từng biến (generate each one): openssl rand -base64 32',
    ].join('\n')
  );
}
