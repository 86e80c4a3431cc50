import { BASE_URL, launchBrowser, logIn, screenshot, step, type Session } from './harness/browser';

/**
 * The channels of an item (issue 18), in the Vietnamese admin panel with the demo's accounts: the
 * publisher's queue shows each item's channels as badges and filters by one, the side panel of an
 * item that went to the fanpage names the post, and the statistics count items by channel. The demo
 * seed marks items for the fanpage, the portal and the press and records where the published ones
 * went (src/seed/demo.ts, src/seed/demo-item-channels.ts). On the channels page "Kênh đăng tải" the
 * publisher finds the demo's fanpage delivery that failed on an expired token and sends it again
 * (src/seed/demo-channels.ts).
 */
let session: Session;

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

describe('Kênh đăng tải của tin bài', () => {
  test('the publisher sees the channels in the queue, filters by the fanpage, opens where an item went, and reads the count by channel', async () => {
    const publisher = await logIn(session.browser, 'publisher@demo.local');
    const { page } = publisher;

    await step('channels-queue-badges', [publisher], async () => {
      await page.goto(`${BASE_URL}/admin/plugins/editorial-workflow?state=published`);
      await page.getByTestId('ew-queue-row').first().waitFor();
      // Published demo items are marked for the portal (every second item): badges in the rows.
      expect(await page.getByTestId('ew-channel-badge-portal').count()).toBeGreaterThan(0);
      await expect(page.getByTestId('ew-channel-badge-portal').first().textContent()).resolves.toBe('Cổng tỉnh');
      await screenshot(page, 'channels-queue-badges');
    });

    await step('channels-queue-filter', [publisher], async () => {
      await page.getByRole('combobox', { name: 'Kênh đăng' }).click();
      await page.getByRole('option', { name: 'Fanpage Facebook ngành GDĐT' }).first().click();
      await page.waitForURL((url) => url.searchParams.get('channel') === 'fanpage');
      await page.getByTestId('ew-queue-row').first().waitFor();
      const rows = page.getByTestId('ew-queue-row');
      const count = await rows.count();
      expect(count).toBeGreaterThan(0);
      // Every row left is marked for the fanpage.
      for (let i = 0; i < count; i += 1) await rows.nth(i).getByTestId('ew-channel-badge-fanpage').waitFor();
      await screenshot(page, 'channels-queue-fanpage');
    });

    await step('channels-side-panel', [publisher], async () => {
      // The demo left one marked item waiting: open the rows until one shows a fanpage post.
      const rows = page.getByTestId('ew-queue-row');
      const count = await rows.count();
      let found = false;
      for (let i = 0; i < count && !found; i += 1) {
        await page.goto(`${BASE_URL}/admin/plugins/editorial-workflow?state=published&channel=fanpage`);
        await page.getByTestId('ew-queue-row').nth(i).click();
        const line = page.getByTestId('ew-channel-fanpage');
        await line.waitFor();
        if ((await line.getAttribute('data-status')) === 'delivered') {
          found = true;
          await expect(line.innerText()).resolves.toMatch(/Fanpage Facebook ngành GDĐT:\s*Đã đăng lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4} bởi/);
          await expect(page.getByTestId('ew-channel-fanpage-url').getAttribute('href')).resolves.toMatch(/^https:\/\/www\.facebook\.com\//);
          await screenshot(page, 'channels-side-panel');
        }
      }
      expect(found).toBe(true);
    });

    await step('channels-stats', [publisher], async () => {
      await page.goto(`${BASE_URL}/admin/plugins/editorial-workflow-stats`);
      const section = page.getByTestId('channel-stats-section');
      await section.waitFor();
      await section.getByTestId('channel-stats-fanpage').waitFor();
      await expect(section.getByTestId('channel-stats-website').innerText()).resolves.toContain('Trang thông tin điện tử của Sở');
      await screenshot(page, 'channels-stats');
    });
    await publisher.context.close();
  });

  test('the publisher finds the failed fanpage delivery on the channels page and sends it again', async () => {
    const publisher = await logIn(session.browser, 'publisher@demo.local');
    const { page } = publisher;
    await step('channels-page-retry', [publisher], async () => {
      await page.goto(`${BASE_URL}/admin/plugins/editorial-workflow-channels`);
      // The health and counts of each channel.
      await page.getByTestId('ew-channel-fanpage').waitFor();
      await page.getByTestId('ew-channel-tab-dead').click();
      // The demo's fanpage delivery that met an expired token (error 190), with the channel's error in Vietnamese.
      const failed = page.getByTestId('ew-channel-row').filter({ hasText: 'lỗi 190' });
      await failed.waitFor();
      await expect(failed.innerText()).resolves.toContain('Fanpage Facebook ngành GDĐT');
      await screenshot(page, 'channels-page-failed');
      const retried = page.waitForResponse((res) => /\/editorial-workflow\/channels\/deliveries\/\d+\/retry$/.test(new URL(res.url()).pathname));
      await failed.getByTestId('ew-channel-retry').click();
      expect((await retried).status()).toBe(200);
      await page.getByText('Đã đưa lại vào hàng đợi gửi.').first().waitFor();
      // Back in the queue with its attempts reset: no longer listed as failed with the old error.
      await page.getByTestId('ew-channel-row').filter({ hasText: 'lỗi 190' }).waitFor({ state: 'detached' });
    });
    await publisher.context.close();
  });
});
