import fs from 'node:fs';

/**
 * Removes every metadata block from a JPEG without decoding it: the compressed picture is copied
 * byte for byte, so the stored original loses nothing (no second generation of JPEG loss) and costs
 * a read and a write of its bytes instead of a decode and an encode, the dearest steps of a photo's
 * upload. A file is read and written a chunk at a time: a photo of several megabytes held whole in
 * JavaScript stays in memory until the next garbage collection (bench/media: about 30 MB more peak).
 *
 * Kept: what a decoder needs to draw the picture as it was shot (quantisation and Huffman tables,
 * frame and scan headers, restart interval, the compressed scans), the ICC colour profile (an
 * iPhone's Display P3 photo shown without it looks washed out), the Adobe segment (it says how the
 * colour components are coded) and a JFIF header rewritten with its pixel density only.
 * Dropped: EXIF (with the GPS position, the camera's serial number, the embedded thumbnail), XMP,
 * IPTC and Photoshop blocks, comments, the multi-picture (MPF) index, every other APPn segment, a
 * JFIF thumbnail, and anything after the end of the picture (phones append depth maps and previews).
 *
 * Answers null for anything it does not fully understand (a truncated file, an unknown marker, a
 * segment running past the end): the caller then decodes and re-encodes the photo as before.
 */
const MARKER = 0xff;
const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP2 = 0xe2;
const APP14 = 0xee;
const COM = 0xfe;
const CHUNK = 64 * 1024;

const isApplication = (marker: number) => marker >= APP0 && marker <= 0xef;
const isRestart = (marker: number) => marker >= 0xd0 && marker <= 0xd7;

/** Frame headers (SOF0–SOF15 but JPG), the tables (DHT, DAC, DQT), the restart interval and the line count. */
function isPictureSegment(marker: number): boolean {
  if (marker >= 0xc0 && marker <= 0xcf) return marker !== 0xc8;
  return marker === 0xdb || marker === 0xdd || marker === 0xdc;
}

/** Random access to the bytes of a JPEG: a buffer, or an open file read a chunk at a time. */
interface ByteSource {
  size: number;
  /** Up to `length` bytes from `at` (fewer at the end). */
  read(at: number, length: number): Promise<Buffer>;
}

/** What the stripped JPEG is made of, in order: ranges of the source, or bytes of its own. */
type Piece = { from: number; to: number } | Buffer;

const identifies = (head: Buffer, text: string) => head.subarray(4, 4 + text.length).equals(Buffer.from(text, 'latin1'));

/** The JFIF header with its version and pixel density, without the thumbnail it may carry. */
function cleanJfif(head: Buffer): Buffer | null {
  if (head.length < 18 || !identifies(head, 'JFIF\0')) return null;
  const clean = Buffer.from(head.subarray(0, 18));
  clean.writeUInt16BE(16, 2);
  clean[16] = 0; // thumbnail width
  clean[17] = 0; // thumbnail height
  return clean;
}

/** Where the compressed data of a scan ends: the first marker that is neither a stuffed 0xFF nor a restart. */
async function endOfScan(source: ByteSource, from: number): Promise<number> {
  for (let at = from; at < source.size; at += CHUNK) {
    // One byte more than a chunk: a 0xFF at its end is judged by the byte after it.
    const chunk = await source.read(at, CHUNK + 1);
    for (let i = chunk.indexOf(MARKER); i !== -1 && i + 1 < chunk.length && i < CHUNK; i = chunk.indexOf(MARKER, i + 1)) {
      const next = chunk[i + 1];
      if (next !== 0x00 && next !== MARKER && !isRestart(next)) return at + i;
    }
  }
  return -1;
}

async function piecesWithoutMetadata(source: ByteSource): Promise<Piece[] | null> {
  const start = await source.read(0, 2);
  if (start.length < 2 || start[0] !== MARKER || start[1] !== SOI) return null;
  const pieces: Piece[] = [{ from: 0, to: 2 }];
  const keep = (from: number, to: number) => {
    const last = pieces[pieces.length - 1];
    if (!Buffer.isBuffer(last) && last.to === from) last.to = to;
    else pieces.push({ from, to });
  };
  let at = 2;
  let scans = 0;
  while (at < source.size) {
    // Any number of fill bytes may precede a marker.
    let head = await source.read(at, 18);
    if (head[0] !== MARKER) return null;
    while (head.length > 1 && head[1] === MARKER) head = await source.read((at += 1), 18);
    const marker = head[1];
    if (marker === EOI) {
      if (scans === 0) return null;
      keep(at, at + 2);
      return pieces;
    }
    if (head.length < 4) return null;
    const end = at + 2 + head.readUInt16BE(2);
    if (end < at + 4 || end > source.size) return null;
    if (marker === SOS) {
      const scanEnd = await endOfScan(source, end);
      if (scanEnd === -1) return null;
      keep(at, scanEnd);
      scans += 1;
      at = scanEnd;
      continue;
    }
    // A marker of no known use here (JPEG extensions, JPEG-LS, hierarchical frames, a restart
    // outside a scan) is not guessed at: the photo is re-encoded.
    if (!isPictureSegment(marker) && !isApplication(marker) && marker !== COM) return null;
    if (isPictureSegment(marker)) keep(at, end);
    else if (marker === APP0) {
      const jfif = cleanJfif(head);
      if (jfif) pieces.push(jfif);
    } else if ((marker === APP2 && identifies(head, 'ICC_PROFILE\0')) || (marker === APP14 && identifies(head, 'Adobe'))) keep(at, end);
    at = end;
  }
  return null; // no end of picture: a truncated file
}

function bufferSource(bytes: Buffer): ByteSource {
  return { size: bytes.length, read: async (at, length) => bytes.subarray(at, at + length) };
}

/** The JPEG in `bytes` without its metadata blocks, or null. */
export async function stripJpegMetadata(bytes: Buffer): Promise<Buffer | null> {
  const pieces = await piecesWithoutMetadata(bufferSource(bytes));
  return pieces && Buffer.concat(pieces.map((piece) => (Buffer.isBuffer(piece) ? piece : bytes.subarray(piece.from, piece.to))));
}

/**
 * Writes the JPEG at `sourcePath` without its metadata blocks to `targetPath`, a chunk at a time,
 * and answers the size written; null (and nothing written) when it is not a JPEG it understands.
 */
export async function stripJpegFile(sourcePath: string, targetPath: string): Promise<number | null> {
  const input = await fs.promises.open(sourcePath, 'r');
  try {
    const size = (await input.stat()).size;
    const source: ByteSource = {
      size,
      async read(at, length) {
        const buffer = Buffer.allocUnsafe(Math.max(0, Math.min(length, size - at)));
        const { bytesRead } = await input.read(buffer, 0, buffer.length, at);
        return buffer.subarray(0, bytesRead);
      },
    };
    const pieces = await piecesWithoutMetadata(source);
    if (!pieces) return null;
    const output = await fs.promises.open(targetPath, 'w');
    let written = 0;
    try {
      for (const piece of pieces) {
        if (Buffer.isBuffer(piece)) written += (await output.write(piece)).bytesWritten;
        else for (let at = piece.from; at < piece.to; at += CHUNK) written += (await output.write(await source.read(at, Math.min(CHUNK, piece.to - at)))).bytesWritten;
      }
    } finally {
      await output.close();
    }
    return written;
  } finally {
    await input.close();
  }
}
