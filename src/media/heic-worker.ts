import { parentPort, workerData } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import decodeHeic from 'heic-decode';

/**
 * Decodes one HEIC photo off the event loop (heic.ts starts a worker for each): libheif in
 * WebAssembly works for one to two seconds on a 12 MP photo, during which a decode on the main
 * thread answered no other request. The pixels go back to the main thread moved, not copied; the
 * worker then ends, and the WebAssembly memory (which never shrinks) goes with it.
 */
async function decode(): Promise<void> {
  const { filepath } = workerData as { filepath: string };
  try {
    const image = await decodeHeic({ buffer: await readFile(filepath) });
    const data = image.data;
    parentPort?.postMessage({ ok: true, width: image.width, height: image.height, data }, [data.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort?.postMessage({ ok: false, reason: error instanceof Error ? error.message : String(error) });
  }
}

void decode();
