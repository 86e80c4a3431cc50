import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The PDF: the report's HTML (html.ts) printed by headless Chromium (`--print-to-pdf`), which lays
 * out tables and Vietnamese text as a browser does and embeds the fonts it used (Tinos, inlined in
 * the page). Chromium is a system package (Debian: `apt-get install chromium`), not an npm one: the
 * path is REPORT_CHROMIUM_PATH or the first of the usual ones found. Without it the PDF is refused
 * with a Vietnamese message (503) and the Word document still works.
 */

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const TIMEOUT_MS = 60_000;

export const PDF_UNAVAILABLE =
  'Máy chủ chưa cài Chromium nên chưa xuất được báo cáo PDF. Quản trị viên hãy cài gói chromium (Debian: apt-get install chromium) ' +
  'hoặc đặt biến môi trường REPORT_CHROMIUM_PATH trỏ tới trình duyệt Chromium; bản Word (.docx) vẫn tải được.';

export class PdfUnavailable extends Error {
  constructor(message = PDF_UNAVAILABLE) {
    super(message);
    this.name = 'PdfUnavailable';
  }
}

export function chromiumPath(): string | null {
  const configured = process.env.REPORT_CHROMIUM_PATH?.trim();
  if (configured) return existsSync(configured) ? configured : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** One Chromium at a time per process: each takes a few hundred MB, and reports are rare. */
let queue: Promise<unknown> = Promise.resolve();

export function htmlToPdf(html: string): Promise<Buffer> {
  const next = queue.then(() => print(html));
  queue = next.catch(() => undefined);
  return next;
}

async function print(html: string): Promise<Buffer> {
  const browser = chromiumPath();
  if (!browser) throw new PdfUnavailable();
  const dir = await mkdtemp(join(tmpdir(), 'sgddt-report-'));
  try {
    const page = join(dir, 'report.html');
    const out = join(dir, 'report.pdf');
    await writeFile(page, html, 'utf8');
    const args = [
      '--headless',
      '--no-sandbox', // a server process, often root; the page is ours, escaped, and loads nothing from outside
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-extensions',
      '--no-first-run',
      '--no-pdf-header-footer',
      '--run-all-compositor-stages-before-draw',
      '--virtual-time-budget=10000',
      `--user-data-dir=${join(dir, 'profile')}`,
      `--print-to-pdf=${out}`,
      pathToFileURL(page).href,
    ];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(browser, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        if (stderr.length < 4000) stderr += chunk.toString();
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(new PdfUnavailable(`${PDF_UNAVAILABLE} (${error.message})`));
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        if (code === 0 && existsSync(out)) resolve();
        else reject(new Error(`chromium exited with ${code}: ${stderr.slice(-1000)}`));
      });
    });
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
