import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SCREENSHOT_LIMITS, SCREENSHOT_MIMES, type ConcernScreenshot, type ConcernScreenshots } from '../../../shared/contracts/concern-evidence';
import type { ConcernView } from '../../../shared/contracts/concerns';
import { CONCERN_SCREENSHOT, UPLOAD_FILE } from '../../../shared/uids';
import type { Actor } from '../services/item-state';
import { forbidden } from '../utils/errors';
import { getService } from '../get-service';
import { screenshotRowOf } from './content-type';

interface ScreenshotRow {
  id: number;
  fileId: number;
  addedByName: string;
  createdAt: Date | string;
}

interface FileRow {
  id: number;
  name: string;
  mime: string;
  url: string;
  formats: Record<string, { url?: string } | null> | string | null;
  createdBy?: { id: number } | null;
}

const ALLOWED: ReadonlySet<string> = new Set(SCREENSHOT_MIMES);

/** PostgreSQL's unique_violation, or SQLite's UNIQUE constraint failure. */
function isUniqueViolation(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || (typeof message === 'string' && /unique/i.test(message));
}
const iso = (value: Date | string) => new Date(value).toISOString();

function thumbnailOf(file: FileRow): string | null {
  let formats = file.formats;
  if (typeof formats === 'string') {
    try {
      formats = JSON.parse(formats) as Record<string, { url?: string } | null>;
    } catch {
      formats = null;
    }
  }
  const url = formats && typeof formats === 'object' ? formats.thumbnail?.url : undefined;
  return typeof url === 'string' ? url : null;
}

/**
 * Screenshots of a concern (issue 15): files of the media library, which stay private (the file gate
 * serves an upload to the public only while a published item or a public asset shows it; nothing
 * here does). The concern's scope is the desk's own (concerns service: 404 outside). Those who work on
 * it and the members of the filing unit attach; each file must be an image or a PDF the person
 * uploaded themself: attaching someone else's file would show it to everyone who sees the concern.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const screenshots = () => strapi.db.query(CONCERN_SCREENSHOT);
  const concerns = () => getService(strapi, 'concerns');

  async function mayAdd(userId: number, concern: ConcernView): Promise<boolean> {
    if (concern.canWork) return true;
    const standing = await getService(strapi, 'membership').standingOf(userId);
    return standing.rolesByUnit.has(concern.filingUnit.id);
  }

  async function viewOf(concernId: number, canAdd: boolean): Promise<ConcernScreenshots> {
    const rows = (await screenshots().findMany({ where: { concernId }, orderBy: [{ id: 'asc' }] })) as ScreenshotRow[];
    const fileIds = rows.map((row) => row.fileId);
    const files = fileIds.length
      ? ((await strapi.db.query(UPLOAD_FILE).findMany({ where: { id: { $in: fileIds } }, select: ['id', 'name', 'mime', 'url', 'formats'] })) as FileRow[])
      : [];
    const byId = new Map(files.map((file) => [file.id, file]));
    const views: ConcernScreenshot[] = [];
    for (const row of rows) {
      const file = byId.get(row.fileId);
      // A file deleted from the media library since leaves its row behind, unseen.
      if (!file) continue;
      views.push({ id: row.id, name: file.name, mime: file.mime, url: file.url, thumbnailUrl: thumbnailOf(file), addedBy: row.addedByName, addedAt: iso(row.createdAt) });
    }
    return { screenshots: views, canAdd, remaining: Math.max(0, SCREENSHOT_LIMITS.perConcern - rows.length) };
  }

  /** Each file exists, is an image or a PDF, and was uploaded by `userId`; else a 400 naming it. */
  async function assertOwnFiles(userId: number, fileIds: number[]): Promise<void> {
    const files = (await strapi.db.query(UPLOAD_FILE).findMany({
      where: { id: { $in: fileIds } },
      select: ['id', 'name', 'mime'],
      populate: { createdBy: { select: ['id'] } },
    })) as FileRow[];
    const byId = new Map(files.map((file) => [file.id, file]));
    for (const fileId of fileIds) {
      const file = byId.get(fileId);
      if (!file) throw new errors.ValidationError(`Không có tệp số ${fileId} trong thư viện media.`);
      if (!ALLOWED.has(file.mime)) {
        throw new errors.ValidationError(`Tệp "${file.name}" không phải ảnh (PNG, JPEG, WebP, GIF) hoặc PDF: ảnh chụp màn hình chỉ nhận các định dạng này.`);
      }
      if (file.createdBy?.id !== userId) {
        throw new errors.ValidationError(`Tệp "${file.name}" không do bạn tải lên: chỉ đính kèm ảnh chụp màn hình do chính bạn tải lên.`);
      }
    }
  }

  return {
    /** The screenshots of a concern the person sees. */
    async screenshotsOf(userId: number, concernId: number): Promise<ConcernScreenshots> {
      const concern = await concerns().get(userId, concernId);
      return viewOf(concernId, await mayAdd(userId, concern));
    },

    /** Attaches files the person uploaded; all or none. */
    async attach(actor: Actor, concernId: number, fileIds: number[]): Promise<ConcernScreenshots> {
      const concern = await concerns().get(actor.id, concernId);
      if (!(await mayAdd(actor.id, concern))) {
        throw forbidden('Chỉ Văn phòng Sở, phòng phụ trách và đơn vị báo vấn đề được đính kèm ảnh chụp màn hình.');
      }
      await assertOwnFiles(actor.id, fileIds);
      const raced = new errors.ValidationError('Vấn đề vừa được người khác đính kèm ảnh chụp màn hình; hãy tải lại và thử lại.');
      await strapi.db.transaction(async () => {
        const existing = (await screenshots().findMany({ where: { concernId }, select: ['fileId'] })) as Array<{ fileId: number }>;
        const already = fileIds.filter((fileId) => existing.some((row) => row.fileId === fileId));
        if (already.length > 0) throw new errors.ValidationError('Ảnh chụp màn hình này đã được đính kèm vào vấn đề rồi.');
        if (existing.length + fileIds.length > SCREENSHOT_LIMITS.perConcern) {
          const left = SCREENSHOT_LIMITS.perConcern - existing.length;
          throw new errors.ValidationError(
            `Mỗi vấn đề có tối đa ${SCREENSHOT_LIMITS.perConcern} ảnh chụp màn hình; vấn đề này ${left > 0 ? `chỉ còn nhận thêm ${left} ảnh` : 'đã đủ'}.`
          );
        }
        let slot = existing.length;
        for (const fileId of fileIds) {
          slot += 1;
          // A unique key taken meanwhile (the same file, or the same place, by a simultaneous request): all or none.
          await screenshots().create({ data: screenshotRowOf(concernId, fileId, slot, actor) }).catch((error: unknown) => {
            throw isUniqueViolation(error) ? raced : error;
          });
        }
      });
      return viewOf(concernId, true);
    },
  };
};
