import type { Core } from '@strapi/strapi';
import { ACCEPTED_TYPES } from '../media/file-signature';
import { ARTICLE } from '../plugins/editorial-workflow/shared/uids';
import { dataOf, invalid, type DocumentMiddleware } from './shared';

/** What an item's documents may be: the types the upload rules recognise by their bytes. */
export const ITEM_DOCUMENT_TYPES = [ACCEPTED_TYPES.pdf, ACCEPTED_TYPES.docx, ACCEPTED_TYPES.xlsx];
const MIMES = new Set(ITEM_DOCUMENT_TYPES.map((type) => type.mime));
const FILE = 'plugin::upload.file';

/**
 * An item's documents are PDF, DOCX or XLSX files. Every file's bytes were checked when it was
 * uploaded, and its stored type is what the bytes said (src/media/upload-hooks.ts), so the rule
 * reads the stored type of each file given: a photo, a video or an unknown id in `documents` is a
 * 400 before anything is written.
 */
export const itemDocumentsRule =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== ARTICLE || !['create', 'update', 'clone'].includes(ctx.action)) return next();
    const ids = fileIdsOf(dataOf(ctx)?.documents);
    if (ids === undefined || ids.length === 0) return next();
    const files: Array<{ id: number; name: string; mime: string | null }> = await strapi.db
      .query(FILE)
      .findMany({ select: ['id', 'name', 'mime'], where: { id: { $in: ids } } });
    const wrong = files.filter((file) => !MIMES.has(file.mime ?? ''));
    if (files.length !== new Set(ids).size || wrong.length > 0) {
      const names = wrong.map((file) => `"${file.name}"`).join(', ');
      throw invalid(
        'documents',
        `Văn bản đính kèm chỉ nhận tệp PDF, DOCX hoặc XLSX${names ? `: ${names} không phải là văn bản` : ': có tệp không tồn tại trong thư viện'} (documents must be PDF, DOCX or XLSX files).`
      );
    }
    return next();
  };

/**
 * File ids from a media value in Document Service data (an id, `{ id }`, a list of them, or the
 * relation forms `{ set | connect: [...] }`); undefined when absent. Anything that names no file
 * by a positive id counts as an id that does not exist.
 */
function fileIdsOf(value: unknown): number[] | undefined {
  if (value === undefined) return undefined;
  if (value && typeof value === 'object' && !Array.isArray(value) && !('id' in value)) {
    const { set, connect } = value as { set?: unknown; connect?: unknown };
    return [...(fileIdsOf(set) ?? []), ...(fileIdsOf(connect) ?? [])];
  }
  const list = value === null ? [] : Array.isArray(value) ? value : [value];
  return list.map((item) => Number(item && typeof item === 'object' ? (item as { id?: unknown }).id : item)).map((id) => (Number.isInteger(id) && id > 0 ? id : -1));
}
