import crypto from 'node:crypto';
import { STATE_LABELS } from '../../../shared/state-machine';
import { blocksToHtml } from '../../../../../public-api/blocks-html';
import { escapeHtml, safeUrl } from '../../../../../public-api/html';
import type { PublicFile } from '../../../../../public-api/media-file-view';
import { vietnamTime } from '../utils/vietnam-time';
import type { PreviewDraft } from './links';

/**
 * The preview page: the draft as the department website would show it (the public API's own
 * rendering of the body), in a plain template that reads well on a phone, with a band saying it is
 * not published. No script, no outside resource; the stylesheet is allowed by its hash alone.
 */

/** Makes a file's URL loadable by this page: a signed short-lived URL for an upload, or unchanged. */
export type FileUrl = (url: string) => string;

const KIND_LABELS: Record<string, string> = { news: 'Tin', article: 'Bài', feature: 'Chuyên đề', response: 'Thông cáo' };

const STYLE = [
  '*{box-sizing:border-box}',
  'body{margin:0;font:17px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1f2328;background:#f6f7f9}',
  '.band{position:sticky;top:0;z-index:1;margin:0;padding:10px 16px;background:#b42318;color:#fff;font-weight:700;text-align:center;letter-spacing:.02em}',
  'main{max-width:760px;margin:0 auto;padding:20px 16px 40px;background:#fff}',
  'h1{font-size:1.6em;line-height:1.3;margin:.3em 0 .4em}',
  '.kicker,.dates,.topics,.byline,footer{color:#57606a;font-size:.9em}',
  '.kicker{margin:0;text-transform:uppercase;letter-spacing:.04em;font-weight:600}',
  '.summary{font-weight:600;font-size:1.05em}',
  'img{max-width:100%;height:auto;display:block;margin:0 auto}',
  'figure{margin:1.2em 0}',
  'figcaption{color:#57606a;font-size:.85em;text-align:center;margin-top:.4em}',
  'blockquote{margin:1em 0;padding:.2em 1em;border-left:4px solid #d0d7de;color:#3d444d}',
  'pre{overflow-x:auto;background:#f6f8fa;padding:12px}',
  'a{color:#0b57d0}',
  '.byline{text-align:right;font-style:italic}',
  '.notice{margin:3em auto;max-width:560px;text-align:center}',
  'footer{max-width:760px;margin:0 auto;padding:16px}',
].join('');

const STYLE_HASH = crypto.createHash('sha256').update(STYLE).digest('base64');

/**
 * The page's Content-Security-Policy: nothing but its own stylesheet and images from this server
 * (and, with object storage, the bucket the file gate redirects to); no script, no form, no frame.
 */
export function previewContentSecurityPolicy(imageOrigins: string[] = []): string {
  return [
    "default-src 'none'",
    `style-src 'sha256-${STYLE_HASH}'`,
    `img-src ${["'self'", ...imageOrigins].join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function layout(title: string, content: string): string {
  return [
    '<!doctype html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<p class="band" role="note">BẢN XEM TRƯỚC — chưa đăng</p>',
    content,
    '</body>',
    '</html>',
  ].join('\n');
}

/** A file with its URLs made loadable; formats become a `srcset`. */
function picture(file: PublicFile, fileUrl: FileUrl, fallbackAlt: string): string {
  const src = safeUrl(file.url);
  if (!src) return '';
  const widths = Object.values(file.formats)
    .filter((format) => format.width && safeUrl(format.url))
    .sort((a, b) => (a.width ?? 0) - (b.width ?? 0))
    .map((format) => `${escapeHtml(fileUrl(format.url))} ${format.width}w`);
  const srcset = widths.length > 0 ? ` srcset="${widths.join(', ')}${file.width ? `, ${escapeHtml(fileUrl(src))} ${file.width}w` : ''}" sizes="(max-width: 760px) 100vw, 728px"` : '';
  const size = file.width && file.height ? ` width="${file.width}" height="${file.height}"` : '';
  const alt = escapeHtml(file.alternativeText ?? fallbackAlt);
  const caption = file.caption ? `<figcaption>${escapeHtml(file.caption)}</figcaption>` : '';
  return `<figure><img src="${escapeHtml(fileUrl(src))}"${srcset}${size} alt="${alt}" loading="lazy">${caption}</figure>`;
}

const isImage = (file: PublicFile) => !file.mime || file.mime.startsWith('image/');

/** The body's image blocks with their upload URLs made loadable; every other block as stored. */
function bodyWithLoadableImages(blocks: unknown, fileUrl: FileUrl): unknown {
  if (!Array.isArray(blocks)) return blocks;
  return blocks.map((block) => {
    if (!block || typeof block !== 'object' || (block as { type?: unknown }).type !== 'image') return block;
    const image = (block as { image?: unknown }).image;
    if (!image || typeof image !== 'object' || typeof (image as { url?: unknown }).url !== 'string') return block;
    return { ...block, image: { ...image, url: fileUrl((image as { url: string }).url) } };
  });
}

export function previewPage(draft: PreviewDraft, expiresAt: Date, fileUrl: FileUrl): string {
  const kicker = [KIND_LABELS[draft.kind] ?? draft.kind, draft.unit?.name].filter(Boolean).map((part) => escapeHtml(String(part))).join(' · ');
  const dates = [
    `Cập nhật lúc ${vietnamTime(draft.updatedAt)}`,
    `Trạng thái: ${STATE_LABELS[draft.state] ?? draft.state}`,
    ...(draft.scheduledAt ? [`Hẹn đăng lúc ${vietnamTime(draft.scheduledAt)}`] : []),
  ];
  const gallery = draft.gallery.filter(isImage).map((file) => picture(file, fileUrl, draft.title));
  const content = [
    '<main>',
    '<article>',
    kicker ? `<p class="kicker">${kicker}</p>` : '',
    `<h1>${escapeHtml(draft.title)}</h1>`,
    `<p class="dates">${dates.map(escapeHtml).join(' · ')}</p>`,
    draft.summary ? `<p class="summary">${escapeHtml(draft.summary)}</p>` : '',
    draft.cover && isImage(draft.cover) ? picture(draft.cover, fileUrl, draft.title) : '',
    `<div class="body">${blocksToHtml(bodyWithLoadableImages(draft.body, fileUrl))}</div>`,
    gallery.length > 0 ? `<section class="gallery">${gallery.join('')}</section>` : '',
    draft.byline ? `<p class="byline">${escapeHtml(draft.byline)}</p>` : '',
    draft.topics.length > 0 ? `<p class="topics">Chủ đề: ${draft.topics.map((topic) => escapeHtml(topic.title)).join(', ')}</p>` : '',
    '</article>',
    '</main>',
    `<footer>Bản xem trước tin bài chưa đăng, có thể còn thay đổi; xin không chia sẻ rộng. Liên kết hết hạn lúc ${escapeHtml(vietnamTime(expiresAt))}, hoặc sớm hơn khi tin bài được xử lý tiếp.</footer>`,
  ].filter(Boolean);
  return layout(`Xem trước: ${draft.title}`, content.join('\n'));
}

/** Why a link shows nothing, in Vietnamese; each with its HTTP status. */
export const REFUSALS = {
  invalid: { status: 404, title: 'Liên kết xem trước không hợp lệ', text: 'Liên kết này không đúng hoặc đã bị sửa. Hãy xin người gửi một liên kết mới.' },
  expired: { status: 410, title: 'Liên kết xem trước đã hết hạn', text: 'Liên kết xem trước chỉ dùng được trong vài giờ. Hãy xin người gửi một liên kết mới.' },
  stale: {
    status: 410,
    title: 'Liên kết xem trước không còn hiệu lực vì tin bài đã được xử lý tiếp',
    text: 'Tin bài đã chuyển sang bước khác của quy trình biên tập sau khi liên kết được tạo. Hãy xin một liên kết mới để xem bản hiện tại.',
  },
  method: { status: 405, title: 'Liên kết xem trước không hợp lệ', text: 'Trang xem trước chỉ để đọc.' },
  unavailable: { status: 503, title: 'Chưa hiển thị được bản xem trước', text: 'Máy chủ đang bận hoặc gặp sự cố. Xin thử lại sau ít phút.' },
} as const;

export type RefusalKind = keyof typeof REFUSALS;

export function refusalPage(kind: RefusalKind): string {
  const { title, text } = REFUSALS[kind];
  return layout(title, `<main class="notice"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></main>`);
}
