import type { Core } from '@strapi/strapi';
import { noticeLinkOf, type NoticeLink } from '../../../shared/notice-links';

/**
 * The admin panel's public address: Strapi's own `admin.absoluteUrl`, built from `server.url`
 * (PUBLIC_URL, config/server.ts) and the admin path, or `http://localhost:<port>/admin` without it.
 */
export function adminBaseUrl(strapi: Core.Strapi): string {
  return String(strapi.config.get('admin.absoluteUrl', '') || 'http://localhost:1337/admin').replace(/\/+$/, '');
}

/** A notification's link for an e-mail: the absolute address of the page it concerns. */
export function noticeUrlOf(strapi: Core.Strapi, notice: { itemDocumentId?: string | null; action?: string | null }): (NoticeLink & { url: string }) | null {
  const link = noticeLinkOf(notice);
  return link && { ...link, url: `${adminBaseUrl(strapi)}${link.path}` };
}
