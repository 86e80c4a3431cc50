/**
 * The video links an item may carry (issue 20): YouTube and Facebook videos only. A link is read
 * into its provider and video id, and the website gets a typed embed built from those two alone,
 * with a canonical URL made here: nothing the author typed (a query, a fragment, a look-alike host)
 * reaches the public, and never any HTML.
 */

export type VideoProvider = 'youtube' | 'facebook';

/** A video as the public API shows it. */
export interface VideoEmbed {
  provider: VideoProvider;
  id: string;
  /** The canonical address, built from the provider and the id. */
  url: string;
}

export type VideoLinkReading = { embed: VideoEmbed } | { refused: string };

/** At most this many links on one item (a gallery of videos belongs in the media archive). */
export const MAX_VIDEO_LINKS = 10;
const MAX_LINK_LENGTH = 500;

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
/** Facebook video ids are numbers. */
const FACEBOOK_ID = /^\d{5,25}$/;

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com']);
const FACEBOOK_HOSTS = new Set(['facebook.com', 'www.facebook.com', 'm.facebook.com', 'web.facebook.com']);

export const canonicalVideoUrl = (provider: VideoProvider, id: string): string =>
  provider === 'youtube' ? `https://www.youtube.com/watch?v=${id}` : `https://www.facebook.com/watch/?v=${id}`;

const HINT =
  'Chỉ nhận đường dẫn video YouTube (https://www.youtube.com/watch?v=…, https://youtu.be/…) hoặc Facebook (https://www.facebook.com/…/videos/…, https://www.facebook.com/watch/?v=…).';

/** The embed of one link, or the reason (in Vietnamese) it is refused. */
export function readVideoLink(input: unknown): VideoLinkReading {
  if (typeof input !== 'string' || input.trim() === '') return { refused: `Liên kết video phải là một đường dẫn (chuỗi ký tự). ${HINT}` };
  const text = input.trim();
  if (text.length > MAX_LINK_LENGTH) return { refused: `Liên kết video dài quá ${MAX_LINK_LENGTH} ký tự. ${HINT}` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { refused: `"${shown(text)}" không phải là một đường dẫn hợp lệ. ${HINT}` };
  }
  // javascript:, data:, file: and the like are never links to a video.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { refused: `Đường dẫn "${shown(text)}" không dùng giao thức https. ${HINT}` };
  if (url.username || url.password || url.port) return { refused: `Đường dẫn "${shown(text)}" có tên đăng nhập hoặc cổng, không phải đường dẫn video. ${HINT}` };

  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').filter(Boolean);
  if (YOUTUBE_HOSTS.has(host) || host === 'youtu.be') {
    const id = host === 'youtu.be' ? (segments.length === 1 ? segments[0] : undefined) : youtubeId(segments, url.searchParams);
    return id && YOUTUBE_ID.test(id)
      ? { embed: { provider: 'youtube', id, url: canonicalVideoUrl('youtube', id) } }
      : { refused: `Không tìm thấy mã video YouTube trong "${shown(text)}". ${HINT}` };
  }
  if (FACEBOOK_HOSTS.has(host)) {
    const fbId = facebookId(segments, url.searchParams);
    return fbId && FACEBOOK_ID.test(fbId)
      ? { embed: { provider: 'facebook', id: fbId, url: canonicalVideoUrl('facebook', fbId) } }
      : { refused: `Không tìm thấy mã video Facebook trong "${shown(text)}" (đường dẫn rút gọn fb.watch cũng không được nhận: hãy mở video và sao chép đường dẫn đầy đủ). ${HINT}` };
  }
  return { refused: `Trang "${shown(host)}" không được nhận cho liên kết video. ${HINT}` };
}

/** watch?v=ID, /embed/ID, /shorts/ID, /live/ID, /v/ID. */
function youtubeId(segments: string[], query: URLSearchParams): string | undefined {
  if (segments.length === 1 && segments[0] === 'watch') return query.get('v') ?? undefined;
  if (segments.length === 2 && ['embed', 'shorts', 'live', 'v'].includes(segments[0])) return segments[1];
  return undefined;
}

/** /watch/?v=ID, /video.php?v=ID, /<page>/videos/ID, /<page>/videos/<title>/ID, /reel/ID. */
function facebookId(segments: string[], query: URLSearchParams): string | undefined {
  if (segments.length === 1 && (segments[0] === 'watch' || segments[0] === 'video.php')) return query.get('v') ?? undefined;
  if (segments.length === 2 && segments[0] === 'reel') return segments[1];
  const videos = segments.indexOf('videos');
  if (videos >= 0 && videos === segments.length - 2) return segments[videos + 1];
  if (videos >= 0 && videos === segments.length - 3) return segments[videos + 2];
  return undefined;
}

/** Enough of what was typed to recognise it in the message, never a wall of text. */
const shown = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/**
 * The links of an item as stored (a JSON list of addresses), read as they are written: the embeds
 * in order, or the first refusal. `null` and `[]` are no links.
 */
export function readVideoLinks(value: unknown): { embeds: VideoEmbed[] } | { refused: string } {
  if (value === null || value === undefined) return { embeds: [] };
  if (!Array.isArray(value)) {
    return { refused: 'Liên kết video phải là một danh sách đường dẫn, ví dụ ["https://www.youtube.com/watch?v=…"].' };
  }
  if (value.length > MAX_VIDEO_LINKS) return { refused: `Một tin bài có tối đa ${MAX_VIDEO_LINKS} liên kết video.` };
  const embeds: VideoEmbed[] = [];
  for (const [index, link] of value.entries()) {
    const reading = readVideoLink(link);
    if ('refused' in reading) return { refused: `Liên kết video thứ ${index + 1}: ${reading.refused}` };
    if (!embeds.some((embed) => embed.url === reading.embed.url)) embeds.push(reading.embed);
  }
  return { embeds };
}

/** The embeds of a stored value for the public: whatever does not read as a video is left out. */
export function publicVideoEmbeds(value: unknown): VideoEmbed[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((link) => {
    const reading = readVideoLink(link);
    return 'embed' in reading ? [reading.embed] : [];
  });
}
