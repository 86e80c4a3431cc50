import { storedUploadPath } from '../media/file-access/upload-path';

/** An uploaded file as the public sees it: where it is, its size and its resized formats, nothing about who uploaded it. */
export interface PublicFile {
  url: string;
  alternativeText: string | null;
  caption: string | null;
  width: number | null;
  height: number | null;
  mime: string | null;
  formats: Record<string, { url: string; width: number | null; height: number | null; mime: string | null }>;
}

/** The columns of an upload file the public view needs (for `select` in a populate). */
export const FILE_FIELDS = ['url', 'alternativeText', 'caption', 'width', 'height', 'mime', 'formats'];

type FileRow = Partial<Record<'url' | 'alternativeText' | 'caption' | 'mime', string | null>> & {
  width?: number | null;
  height?: number | null;
  formats?: unknown;
};

/**
 * The plain upload URL: a file shown by a published item or a public asset is served without a
 * signature (src/media/file-access), so the public never gets one, nor an admin's query.
 */
const plainUrl = (url: string) => storedUploadPath(url) ?? url;

export function publicFile(row: unknown): PublicFile | null {
  if (!row || typeof row !== 'object') return null;
  const file = row as FileRow;
  if (typeof file.url !== 'string') return null;
  let formats = file.formats;
  if (typeof formats === 'string') {
    try {
      formats = JSON.parse(formats);
    } catch {
      formats = null;
    }
  }
  const publicFormats: PublicFile['formats'] = {};
  if (formats && typeof formats === 'object') {
    for (const [name, value] of Object.entries(formats as Record<string, Record<string, unknown>>)) {
      if (!value || typeof value.url !== 'string') continue;
      publicFormats[name] = {
        url: plainUrl(value.url),
        width: typeof value.width === 'number' ? value.width : null,
        height: typeof value.height === 'number' ? value.height : null,
        mime: typeof value.mime === 'string' ? value.mime : null,
      };
    }
  }
  return {
    url: plainUrl(file.url),
    alternativeText: file.alternativeText ?? null,
    caption: file.caption ?? null,
    width: file.width ?? null,
    height: file.height ?? null,
    mime: file.mime ?? null,
    formats: publicFormats,
  };
}

/** A document an item carries, as the public downloads it: its name, type, size and address. */
export interface PublicDocument {
  name: string;
  mime: string | null;
  /** In kilobytes of 1000 bytes, two decimals: Strapi's own unit (it stores no byte count). */
  size: number | null;
  url: string;
}

/** The columns of an upload file the public document view needs. */
export const DOCUMENT_FIELDS = ['name', 'mime', 'size', 'url'];

export function publicDocument(row: unknown): PublicDocument | null {
  if (!row || typeof row !== 'object') return null;
  const file = row as { name?: unknown; mime?: unknown; size?: unknown; url?: unknown };
  if (typeof file.url !== 'string') return null;
  // A decimal column: PostgreSQL's driver gives it as a string.
  const kilobytes = file.size === null || file.size === undefined ? NaN : Number(file.size);
  return {
    name: typeof file.name === 'string' ? file.name : '',
    mime: typeof file.mime === 'string' ? file.mime : null,
    size: Number.isFinite(kilobytes) ? kilobytes : null,
    url: plainUrl(file.url),
  };
}
