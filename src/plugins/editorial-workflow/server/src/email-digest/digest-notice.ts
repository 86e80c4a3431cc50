import type { Notice } from '../notifications/transition-notice';
import { vietnameseDate, vietnamTime } from '../utils/vietnam-time';

/** One notification waiting for the digest. */
export interface DigestEntry {
  title: string;
  createdAt: Date | string;
  /** The absolute address of the page it concerns (its item), if any. */
  url: string | null;
}

/** The action of the digest's own notification row (its e-mail goes through the outbox like any other). */
export const DIGEST_ACTION = 'email-digest';

/**
 * The digest of a person's notifications since the last one, oldest first: each with its time in
 * Vietnam time and the link to its item, so one e-mail replaces many and nothing is lost.
 */
export function digestNotice(date: string, entries: DigestEntry[]): Notice {
  const lines = [`Bạn có ${entries.length} thông báo mới của Tòa soạn kể từ thư tóm tắt trước:`];
  for (const [i, entry] of entries.entries()) {
    lines.push(`${i + 1}. ${entry.title} (${vietnamTime(entry.createdAt)})${entry.url ? ` — ${entry.url}` : ''}`);
  }
  lines.push('Bạn nhận thư tóm tắt mỗi ngày thay vì từng thư; có thể đổi lại trong mục Thông báo của trang Tòa soạn.');
  return { action: DIGEST_ACTION, title: `Tóm tắt thông báo ngày ${vietnameseDate(date)}: ${entries.length} thông báo`, lines };
}
