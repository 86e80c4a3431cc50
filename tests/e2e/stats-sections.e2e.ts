import { BASE_URL, launchBrowser, logIn, screenshot, step, type Session } from './harness/browser';

/**
 * Issue 16's screens read in the browser, with the demo's data and accounts, changing nothing:
 * the leadership (leader@demo.local, "Lãnh đạo Sở", every unit in scope) reads the statistics
 * page's "Trả lại theo loại lý do" (admin/src/returns/; the demo's returns are filed under several
 * categories, src/seed/demo.ts) and "Thời gian xử lý và tồn đọng" (admin/src/turnaround/); the
 * publisher (Phòng QLCL) opens an approved item, makes a preview link ("Xem trước",
 * admin/src/preview/) whose page shows the item's title, and sees the "Hẹn giờ gỡ bài" field.
 */
let session: Session;

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

/** `1.234` → 1234 (Vietnamese thousands separator). */
const figure = (text: string) => Number(text.replace(/\D/g, '') || '0');

describe('Thống kê: trả lại theo loại lý do, thời gian xử lý; xem trước và hẹn giờ gỡ bài', () => {
  test('the leadership reads the returns by unit and category, and the turnaround tables', async () => {
    const leader = await logIn(session.browser, 'leader@demo.local');
    const { page } = leader;

    await step('stats-returns', [leader], async () => {
      const answered = page.waitForResponse((res) => res.url().includes('/editorial-workflow/stats/returns?'));
      await page.goto(`${BASE_URL}/admin/plugins/editorial-workflow-stats`);
      const answer = (await (await answered).json()) as { data: { categories: Array<{ code: string; label: string }>; totals: Record<string, number> } };
      await page.getByRole('heading', { name: 'Trả lại theo loại lý do' }).waitFor();
      const table = page.getByTestId('returns-table');
      await table.waitFor();

      // The columns are the API's category labels, in Vietnamese (as written: the header style only shows them in capitals).
      const headers = (await table.locator('thead th').allTextContents()).map((text) => text.trim());
      expect(headers).toEqual(['Đơn vị', ...answer.data.categories.map(({ label }) => label), 'Tổng']);
      expect(headers).toContain('Sai thông tin, số liệu');

      // The demo's returns are filed under categories: the totals row shows them, non-zero.
      const used = answer.data.categories.filter(({ code }) => (answer.data.totals[code] ?? 0) > 0);
      expect(used.length).toBeGreaterThanOrEqual(1);
      for (const { code } of used) {
        expect(figure(await page.getByTestId(`returns-total-${code}`).innerText())).toBe(answer.data.totals[code]);
      }
      const grandTotal = figure(await page.getByTestId('returns-total-total').innerText());
      expect(grandTotal).toBeGreaterThan(0);
      expect(grandTotal).toBe(Object.values(answer.data.totals).reduce((sum, n) => sum + n, 0));

      // Each unit row adds up to its total; the rows add up to the totals row.
      const unitTotals = await page.locator('[data-testid^="returns-unit-"][data-testid$="-total"]').allInnerTexts();
      expect(unitTotals.length).toBeGreaterThan(0);
      expect(unitTotals.map(figure).reduce((sum, n) => sum + n, 0)).toBe(grandTotal);
    });

    await step('stats-turnaround', [leader], async () => {
      await page.getByRole('heading', { name: 'Thời gian xử lý và tồn đọng' }).waitFor();
      await page.getByRole('heading', { name: 'Thời gian xử lý (ngày làm việc)' }).waitFor();
      await page.getByRole('heading', { name: 'Tồn đọng hiện nay' }).waitFor();
      // The backlog has a row per department and one for the publisher (Phòng QLCL).
      await page.getByTestId('backlog-publisher').waitFor();
      expect(await page.locator('[data-testid^="backlog-department-"]').count()).toBeGreaterThan(0);
      await page.getByTestId('returns-table').scrollIntoViewIfNeeded();
      await screenshot(page, 'stats-returns-turnaround', { fullPage: false });
    });
    await leader.context.close();
  });

  test('the publisher previews an approved item and sees the unpublish time field', async () => {
    const publisher = await logIn(session.browser, 'publisher@demo.local');
    const { page, context } = publisher;
    let title = '';

    await step('publisher-open-approved', [publisher], async () => {
      await page.goto(`${BASE_URL}/admin/plugins/editorial-workflow?state=approved`);
      await page.getByTestId('ew-queue-row').first().waitFor();
      await page.getByTestId('ew-queue-row').first().click();
      await page.getByTestId('ew-panel').waitFor();
      await page.locator('[data-testid="ew-state"][data-state="approved"]').waitFor();
      title = await page.locator('input[name="title"]').inputValue();
      expect(title.length).toBeGreaterThan(0);
    });

    await step('publisher-preview', [publisher], async () => {
      // The button opens the preview in a new tab and keeps the link on the panel, to copy.
      const tab = context.waitForEvent('page', { timeout: 15000 }).catch(() => null);
      await page.getByTestId('ew-preview-open').click();
      const url = (await page.getByTestId('ew-preview-url').innerText()).trim();
      expect(url).toMatch(/\/preview\/[^/]+$/);
      await page.getByTestId('ew-preview-expiry').waitFor();
      (await tab)?.close().catch(() => undefined);

      // The link works without a login: a fresh context (no admin cookies) reads the draft's title.
      const stranger = await session.browser.newContext({ locale: 'vi-VN' });
      const preview = await stranger.newPage();
      const response = await preview.goto(`${BASE_URL}${new URL(url).pathname}`);
      expect(response?.status()).toBe(200);
      await expect(preview.locator('body').innerText()).resolves.toContain(title);
      await stranger.close();
    });

    await step('publisher-unpublish-at', [publisher], async () => {
      // An approved item: the publisher may publish it, and may give it a time to come down by itself.
      await page.getByTestId('ew-action-publish').waitFor();
      const field = page.getByTestId('ew-unpublish-at');
      await field.waitFor();
      await expect(field.getAttribute('type')).resolves.toBe('datetime-local');
      await page.getByText('Hẹn giờ gỡ bài', { exact: true }).waitFor();
      await screenshot(page, 'publisher-preview-unpublish-at', { fullPage: false });
    });
    await context.close();
  });
});
