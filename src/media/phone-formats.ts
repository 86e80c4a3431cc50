import { ACCEPTED_TYPES, type AcceptedType } from './file-signature';
import type { IncomingFile } from './upload-rules';
import { heicToJpeg } from './heic';
import { remuxToMp4 } from './quicktime';

/**
 * What an accepted file is stored as: a HEIC photo becomes a JPEG (heic.ts), a MOV video becomes
 * an MP4 where ffmpeg can remux it (quicktime.ts); everything else as it came. Runs after every
 * file of the request passed the rules, on the file in place, before Strapi reads it.
 */
/** `jpegQuality`: the archive's quality for originals, that of a HEIC photo's JPEG. */
export async function storedTypeOf(file: IncomingFile, type: AcceptedType, ffmpeg: string | null, jpegQuality: number): Promise<AcceptedType> {
  if (type.format === 'heic') {
    await heicToJpeg(file, jpegQuality);
    return ACCEPTED_TYPES.jpeg;
  }
  if (type.format === 'mov') return (await remuxToMp4(file, ffmpeg)) ? ACCEPTED_TYPES.mp4 : type;
  return type;
}

/** MP4 and MOV share their box structure, and with it where phones write the location. */
export const hasIsoMetadataBoxes = (type: AcceptedType): boolean => type.format === 'mp4' || type.format === 'mov';
