import { spawn } from 'node:child_process';
import { rename, rm, stat } from 'node:fs/promises';
import type { IncomingFile } from './upload-rules';
import { withExtension } from './heic';

/**
 * iPhones save videos as QuickTime (MOV). Where `ffmpeg` is on the machine (MEDIA_FFMPEG, default
 * `ffmpeg` on the PATH; `off` turns it off), a MOV is remuxed to MP4 without re-encoding: the
 * video and audio tracks are copied as they are (`-c copy`), every metadata block is left behind
 * (`-map_metadata -1`, and the timed metadata tracks, where iPhones also write the location, are not
 * mapped), and the index goes to the front (`+faststart`) so the website's player starts before the
 * whole file has arrived. Returns false when there is no ffmpeg or it could not remux this file
 * (a codec MP4 cannot hold): the video is then stored as MOV. Either way the caller blanks the
 * metadata boxes afterwards (video-metadata.ts), which MOV shares with MP4.
 */
export async function remuxToMp4(file: IncomingFile, ffmpeg: string | null): Promise<boolean> {
  if (!ffmpeg) return false;
  const output = `${file.filepath}.mp4`;
  const args = ['-v', 'error', '-nostdin', '-y', '-i', file.filepath, '-map', '0:v', '-map', '0:a?', '-c', 'copy'];
  args.push('-map_metadata', '-1', '-map_chapters', '-1', '-movflags', '+faststart', '-f', 'mp4', output);
  if (!(await run(ffmpeg, args))) {
    await rm(output, { force: true });
    return false;
  }
  await rename(output, file.filepath);
  file.size = (await stat(file.filepath)).size;
  file.originalFilename = withExtension(file.originalFilename || 'video.mov', '.mp4');
  return true;
}

/** The ffmpeg the settings name, or null when it is turned off. */
export function ffmpegOf(setting: unknown): string | null {
  const value = typeof setting === 'string' ? setting.trim() : '';
  return value && value !== 'off' ? value : null;
}

/** True when the command ran and exited 0; a missing binary (ENOENT) is a false, not an error. */
function run(command: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}
