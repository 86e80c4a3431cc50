/** heic-decode ships no types: the one call the archive makes (heic.ts). */
declare module 'heic-decode' {
  interface DecodedImage {
    width: number;
    height: number;
    /** RGBA, 4 bytes a pixel, rows top to bottom, as libheif displays the image (rotation and mirroring applied). */
    data: Uint8ClampedArray;
  }
  function decode(input: { buffer: Buffer | Uint8Array }): Promise<DecodedImage>;
  export = decode;
}
