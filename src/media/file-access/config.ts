import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';

export interface FileAccessConfig {
  secret: string;
  /** How long a signed URL given to an admin stays valid. */
  signedUrlTtlSeconds: number;
  publicMaxAgeSeconds: number;
}

const positive = (value: string | undefined, fallback: number) => {
  const number = Number(value);
  return value && Number.isInteger(number) && number > 0 ? number : fallback;
};

/**
 * FILE_URL_SECRET signs the URLs; without it, a key derived from the admin's JWT secret (every
 * process of one deployment shares it, and a derived key never reveals it).
 */
export function readFileAccessConfig(strapi: Core.Strapi): FileAccessConfig {
  const own = process.env.FILE_URL_SECRET;
  const adminSecret = strapi.config.get<string>('admin.auth.secret', '');
  const secret = own || (adminSecret ? crypto.createHmac('sha256', adminSecret).update('file-url-signature').digest('base64url') : '');
  if (!secret) throw new Error('file access: set FILE_URL_SECRET (or ADMIN_JWT_SECRET) to sign file URLs');
  return {
    secret,
    signedUrlTtlSeconds: positive(process.env.FILE_URL_TTL_SECONDS, 3600),
    publicMaxAgeSeconds: positive(process.env.FILE_PUBLIC_MAX_AGE_SECONDS, 300),
  };
}
