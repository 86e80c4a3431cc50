import crypto from 'node:crypto';

/**
 * The stored name of an upload (its `hash`; the URL is `/uploads/<hash><ext>` and the formats
 * `/uploads/<format>_<hash><ext>`): 160 random bits and nothing else. Strapi's own name is the
 * original file name plus 40 random bits, which a guess of the name brings within reach; the
 * original name stays in the file's `name` field, for people.
 */
export function unguessableFileName(): string {
  return crypto.randomBytes(20).toString('hex');
}
