import type { SendFile } from '../../../shared/contracts/send-app';

/**
 * The app's text as Strapi blocks and back. The phone writes plain paragraphs; a body with more
 * (headings, lists, images, links, bold) was written in the admin panel, and the app does not
 * rewrite it: saving paragraphs over it would lose what the phone cannot show.
 */
type Block = { type?: string; text?: string; children?: Block[]; bold?: boolean; italic?: boolean; underline?: boolean; strikethrough?: boolean; code?: boolean };

export const blocksOf = (paragraphs: string[]): Block[] =>
  paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

const textOf = (node: Block): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(''));

export const paragraphsOf = (body: unknown): string[] => (Array.isArray(body) ? (body as Block[]).map(textOf).filter((text) => text.length > 0) : []);

const MARKS = ['bold', 'italic', 'underline', 'strikethrough', 'code'] as const;
const plainText = (node: Block): boolean => node.type === 'text' && !MARKS.some((mark) => node[mark]);

/** Whether the body is only paragraphs of unformatted text: what the phone can edit without loss. */
export const isPlainBody = (body: unknown): boolean =>
  body === null || body === undefined || (Array.isArray(body) && (body as Block[]).every((block) => block.type === 'paragraph' && (block.children ?? []).every(plainText)));

type StoredFile = { id: number; url: string; mime: string };

export const fileOf = (file: StoredFile): SendFile => ({ id: file.id, url: file.url, mime: file.mime });

/** The cover is the first photo; the gallery holds the other photos and the video. */
export function mediaOf(cover: StoredFile | null | undefined, gallery: StoredFile[] | null | undefined): { photos: SendFile[]; video: SendFile | null } {
  const files = [...(cover ? [cover] : []), ...(gallery ?? [])];
  const video = files.find((file) => file.mime.startsWith('video/'));
  return { photos: files.filter((file) => file.mime.startsWith('image/')).map(fileOf), video: video ? fileOf(video) : null };
}

export const mediaData = (photos: number[], video: number | null) => ({ cover: photos[0] ?? null, gallery: [...photos.slice(1), ...(video ? [video] : [])] });
