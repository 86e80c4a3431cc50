import { open, type FileHandle } from 'node:fs/promises';

/**
 * Phones write where a video was shot into its MP4 metadata (`moov/udta` `©xyz`, or the
 * `moov/meta` key `com.apple.quicktime.location.ISO6709`). This blanks those boxes in place:
 * each `udta` and `meta` box under `moov` and its tracks becomes a `free` box of the same size,
 * zero-filled. Players skip `free` boxes, and no byte moves, so the sample offsets stay right and
 * the video is not re-encoded. Returns how many boxes were blanked.
 */
export async function blankMp4Metadata(filepath: string): Promise<number> {
  const handle = await open(filepath, 'r+');
  try {
    const { size } = await handle.stat();
    let blanked = 0;
    for (const moov of await boxesOf(handle, 0, size, 'moov')) {
      blanked += await blankIn(handle, moov);
      for (const trak of await boxesOf(handle, moov.body, moov.end, 'trak')) blanked += await blankIn(handle, trak);
    }
    return blanked;
  } finally {
    await handle.close();
  }
}

interface Box {
  type: string;
  start: number;
  body: number;
  end: number;
}

const METADATA_BOXES = new Set(['udta', 'meta']);
const ZEROES = Buffer.alloc(64 * 1024);

async function blankIn(handle: FileHandle, parent: Box): Promise<number> {
  let blanked = 0;
  for (const box of await boxesOf(handle, parent.body, parent.end)) {
    if (!METADATA_BOXES.has(box.type)) continue;
    await handle.write(Buffer.from('free', 'latin1'), 0, 4, box.start + 4);
    for (let at = box.body; at < box.end; at += ZEROES.length) {
      await handle.write(ZEROES, 0, Math.min(ZEROES.length, box.end - at), at);
    }
    blanked += 1;
  }
  return blanked;
}

/** The boxes between `from` and `to` (optionally only those of one type); stops at a malformed header. */
async function boxesOf(handle: FileHandle, from: number, to: number, only?: string): Promise<Box[]> {
  const boxes: Box[] = [];
  const header = Buffer.alloc(16);
  for (let at = from; at + 8 <= to; ) {
    const { bytesRead } = await handle.read(header, 0, 16, at);
    if (bytesRead < 8) break;
    let size = header.readUInt32BE(0);
    const type = header.toString('latin1', 4, 8);
    let body = at + 8;
    if (size === 1) {
      if (bytesRead < 16) break;
      size = Number(header.readBigUInt64BE(8));
      body = at + 16;
    } else if (size === 0) {
      size = to - at;
    }
    if (size < body - at || at + size > to) break;
    if (!only || type === only) boxes.push({ type, start: at, body, end: at + size });
    at += size;
  }
  return boxes;
}
