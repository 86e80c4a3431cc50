/**
 * What a file is, decided by its first bytes ("magic numbers"), never by its name or the type the
 * client declared. Small and dependency-free on purpose: the archive accepts ten formats, and two more from phones (HEIC, MOV: converted on arrival), each
 * with a fixed signature, and refuses the rest; a general detector would only widen the surface.
 * Word (DOCX) and OpenDocument (ODT) text documents are ZIP archives: they are told apart from any
 * other archive by the entries a ZIP of that kind must start with (the units' plans, issue 17), and
 * so are Excel (XLSX) workbooks (the documents an item carries, issue 20).
 */

export type AcceptedFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'mp4' | 'webm' | 'pdf' | 'docx' | 'xlsx' | 'odt' | PhoneFormat;
/** What iPhones save: converted or remuxed on arrival (heic.ts, quicktime.ts), never stored as sent. */
export type PhoneFormat = 'heic' | 'mov';

export interface AcceptedType {
  format: AcceptedFormat;
  mime: string;
  /** Extensions (lower case, with the dot) a file of this type may carry. */
  extensions: readonly string[];
  /** Images go through sharp; videos and documents are stored as sent. */
  family: 'image' | 'video' | 'document';
}

export const ACCEPTED_TYPES: Record<AcceptedFormat, AcceptedType> = {
  jpeg: { format: 'jpeg', mime: 'image/jpeg', extensions: ['.jpg', '.jpeg', '.jpe', '.jfif'], family: 'image' },
  png: { format: 'png', mime: 'image/png', extensions: ['.png'], family: 'image' },
  webp: { format: 'webp', mime: 'image/webp', extensions: ['.webp'], family: 'image' },
  gif: { format: 'gif', mime: 'image/gif', extensions: ['.gif'], family: 'image' },
  mp4: { format: 'mp4', mime: 'video/mp4', extensions: ['.mp4', '.m4v'], family: 'video' },
  webm: { format: 'webm', mime: 'video/webm', extensions: ['.webm'], family: 'video' },
  pdf: { format: 'pdf', mime: 'application/pdf', extensions: ['.pdf'], family: 'document' },
  docx: { format: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['.docx'], family: 'document' },
  xlsx: { format: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['.xlsx'], family: 'document' },
  odt: { format: 'odt', mime: 'application/vnd.oasis.opendocument.text', extensions: ['.odt'], family: 'document' },
  heic: { format: 'heic', mime: 'image/heic', extensions: ['.heic', '.heif'], family: 'image' },
  mov: { format: 'mov', mime: 'video/quicktime', extensions: ['.mov', '.qt'], family: 'video' },
};

/** Formats refused with a reason of their own, because people do send them. */
export type RefusedFormat = 'svg' | 'html' | 'script' | 'executable' | 'avif' | 'matroska' | 'unknown';

export type Signature = { accepted: AcceptedType } | { refused: RefusedFormat };

/** How many leading bytes detection needs (the same window Strapi's own check reads). */
export const SIGNATURE_BYTES = 4100;

/** ISO base media brands that are MP4 proper (QuickTime and HEIF share the container, not the format). */
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'M4V ', 'mmp4', 'MSNV', 'f4v ']);
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'mif1', 'msf1']);
/** AVIF is HEIF with AV1 inside: it may carry the generic `mif1` major brand, so its own brands are looked for first. */
const AVIF_BRANDS = new Set(['avif', 'avis']);

const startsWith = (bytes: Buffer, signature: number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);
const ascii = (bytes: Buffer, start: number, end: number): string => bytes.subarray(start, end).toString('latin1');

export function detectSignature(bytes: Buffer): Signature {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { accepted: ACCEPTED_TYPES.jpeg };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { accepted: ACCEPTED_TYPES.png };
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return { accepted: ACCEPTED_TYPES.gif };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { accepted: ACCEPTED_TYPES.webp };
  if (ascii(bytes, 0, 5) === '%PDF-') return { accepted: ACCEPTED_TYPES.pdf };
  if (ascii(bytes, 4, 8) === 'ftyp') return isoMediaSignature(bytes);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipSignature(bytes);
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return ebmlSignature(bytes);
  if (startsWith(bytes, [0x4d, 0x5a]) || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return { refused: 'executable' };
  return { refused: textSignature(bytes) };
}

/** MP4, MOV and HEIF all start with an `ftyp` box; its major and compatible brands tell them apart. */
function isoMediaSignature(bytes: Buffer): Signature {
  const boxSize = bytes.readUInt32BE(0);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= Math.min(boxSize, bytes.length); at += 4) brands.push(ascii(bytes, at, at + 4));
  const major = brands[0];
  if (major === 'qt  ') return { accepted: ACCEPTED_TYPES.mov };
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return { refused: 'avif' };
  if (HEIF_BRANDS.has(major)) return { accepted: ACCEPTED_TYPES.heic };
  if (MP4_BRANDS.has(major) || brands.some((brand) => MP4_BRANDS.has(brand))) return { accepted: ACCEPTED_TYPES.mp4 };
  return { refused: 'unknown' };
}

const ODT_MIME = 'application/vnd.oasis.opendocument.text';

/**
 * A ZIP archive is a text document only when it says so where its format requires: an ODT's first
 * entry is `mimetype`, stored uncompressed, holding exactly the ODT type; a DOCX starts with its
 * `[Content_Types].xml` and a `word/` part within the first entries, an XLSX the same with an `xl/`
 * part. A macro-enabled Word or Excel file
 * (`vbaProject`) and any other archive are refused.
 */
function zipSignature(bytes: Buffer): Signature {
  if (bytes.length < 30) return { refused: 'unknown' };
  const method = bytes.readUInt16LE(8);
  const size = bytes.readUInt32LE(18);
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  const name = ascii(bytes, 30, 30 + nameLength);
  if (name === 'mimetype') {
    const start = 30 + nameLength + extraLength;
    return method === 0 && size === ODT_MIME.length && ascii(bytes, start, start + size) === ODT_MIME ? { accepted: ACCEPTED_TYPES.odt } : { refused: 'unknown' };
  }
  const head = ascii(bytes, 0, bytes.length);
  if (head.includes('[Content_Types].xml') && head.includes('word/') && !head.includes('vbaProject')) return { accepted: ACCEPTED_TYPES.docx };
  // Excel the same way (the documents an item carries, issue 20); a macro-enabled workbook is refused.
  if (head.includes('[Content_Types].xml') && head.includes('xl/') && !head.includes('vbaProject')) return { accepted: ACCEPTED_TYPES.xlsx };
  return { refused: 'unknown' };
}

/** WebM is Matroska with the DocType `webm`; plain Matroska (.mkv) is refused. */
function ebmlSignature(bytes: Buffer): Signature {
  const header = ascii(bytes, 0, Math.min(bytes.length, 64));
  if (header.includes('webm')) return { accepted: ACCEPTED_TYPES.webm };
  if (header.includes('matroska')) return { refused: 'matroska' };
  return { refused: 'unknown' };
}

/** Text files: SVG, HTML and scripts are refused by name, anything else as unknown. */
function textSignature(bytes: Buffer): RefusedFormat {
  const text = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (text.startsWith('#!') || text.startsWith('<?php')) return 'script';
  // An XML prolog, comments or a doctype may come before the root element.
  const head = text.slice(0, 2048);
  if (/<svg[\s>]/.test(head)) return 'svg';
  if (/^<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<script[\s>]|<iframe[\s>]/.test(head)) return 'html';
  if (/^(import |export |const |let |var |function |'use strict'|"use strict")/.test(head)) return 'script';
  return 'unknown';
}

/** The lower-case extension of a file name, with its dot, or '' when it has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}
