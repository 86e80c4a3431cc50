import type { Core } from '@strapi/strapi';
import { FILE_FIELDS, publicFile, type PublicFile } from './media-file-view';
import type { MediaListQuery } from './public-queries';
import { PUBLIC_ASSET_FILTERS } from '../media/consent';
import { topicIdsWithin, unitIdOf } from './reference-reader';
import { MEDIA_ASSET } from './tables';

export interface PublicMediaAsset {
  documentId: string;
  title: string;
  caption: string | null;
  kind: string;
  takenAt: string | null;
  credit: string | null;
  unit: { code: string; name: string } | null;
  topics: Array<{ code: string; title: string }>;
  file: PublicFile | null;
}

/**
 * The public media archive: the media rules' own filter (public, and children only with consent),
 * a belt to the braces of the rule that refuses such an asset being made public. The flags
 * themselves are not shown.
 */
const PUBLIC_ONLY = PUBLIC_ASSET_FILTERS;

export async function listPublicMediaAssets(
  strapi: Core.Strapi,
  query: MediaListQuery
): Promise<{ data: PublicMediaAsset[]; total: number }> {
  const where: Record<string, unknown> = { ...PUBLIC_ONLY };
  if (query.kind) where.kind = query.kind;
  if (query.unit) where.unit = { id: await unitIdOf(strapi, query.unit) };
  if (query.topic) where.topics = { id: { $in: await topicIdsWithin(strapi, query.topic) } };

  const [rows, total] = await Promise.all([
    strapi.db.query(MEDIA_ASSET).findMany({
      select: ['documentId', 'title', 'caption', 'kind', 'takenAt', 'credit'],
      where,
      populate: {
        unit: { select: ['code', 'name'] },
        topics: { select: ['code', 'title'] },
        file: { select: FILE_FIELDS },
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    }),
    strapi.db.query(MEDIA_ASSET).count({ where }),
  ]);
  const data = (rows as Array<Record<string, any>>).map((row) => ({
    documentId: row.documentId,
    title: row.title,
    caption: row.caption ?? null,
    kind: row.kind,
    takenAt: row.takenAt ? new Date(row.takenAt).toISOString() : null,
    credit: row.credit ?? null,
    unit: row.unit ? { code: row.unit.code, name: row.unit.name } : null,
    topics: ((row.topics ?? []) as Array<{ code: string; title: string }>).map(({ code, title }) => ({ code, title })),
    file: publicFile(row.file),
  }));
  return { data, total: Number(total) };
}
