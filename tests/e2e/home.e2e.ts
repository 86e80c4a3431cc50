import { BASE_URL, launchBrowser, logIn, screenshot, step, type Actor, type Session } from './harness/browser';

/**
 * The admin home page per role, in the Vietnamese panel with the demo's accounts: the author sees
 * what waits for them, their units' items, this period's quotas and their unread notifications,
 * and none of Strapi's system-wide counts, which the administrator still sees.
 */
const widget = (uid: string) => `[data-strapi-widget-id="${uid}"]`;
const NEWSROOM = {
  waiting: widget('plugin::editorial-workflow.home-waiting'),
  quota: widget('plugin::editorial-workflow.home-quota'),
  unitItems: widget('plugin::editorial-workflow.home-unit-items'),
  notifications: widget('plugin::editorial-workflow.home-notifications'),
};
/** Strapi's "Project statistics" and "Entries": counts of the whole system. */
const SYSTEM_COUNTS = [widget('plugin::admin.key-statistics'), widget('plugin::content-manager.chart-entries')];

let session: Session;

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

const openHome = async (actor: Actor) => {
  await actor.page.goto(`${BASE_URL}/admin`);
  await actor.page.locator(NEWSROOM.waiting).getByTestId('ew-home-waiting').waitFor();
};

describe('Trang chủ theo vai trò', () => {
  test('the author sees what waits for them and their quotas, and no system-wide counts', async () => {
    const author = await logIn(session.browser, 'author@demo.local');
    await step('author-home', [author], async () => {
      await openHome(author);
      const { page } = author;
      await page.locator(NEWSROOM.waiting).getByText('Việc chờ bạn xử lý').waitFor();
      await expect(page.locator(NEWSROOM.waiting).getByTestId('ew-home-waiting-total').innerText()).resolves.toMatch(
        /^(\d+ tin bài đang chờ bạn|Không có tin bài nào chờ bạn xử lý\.)$/
      );

      // The quotas of the author's three communes, this week and this month.
      const quota = page.locator(NEWSROOM.quota);
      await quota.getByTestId('ew-home-quota').waitFor();
      await quota.getByText('Chỉ tiêu kỳ này').waitFor();
      await expect(quota.getByTestId('ew-home-quota-unit').count()).resolves.toBe(3);
      await expect(quota.getByTestId('ew-home-quota-items_submitted-week').first().innerText()).resolves.toMatch(/Tin bài đã gửi \(tuần này\)\s*\d+\/2/);

      await page.locator(NEWSROOM.unitItems).getByTestId('ew-home-unit-items').waitFor();
      await page.locator(NEWSROOM.notifications).getByTestId('ew-home-notifications').waitFor();

      // Strapi's counts of the whole system are not on the author's home page, now or once everything has loaded.
      for (const selector of SYSTEM_COUNTS) await page.locator(selector).waitFor({ state: 'detached' });
      await page.waitForLoadState('networkidle');
      for (const selector of SYSTEM_COUNTS) await expect(page.locator(selector).count()).resolves.toBe(0);
      // The view of the author's home page shown in the README (docs/home-author.png).
      await screenshot(page, 'home-author', { fullPage: true });
    });

    await step('author-home-links', [author], async () => {
      // The waiting block opens the queue page.
      await author.page.locator(NEWSROOM.waiting).getByRole('link', { name: 'Mở trang Tin bài chờ xử lý' }).click();
      await author.page.getByTestId('ew-queue').waitFor();
    });
    await author.context.close();
  });

  test('the administrator still sees Strapi’s project statistics', async () => {
    const admin = await logIn(session.browser, 'admin@demo.local');
    await step('admin-home', [admin], async () => {
      await admin.page.goto(`${BASE_URL}/admin`);
      await admin.page.locator(SYSTEM_COUNTS[0]).waitFor();
      await screenshot(admin.page, 'home-admin');
    });
    await admin.context.close();
  });
});
