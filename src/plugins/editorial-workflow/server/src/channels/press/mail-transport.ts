import type { Core } from '@strapi/strapi';

interface EmailPluginConfig {
  providerOptions?: { host?: string; jsonTransport?: boolean };
  settings?: { defaultFrom?: string };
}

const emailConfig = (strapi: Core.Strapi) => (strapi.config.get('plugin::email') ?? {}) as EmailPluginConfig;

/**
 * Whether e-mail really leaves: SMTP_HOST set. Without it (config/plugins.ts) nodemailer's JSON
 * transport accepts every message and sends nothing, which for the press would be a silent loss.
 */
export function mailServerConfigured(strapi: Core.Strapi): boolean {
  const options = emailConfig(strapi).providerOptions ?? {};
  return Boolean(options.host) && options.jsonTransport !== true;
}

/** Bare address of `Name <address>`. */
const addressOf = (value: string) => /<([^>]+)>/.exec(value)?.[1]?.trim() ?? value.trim();

/**
 * The visible recipient of an e-mail to the press: PRESS_EMAIL_TO (the Sở's own press desk), else
 * the sender (EMAIL_FROM). The contacts go in Bcc, so no outlet sees another's address.
 */
export function pressVisibleRecipient(strapi: Core.Strapi): string {
  return process.env.PRESS_EMAIL_TO?.trim() || addressOf(emailConfig(strapi).settings?.defaultFrom ?? 'no-reply@localhost');
}

/** An address the outlets can open: a path on the server (a local upload) gets the server's public address in front. */
export function absoluteUrl(strapi: Core.Strapi, url: string): string {
  if (/^https?:\/\//i.test(url)) return url;
  const base = (process.env.PUBLIC_URL || strapi.config.get<string>('server.url', '') || 'http://localhost:1337').replace(/\/+$/, '');
  return `${base}/${url.replace(/^\/+/, '')}`;
}
