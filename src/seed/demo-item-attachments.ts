import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { ARTICLE, ITEM_STATE } from '../plugins/editorial-workflow/shared/uids';

/** What the first published items carry: a video of the Department and the directive it reports on. */
const ATTACHMENTS = [
  { videoLink: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ', document: 'chi-thi-nhiem-vu-nam-hoc.pdf', title: 'Chi thi ve nhiem vu nam hoc' },
  { videoLink: 'https://www.facebook.com/watch/?v=10153231379946729', document: 'ke-hoach-tuyen-sinh.pdf', title: 'Ke hoach tuyen sinh' },
] as const;

/** A one-page PDF standing in for a directive. */
const directivePdf = (title: string) =>
  Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog /Title (${title}) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');

/**
 * Video links and documents on items (issue 20) at the first start: the first two published items
 * each get a video link and a PDF, so the public API's `videos` and `documents` and the download of
 * a published item's document show at once. Written on both rows of the item (draft and published)
 * below the Document Service, as demo-plan-lines.ts does: an attachment added by the seed is no
 * edit that starts a new round. The links are canonical already (src/media/video-links.ts). The
 * file index sees the write (src/media/file-access/change-watch.ts), so the PDFs are public
 * downloads. Idempotent: an item that has documents is kept.
 */
export async function ensureDemoItemAttachments(strapi: Core.Strapi): Promise<SeedTally> {
  const tally: SeedTally = { created: 0, kept: 0 };
  const published: Array<{ itemDocumentId: string }> = await strapi.db
    .query(ITEM_STATE)
    .findMany({ where: { state: 'published' }, select: ['itemDocumentId'], orderBy: [{ id: 'asc' }], limit: ATTACHMENTS.length });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-item-attachments-'));
  try {
    for (const [index, { itemDocumentId }] of published.entries()) {
      const rows: Array<{ id: number; documents: unknown[] | null }> = await strapi.db
        .query(ARTICLE)
        .findMany({ where: { documentId: itemDocumentId }, select: ['id'], populate: { documents: { select: ['id'] } } });
      if (rows.length === 0) continue;
      if (rows.some((row) => (row.documents ?? []).length > 0)) {
        tally.kept += 1;
        continue;
      }
      const { videoLink, document, title } = ATTACHMENTS[index];
      const filepath = path.join(dir, document);
      fs.writeFileSync(filepath, directivePdf(title));
      const [file] = (await strapi
        .plugin('upload')
        .service('upload')
        .upload({ data: { fileInfo: { name: document } }, files: { filepath, originalFilename: document, mimetype: 'application/pdf', size: fs.statSync(filepath).size } })) as Array<{
        id: number;
      }>;
      for (const row of rows) await strapi.db.query(ARTICLE).update({ where: { id: row.id }, data: { videoLinks: [videoLink], documents: [file.id] } });
      tally.created += 1;
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return tally;
}
