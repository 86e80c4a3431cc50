import type { ChannelItem } from '../../../../shared/contracts/channels';
import { escapeHtml } from '../../utils/escape-html';
import { vietnamTime } from '../../utils/vietnam-time';

const SIGNATURE = '— Tòa soạn Sở Giáo dục và Đào tạo';

export interface PressMail {
  subject: string;
  text: string;
  html: string;
}

/** Lines as text, and as HTML paragraphs (user values escaped, links made clickable). */
function render(subject: string, lines: Array<string | { label: string; url: string }>): PressMail {
  const text = lines.map((line) => (typeof line === 'string' ? line : `${line.label}: ${line.url}`)).join('\n');
  const html = lines
    .map((line) =>
      typeof line === 'string'
        ? line === ''
          ? ''
          : `<p>${escapeHtml(line)}</p>`
        : `<p>${escapeHtml(line.label)}: <a href="${escapeHtml(line.url)}">${escapeHtml(line.url)}</a></p>`
    )
    .join('');
  return { subject, text, html };
}

const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The e-mail of a published item to the press (issue 18 item 5): the text in full, the cover and the
 * photos as absolute links (not attached: an e-mail of several photos at full size is refused by
 * many mail servers, and the outlets take the originals from the links), the item's address, in
 * Vietnamese, times in Vietnam time.
 */
export function publishMail(item: ChannelItem, siteName: string): PressMail {
  return render(`[${siteName}] Tin bài: ${item.title}`, [
    'Kính gửi Quý cơ quan báo chí,',
    '',
    `${siteName} trân trọng gửi tin bài "${item.title}", đăng trên Trang thông tin điện tử của Sở lúc ${vietnamTime(item.publishedAt)}.`,
    ...(item.unitName ? [`Đơn vị đưa tin: ${item.unitName}.`] : []),
    '',
    ...(item.summary ? [`Tóm tắt: ${item.summary}`, ''] : []),
    ...paragraphs(item.text),
    '',
    { label: 'Bài trên trang của Sở', url: item.url },
    ...(item.coverUrl ? [{ label: 'Ảnh đại diện', url: item.coverUrl }] : []),
    ...item.photoUrls.map((url, i) => ({ label: `Ảnh ${i + 1}`, url })),
    '',
    `Khi sử dụng tin, ảnh, đề nghị ghi rõ nguồn: ${siteName}.`,
    SIGNATURE,
  ]);
}

/** A correction: short, the note and the link, so the outlets fix what they ran. */
export function correctionMail(item: ChannelItem, siteName: string): PressMail {
  return render(`[${siteName}] Đính chính: ${item.title}`, [
    'Kính gửi Quý cơ quan báo chí,',
    '',
    `${siteName} đính chính tin bài "${item.title}" đã gửi Quý cơ quan.`,
    `Nội dung đính chính: ${item.correctionNote || '(xem bài trên trang của Sở)'}`,
    '',
    { label: 'Bài đã đính chính', url: item.url },
    '',
    'Đề nghị Quý cơ quan cập nhật bản đã đăng (nếu có).',
    SIGNATURE,
  ]);
}

/** A removal: the item was taken down; the outlets are asked not to use it (or to take their copy down). */
export function withdrawalMail(title: string, siteName: string): PressMail {
  return render(`[${siteName}] Thu hồi tin bài: ${title}`, [
    'Kính gửi Quý cơ quan báo chí,',
    '',
    `${siteName} đã gỡ tin bài "${title}" khỏi Trang thông tin điện tử của Sở.`,
    'Đề nghị Quý cơ quan không sử dụng tin bài này, và gỡ bản đã đăng (nếu có).',
    '',
    SIGNATURE,
  ]);
}
