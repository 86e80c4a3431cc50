import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's chromium driven by playwright-core, one browser context per actor (its own cookies and
 * storage, like a second browser), everyone in the Vietnamese admin panel.
 */
export const BASE_URL = (() => {
  // With E2E_WORKERS apps (scripts/e2e.js), jest's worker n (JEST_WORKER_ID, from 1) drives app n.
  const urls = (process.env.E2E_BASE_URLS || '').split(',').filter(Boolean);
  const worker = Number(process.env.JEST_WORKER_ID) || 1;
  const url = urls[(worker - 1) % Math.max(urls.length, 1)] || process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser suite with `npm run test:e2e`, which starts the app');
  return url.replace(/\/$/, '');
})();

export const ARTIFACTS = path.resolve(__dirname, '..', 'artifacts');
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'Demo@12345';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// The machine's network is closed: without these, chromium keeps dialling Google's services.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium's own language (the page locale is set per context below).
  '--lang=vi-VN',
];

export interface Session {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Session> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  // launch() gives chromium a fresh temporary profile (user-data dir) and removes it on close.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    browser,
    close: () => browser.close(),
  };
}

export interface Actor {
  email: string;
  context: BrowserContext;
  page: Page;
}

/** A person logged in through the real log-in form, with the admin panel in Vietnamese. */
export async function logIn(browser: Browser, email: string): Promise<Actor> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1440, height: 1400 } });
  context.setDefaultTimeout(30000);
  // The admin panel's interface language (what Profile → Interface language stores).
  await context.addInitScript({ content: "window.localStorage.setItem('strapi-admin-language', 'vi');" });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30000 });
  // Strapi's "new Media Library" announcement covers the top of every screenshot: dismiss it, as people do.
  const banner = page.getByRole('button', { name: /^(Đóng thông báo|Close the banner)/ });
  await banner.click({ timeout: 5000 }).catch(() => undefined);
  return { email, context, page };
}

let shots = 0;

/** A screenshot (full page unless told) in tests/e2e/artifacts/, numbered in the order taken. */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  shots += 1;
  const file = path.join(ARTIFACTS, `${String(shots).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/**
 * Runs one step of a scenario; on failure, screenshots every open page of the actors as
 * FAILED-<step>-<actor> before rethrowing, so the artifacts show what the browser saw.
 */
export async function step<T>(name: string, actors: Actor[], fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    for (const actor of actors) {
      if (actor.page.isClosed()) continue;
      await screenshot(actor.page, `FAILED-${name}-${actor.email.split('@')[0]}`).catch(() => undefined);
    }
    throw error;
  }
}
