import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { BROWSER_OPTIONS, CHROMIUM } from './chromium';

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

export interface Session {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The worker's chromium. scripts/e2e.js starts one browser server per jest worker for the whole run
 * (E2E_BROWSER_ENDPOINTS, worker n: the n-th) and a file connects to it, instead of launching and
 * quitting a chromium per file; closing the session then drops this file's contexts and leaves the
 * browser to the next file. Without the variable (a file run on its own), a browser of its own.
 */
export async function launchBrowser(): Promise<Session> {
  const endpoints = (process.env.E2E_BROWSER_ENDPOINTS || '').split(',').filter(Boolean);
  if (endpoints.length > 0) {
    const worker = Number(process.env.JEST_WORKER_ID) || 1;
    const browser = await chromium.connect(endpoints[(worker - 1) % endpoints.length]);
    return { browser, close: () => browser.close() };
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  // launch() gives chromium a fresh temporary profile (user-data dir) and removes it on close.
  const browser = await chromium.launch(BROWSER_OPTIONS);
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

/**
 * Where a person's signed-in browser state (cookies and local storage: the admin token, the refresh
 * cookie, the dismissed banner) is kept between files of one run: scripts/e2e.js names a fresh
 * folder per run (E2E_AUTH_DIR); the file is per app (its port) and person.
 */
function storedSession(email: string): string | null {
  const dir = process.env.E2E_AUTH_DIR;
  if (!dir) return null;
  return path.join(dir, `${new URL(BASE_URL).port}-${email.replace(/[^a-z0-9.@-]/gi, '_')}.json`);
}

async function actorContext(browser: Browser, storageState?: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1440, height: 1400 },
    ...(storageState ? { storageState } : {}),
  });
  context.setDefaultTimeout(30000);
  // The admin panel's interface language (what Profile → Interface language stores).
  await context.addInitScript({ content: "window.localStorage.setItem('strapi-admin-language', 'vi');" });
  return context;
}

/**
 * A person logged in, with the admin panel in Vietnamese, in a browser context of their own.
 * The first time a person is asked for on an app in a run, through the real log-in form; after
 * that (or never, with `fresh`), the context starts from the state that log-in left, as a browser
 * that stayed signed in does: the page is blank, and every caller's first step opens its screen,
 * where the admin panel reads the stored token. A full admin load and a password check saved per
 * actor, the log-in form still exercised for each person.
 */
export async function logIn(browser: Browser, email: string, { fresh = false } = {}): Promise<Actor> {
  const stored = storedSession(email);
  if (!fresh && stored && fs.existsSync(stored)) {
    const context = await actorContext(browser, stored);
    return { email, context, page: await context.newPage() };
  }
  const context = await actorContext(browser);
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30000 });
  // Strapi's "new Media Library" announcement covers the top of every screenshot: dismiss it, as
  // people do (the dismissal is kept in local storage, so stored sessions never show it again).
  const banner = page.getByRole('button', { name: /^(Đóng thông báo|Close the banner)/ });
  const dismissed = await banner.click({ timeout: 5000 }).then(
    () => true,
    () => false
  );
  // Gone once the dismissal is written (a layout effect), so the stored state holds it.
  if (dismissed) await banner.waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
  if (stored && !fresh) {
    fs.mkdirSync(path.dirname(stored), { recursive: true });
    await context.storageState({ path: stored });
  }
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
