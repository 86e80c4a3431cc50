import type { Core } from '@strapi/strapi';

/**
 * The limits of the media archive. Set in config/plugins.ts (upload → mediaRules) from the
 * environment; read at every upload, so a test or an operator can change them without a restart.
 */
export interface MediaRules {
  /** Largest file accepted, in bytes (MEDIA_MAX_FILE_MB, default 100 MB). */
  maxFileBytes: number;
  /** Largest image accepted, in pixels (MEDIA_MAX_IMAGE_MEGAPIXELS, default 64 megapixels). */
  maxImagePixels: number;
  /** Longest side of a stored image (MEDIA_MAX_IMAGE_SIDE, default 4096 px). */
  maxImageSide: number;
  /** Widths of the WebP derivatives for the website (MEDIA_WEBP_WIDTHS, default 480,960,1920). */
  webpWidths: number[];
  /** WebP quality of the derivatives (MEDIA_WEBP_QUALITY, default 80). */
  webpQuality: number;
  /** JPEG/WebP quality of the re-encoded original (MEDIA_ORIGINAL_QUALITY, default 88). */
  originalQuality: number;
}

export const DEFAULT_MEDIA_RULES: MediaRules = {
  maxFileBytes: 100 * 1024 * 1024,
  maxImagePixels: 64_000_000,
  maxImageSide: 4096,
  webpWidths: [480, 960, 1920],
  webpQuality: 80,
  originalQuality: 88,
};

type Env = { (key: string, fallback?: string): string | undefined };

const positive = (value: string | undefined, fallback: number): number => {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
};

/** The rules from environment variables; anything unset or unreadable keeps its default. */
export function mediaRulesFromEnv(env: Env): MediaRules {
  const d = DEFAULT_MEDIA_RULES;
  const widths = (env('MEDIA_WEBP_WIDTHS') ?? '')
    .split(',')
    .map((w) => Math.round(Number(w.trim())))
    .filter((w) => Number.isInteger(w) && w > 0);
  return {
    maxFileBytes: Math.round(positive(env('MEDIA_MAX_FILE_MB'), d.maxFileBytes / 1024 / 1024) * 1024 * 1024),
    maxImagePixels: Math.round(positive(env('MEDIA_MAX_IMAGE_MEGAPIXELS'), d.maxImagePixels / 1e6) * 1e6),
    maxImageSide: Math.round(positive(env('MEDIA_MAX_IMAGE_SIDE'), d.maxImageSide)),
    webpWidths: widths.length === 3 ? [...widths].sort((a, b) => a - b) : d.webpWidths,
    webpQuality: Math.min(100, Math.round(positive(env('MEDIA_WEBP_QUALITY'), d.webpQuality))),
    originalQuality: Math.min(100, Math.round(positive(env('MEDIA_ORIGINAL_QUALITY'), d.originalQuality))),
  };
}

export function mediaRulesOf(strapi: Core.Strapi): MediaRules {
  return { ...DEFAULT_MEDIA_RULES, ...(strapi.config.get('plugin::upload.mediaRules', {}) as Partial<MediaRules>) };
}
