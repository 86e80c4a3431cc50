import type { Core } from '@strapi/strapi';
import { PREVIEW_PATH_PREFIX, type PreviewLink } from '../../../shared/contracts/preview';
import type { WorkflowState } from '../../../shared/state-machine';
import { ARTICLE, ITEM_STATE } from '../../../shared/uids';
import { FILE_FIELDS, publicFile, type PublicFile } from '../../../../../public-api/media-file-view';
import { previewConfig } from './config';
import { signPreviewToken, verifyPreviewToken } from './token';

/** The draft as the preview page shows it: what the website would, plus where it stands. */
export interface PreviewDraft {
  documentId: string;
  title: string;
  summary: string | null;
  kind: string;
  byline: string | null;
  /** The body's blocks as stored (page.ts renders them with the public API's renderer). */
  body: unknown;
  updatedAt: Date;
  unit: { code: string; name: string } | null;
  topics: Array<{ code: string; title: string }>;
  cover: PublicFile | null;
  gallery: PublicFile[];
  state: WorkflowState;
  scheduledAt: Date | null;
}

export type PreviewOpening =
  | { status: 'ok'; draft: PreviewDraft; expiresAt: Date }
  /** invalid: forged, malformed or naming no item; expired: past its time; stale: the item moved on since. */
  | { status: 'invalid' | 'expired' | 'stale' };

const asDate = (value: unknown) => (value instanceof Date ? value : new Date(value as string | number));

/**
 * Preview links: issued for an item at its current workflow version (the caller has checked that
 * the person may read the item), opened by anyone holding one. Nothing is stored and nothing here
 * logs a token.
 */
export function previewLinks(strapi: Core.Strapi) {
  const config = previewConfig(strapi);

  return {
    /** A link to the draft of `documentId` at `version`, valid for the configured hours from `now`. */
    issue(documentId: string, version: number, now = Date.now()): PreviewLink {
      const expiresAt = Math.floor(now / 1000) + config.lifetimeSeconds;
      const token = signPreviewToken(config.key, { documentId, version, expiresAt });
      return { url: `${config.baseUrl}${PREVIEW_PATH_PREFIX}${token}`, expiresAt: new Date(expiresAt * 1000).toISOString() };
    },

    /**
     * What a link shows at `now`: the draft, when the token is this server's, unexpired, and the
     * item still stands at the version it was issued for. Read-only: a link to an item the
     * workflow has no row for names nothing (a row is made when the link is issued).
     */
    async open(token: unknown, now = Date.now()): Promise<PreviewOpening> {
      const check = verifyPreviewToken(config.key, token, now, config.lifetimeSeconds);
      if (!check.valid) return { status: check.reason === 'expired' ? 'expired' : 'invalid' };
      const { documentId, version, expiresAt } = check.claims;

      const record = await strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId }, select: ['state', 'version', 'scheduledAt'] });
      if (!record) return { status: 'invalid' };
      if (Number(record.version) !== version) return { status: 'stale' };

      const row = await strapi.db.query(ARTICLE).findOne({
        select: ['documentId', 'title', 'summary', 'kind', 'byline', 'body', 'updatedAt'],
        where: { documentId, publishedAt: null },
        populate: {
          unit: { select: ['code', 'name'] },
          topics: { select: ['code', 'title'] },
          cover: { select: FILE_FIELDS },
          gallery: { select: FILE_FIELDS },
        },
      });
      if (!row) return { status: 'invalid' };
      const topics = (row.topics as Array<{ code: string; title: string }> | undefined) ?? [];
      const gallery = (row.gallery as unknown[] | null | undefined) ?? [];
      return {
        status: 'ok',
        expiresAt: new Date(expiresAt * 1000),
        draft: {
          documentId: row.documentId,
          title: row.title ?? '',
          summary: row.summary ?? null,
          kind: row.kind,
          byline: row.byline ?? null,
          body: row.body ?? null,
          updatedAt: asDate(row.updatedAt),
          unit: row.unit ? { code: row.unit.code, name: row.unit.name } : null,
          topics: topics.map(({ code, title }) => ({ code, title })),
          cover: publicFile(row.cover),
          gallery: gallery.map(publicFile).filter((file): file is PublicFile => file !== null),
          state: record.state,
          scheduledAt: record.scheduledAt ? asDate(record.scheduledAt) : null,
        },
      };
    },
  };
}
