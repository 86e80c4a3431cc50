import { detectSignature, extensionOf } from '../file-signature';
import { mediaRulesFromEnv, DEFAULT_MEDIA_RULES } from '../media-config';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));
const ftyp = (major: string, ...compatible: string[]) => {
  const body = bytes('ftyp', major, [0, 0, 0, 0], ...compatible);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(body.length + 4);
  return Buffer.concat([size, body]);
};
const format = (buffer: Buffer) => {
  const signature = detectSignature(buffer);
  return 'accepted' in signature ? signature.accepted.format : `refused:${signature.refused}`;
};

describe('file signatures: the type comes from the bytes', () => {
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF')],
    ['png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['gif', bytes('GIF89a')],
    ['webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ')],
    ['pdf', bytes('%PDF-1.7\n')],
    ['mp4', ftyp('isom', 'isom', 'avc1')],
    ['mp4', ftyp('XAVC', 'mp42')],
    ['mov', ftyp('qt  ', 'qt  ')],
    ['heic', ftyp('heic', 'mif1', 'heic')],
    ['heic', ftyp('mif1', 'mif1', 'heic', 'miaf')],
    ['webm', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x87, 0x42, 0x82, 0x84], 'webm')],
  ])('accepts %s', (expected, buffer) => expect(format(buffer)).toBe(expected));

  it.each([
    ['svg', bytes('\uFEFF<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['svg', bytes('<svg>')],
    ['html', bytes('<!DOCTYPE html><title>x</title>')],
    ['html', bytes('  <script>alert(1)</script>')],
    ['script', bytes('#!/usr/bin/env node\n')],
    ['script', bytes('<?php echo 1;')],
    ['script', bytes("'use strict';\nmodule.exports = 1;")],
    ['executable', bytes('MZ', [0x90, 0])],
    ['executable', bytes([0x7f], 'ELF')],
    ['avif', ftyp('avif', 'mif1', 'avif')],
    ['avif', ftyp('mif1', 'mif1', 'avif', 'miaf')],
    ['matroska', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x8b, 0x42, 0x82, 0x88], 'matroska')],
    ['unknown', bytes('plain text, nothing else')],
    ['unknown', Buffer.alloc(0)],
  ])('refuses %s', (expected, buffer) => expect(format(buffer)).toBe(`refused:${expected}`));

  it('reads the extension in lower case, without a path, and none for dotfiles', () => {
    expect(extensionOf('Ảnh Khai Giảng.JPG')).toBe('.jpg');
    expect(extensionOf('C:\\fakepath\\clip.mp4')).toBe('.mp4');
    expect(extensionOf('.hidden')).toBe('');
    expect(extensionOf('blob')).toBe('');
  });
});

describe('media limits from the environment', () => {
  const env = (values: Record<string, string>) => (key: string) => values[key];

  it('keeps the documented defaults when nothing is set', () => {
    expect(mediaRulesFromEnv(env({}))).toEqual(DEFAULT_MEDIA_RULES);
    expect(DEFAULT_MEDIA_RULES).toMatchObject({ maxFileBytes: 100 * 1024 * 1024, maxImagePixels: 64e6, maxImageSide: 4096, webpWidths: [480, 960, 1920] });
  });

  it('reads megabytes, megapixels and three widths; ignores what it cannot read', () => {
    const rules = mediaRulesFromEnv(
      env({ MEDIA_MAX_FILE_MB: '20', MEDIA_MAX_IMAGE_MEGAPIXELS: '40', MEDIA_MAX_IMAGE_SIDE: '3000', MEDIA_WEBP_WIDTHS: '1600, 400,800' })
    );
    expect(rules).toMatchObject({ maxFileBytes: 20 * 1024 * 1024, maxImagePixels: 40e6, maxImageSide: 3000, webpWidths: [400, 800, 1600] });
    expect(mediaRulesFromEnv(env({ MEDIA_MAX_FILE_MB: 'lots', MEDIA_WEBP_WIDTHS: '480,960' }))).toMatchObject({
      maxFileBytes: DEFAULT_MEDIA_RULES.maxFileBytes,
      webpWidths: DEFAULT_MEDIA_RULES.webpWidths,
    });
  });
});
