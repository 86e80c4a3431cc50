import type { Page } from 'playwright-core';
import { BASE_URL, launchBrowser, logIn, screenshot, step, type Session } from './harness/browser';

/**
 * The statistics page asks the server for one page of the grid at a time, in the order chosen in
 * the unit column's header: a click on "Mã" asks for `sort=code`, a second for `sort=-code`, and
 * the rows come back in that order.
 */
let session: Session;

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

/** The unit codes of the grid's rows, in screen order (each row's header says "name (CODE) · kind"). */
const rowCodes = async (page: Page) =>
  (await page.locator('tbody th[scope="row"]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('title') ?? ''))).map(
    (title) => /\(([^)]+)\) ·/.exec(title)?.[1] ?? title
  );

describe('Thống kê: the grid, paged and sorted on the server', () => {
  test('the administrator sorts the units by code, both ways, one page asked at a time', async () => {
    const admin = await logIn(session.browser, 'admin@demo.local');
    const { page } = admin;
    await step('stats-grid-sort', [admin], async () => {
      const firstPage = page.waitForResponse((res) => res.url().includes('/editorial-workflow/stats/compliance?') && res.url().includes('page=1'));
      await page.goto(`${BASE_URL}/admin/plugins/editorial-workflow-stats`);
      const answer = await (await firstPage).json();
      expect(answer.data.pagination).toMatchObject({ page: 1, pageSize: 50 });
      await page.getByTestId('ew-stats-sort-code').waitFor();
      await page.locator('tbody th[scope="row"]').first().waitFor();
      expect(await rowCodes(page)).toHaveLength(Math.min(50, answer.data.pagination.total));

      const byCode = page.waitForResponse((res) => res.url().includes('/stats/compliance?') && res.url().includes('sort=code'));
      await page.getByTestId('ew-stats-sort-code').click();
      await byCode;
      await page.locator('[data-testid="ew-stats-sort-code"][data-sort="ascending"]').waitFor();
      const ascending = await rowCodes(page);
      expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));

      const backwards = page.waitForResponse((res) => res.url().includes('/stats/compliance?') && res.url().includes('sort=-code'));
      await page.getByTestId('ew-stats-sort-code').click();
      await backwards;
      await page.locator('[data-testid="ew-stats-sort-code"][data-sort="descending"]').waitFor();
      expect(await rowCodes(page)).toEqual([...ascending].reverse());
      await screenshot(page, 'stats-grid-sorted');
    });
    await admin.context.close();
  });
});
