import fs from 'fs';
import path from 'path';
import sharp from 'sharp';
import type { CDPSession, Page } from 'playwright-core';
import { BASE_URL, DEMO_PASSWORD, launchBrowser, logIn, screenshot, step, type Actor, type Session } from './harness/browser';
import { expectState, openItem } from './harness/admin';

/**
 * "Gửi tin" (issue 20 item 1) on a phone: chromium with a phone's viewport and touch, the demo
 * author signs in at /gui-tin/, writes an item with two photos (shrunk on the phone: the upload is
 * at most 2560 px), goes offline (DevTools network emulation) and keeps writing, comes back online
 * (the item arrives once, with what was written offline), submits it; the department's editor then
 * finds it in the admin panel. The same run again on a throttled "slow 3G" profile, whose time to
 * first render is printed. The README's pictures (docs/send-app-*.png) are taken on the first run.
 */
const run = Date.now().toString(36);
const DOCS = path.resolve(__dirname, '..', '..', 'docs');
const UNIT = 'Phòng Văn hoá - Xã hội xã Mường Phăng';

interface Profile {
  name: string;
  /** CDP Network.emulateNetworkConditions while online; none: the machine's own network. */
  throttle?: { latency: number; downloadThroughput: number; uploadThroughput: number };
}

const PROFILES: Profile[] = [
  { name: 'fast' },
  // Slow 3G: 400 kbit/s each way, 400 ms round trip.
  { name: 'slow-3g', throttle: { latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 } },
];

let session: Session;
let photos: Buffer[];

beforeAll(async () => {
  session = await launchBrowser();
  // Two camera-sized photos (12 MP): the app must shrink them before they leave the phone.
  photos = await Promise.all(
    ['#3a7bd5', '#d5863a'].map((color) =>
      sharp({ create: { width: 4000, height: 3000, channels: 3, background: color } })
        .composite([{ input: Buffer.from(`<svg width="4000" height="3000"><circle cx="2000" cy="1500" r="900" fill="white"/></svg>`) }])
        .jpeg({ quality: 92 })
        .toBuffer()
    )
  );
});

afterAll(async () => {
  await session?.close();
});

let token: Promise<string> | undefined;

/**
 * The author's admin token, signed in from Node (not the phone): for what the server holds. Signed
 * in once per file (a password check each time cost a log-in per look at the server).
 */
function authorToken(): Promise<string> {
  token ??= fetch(`${BASE_URL}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'author@demo.local', password: DEMO_PASSWORD }) })
    .then((login) => login.json() as Promise<{ data: { token: string } }>)
    .then((body) => body.data.token);
  return token;
}

/** The author's items of this title through the app's own API. */
async function serverItems(title: string): Promise<Array<{ documentId: string; state: string }>> {
  const list = await fetch(`${BASE_URL}/editorial-workflow/send/items?page=1`, { headers: { Authorization: `Bearer ${await authorToken()}` } });
  const rows = ((await list.json()) as { data: Array<{ documentId: string; title: string; state: string }> }).data;
  return rows.filter((row) => row.title === title);
}

async function network(cdp: CDPSession, profile: Profile, offline: boolean): Promise<void> {
  const throttle = profile.throttle ?? { latency: 0, downloadThroughput: -1, uploadThroughput: -1 };
  await cdp.send('Network.emulateNetworkConditions', { offline, ...throttle });
}

const where = (page: Page) => page.locator('#where');

async function phoneRun(profile: Profile): Promise<string> {
  const context = await session.browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    userAgent: 'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
  });
  context.setDefaultTimeout(profile.throttle ? 120000 : 30000);
  const page = await context.newPage();
  const phone: Actor = { email: `phone-${profile.name}@demo.local`, context, page };
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await network(cdp, profile, false);
  const title = `Ngày hội đọc sách gửi từ điện thoại (${profile.name} ${run})`;
  const docs = profile.name === 'fast';

  await step(`send-app-${profile.name}-sign-in`, [phone], async () => {
    const started = Date.now();
    await page.goto(`${BASE_URL}/gui-tin/`);
    await page.locator('#email').waitFor();
    const shown = Date.now() - started;
    const { paint, script } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      // The app's script as the (throttled) network delivered it: the proof the profile applied.
      script: performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/gui-tin/app.js'))?.duration ?? null,
    }));
    // eslint-disable-next-line no-console
    console.log(`Gửi tin (${profile.name}): first contentful paint ${paint === null ? '?' : Math.round(paint)} ms, sign-in form usable after ${shown} ms, app.js fetched in ${script === null ? '?' : Math.round(script)} ms`);
    if (profile.throttle) expect(script).toBeGreaterThanOrEqual(profile.throttle.latency);
    await page.locator('#email').fill('author@demo.local');
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).tap();
    await page.getByRole('heading', { name: 'Tin bài của đơn vị' }).waitFor();
  });

  const uploaded: number[] = [];
  page.on('response', async (response) => {
    if (response.request().method() === 'POST' && new URL(response.url()).pathname === '/upload' && response.status() === 201) {
      const [file] = await response.json();
      uploaded.push(Math.max(file.width, file.height));
    }
  });

  await step(`send-app-${profile.name}-write`, [phone], async () => {
    await page.getByRole('button', { name: '+ Viết tin mới' }).tap();
    await page.getByLabel('Đơn vị').selectOption({ label: UNIT });
    await page.getByLabel('Thể loại').selectOption({ label: 'Tin' });
    const topic = await page.locator('#topic option').filter({ hasText: /^III\.2 / }).first().getAttribute('value');
    await page.getByLabel('Lĩnh vực').selectOption(topic!);
    await page.getByLabel('Tiêu đề').fill(title);
    await page.getByLabel('Sapo (tóm tắt)').fill('Hơn 300 học sinh tham gia ngày hội đọc sách tại nhà văn hoá xã.');
    await page.getByLabel('Nội dung').fill('Sáng nay, nhà văn hoá xã tổ chức ngày hội đọc sách.\nCác em giao lưu với tác giả địa phương.');
    await page.locator('#gallery').setInputFiles([
      { name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photos[0] },
      { name: 'IMG_0002.jpg', mimeType: 'image/jpeg', buffer: photos[1] },
    ]);
    await page.locator('.photos img').nth(1).waitFor();
    await page.getByRole('button', { name: 'Lưu', exact: true }).tap();
    await where(page).filter({ hasText: 'Đã gửi lên máy chủ' }).waitFor();
    expect(uploaded).toHaveLength(2);
    // Shrunk on the phone: a 4000 px photo leaves it at 2560 px at most.
    for (const side of uploaded) expect(side).toBeLessThanOrEqual(2560);
    expect(await serverItems(title)).toHaveLength(1);
  });

  await step(`send-app-${profile.name}-offline`, [phone], async () => {
    await network(cdp, profile, true);
    await page.locator('#net').filter({ hasText: 'Ngoại tuyến' }).waitFor();
    const text = page.getByLabel('Nội dung');
    await text.fill(`${await text.inputValue()}\nĐoạn viết khi mất mạng: thư viện xã nhận thêm 200 đầu sách.`);
    await page.getByRole('button', { name: 'Lưu', exact: true }).tap();
    await where(page).filter({ hasText: 'Đã lưu trên điện thoại' }).waitFor();
    await expect(where(page).innerText()).resolves.toMatch(/sẽ tự gửi khi có mạng/);
    await page.evaluate('window.scrollTo(0, 0)');
    if (docs) await page.screenshot({ path: path.join(DOCS, 'send-app-edit.png') });
    await screenshot(page, `send-app-${profile.name}-offline`);
    // Still written on the phone only.
    const paragraphs = await fetchParagraphs(title);
    expect(paragraphs.join('\n')).not.toMatch(/mất mạng/);
  });

  await step(`send-app-${profile.name}-online-again`, [phone], async () => {
    await network(cdp, profile, false);
    await where(page).filter({ hasText: 'Đã gửi lên máy chủ' }).waitFor();
    const items = await serverItems(title);
    expect(items).toHaveLength(1);
    expect((await fetchParagraphs(title)).join('\n')).toMatch(/mất mạng/);
  });

  let documentId = '';
  await step(`send-app-${profile.name}-submit`, [phone], async () => {
    await page.getByRole('button', { name: 'Gửi duyệt' }).tap();
    await page.locator('.state.in_review').waitFor();
    const [item] = await serverItems(title);
    expect(item.state).toBe('in_review');
    documentId = item.documentId;
    await page.getByRole('button', { name: '← Danh sách' }).tap();
    await page.getByRole('button', { name: new RegExp(title.replace(/[()]/g, '\\$&')) }).waitFor();
    if (docs) await page.screenshot({ path: path.join(DOCS, 'send-app-list.png') });
    await screenshot(page, `send-app-${profile.name}-list`, { fullPage: false });
  });
  await context.close();
  return documentId;
}

/** The item's paragraphs on the server, as the author reads them through the app's API. */
async function fetchParagraphs(title: string): Promise<string[]> {
  const [item] = await serverItems(title);
  const res = await fetch(`${BASE_URL}/editorial-workflow/send/items/${item.documentId}`, { headers: { Authorization: `Bearer ${await authorToken()}` } });
  return ((await res.json()) as { data: { paragraphs: string[] } }).data.paragraphs;
}

describe('Gửi tin: cộng tác viên gửi tin từ điện thoại', () => {
  for (const profile of PROFILES) {
    test(`on a phone (${profile.name}): sign in, write with two photos, offline and back, submit; the editor sees it`, async () => {
      const documentId = await phoneRun(profile);
      const editor = await logIn(session.browser, 'editor@demo.local');
      await step(`send-app-${profile.name}-editor`, [editor], async () => {
        await openItem(editor.page, documentId);
        await expectState(editor.page, 'in_review');
        await expect(editor.page.locator('input[name="title"]').inputValue()).resolves.toContain('gửi từ điện thoại');
      });
      await editor.context.close();
    }, 600_000);
  }
});

// The docs folder holds the README's pictures; the artifacts folder the run's.
fs.mkdirSync(DOCS, { recursive: true });
