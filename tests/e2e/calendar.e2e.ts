import { BASE_URL, launchBrowser, logIn, screenshot, step, type Session } from './harness/browser';

/**
 * The communication calendar "Lịch truyền thông" (issue 17 item 7) as a real login on the demo data:
 * the Office (Đỗ Thị Thu) opens the calendar on this month and sees the demo conference of today
 * (src/seed/demo-calendar.ts) and the monthly opinion report's due date; switched to the week view,
 * the conference is still there with its Vietnam time, and a click opens its page. The screenshot
 * `calendar-month` is the picture of the calendar.
 */
const CALENDAR = `${BASE_URL}/admin/plugins/editorial-workflow-calendar`;
const EVENT = 'Hội nghị triển khai kế hoạch thông tin, truyền thông ngành Giáo dục';

let session: Session;

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

describe('Lịch truyền thông: the month and the week of the Office', () => {
  test('the month shows the demo event and the report due date; the week view shows the event at 14:00', async () => {
    const office = await logIn(session.browser, 'office@demo.local');
    const { page } = office;
    await step('calendar-month', [office], async () => {
      await page.goto(CALENDAR);
      await page.getByTestId('ew-calendar-month').waitFor();
      const event = page.locator('[data-testid="ew-calendar-entry"][data-kind="event"]', { hasText: EVENT });
      await event.first().waitFor();
      const due = page.locator('[data-testid="ew-calendar-entry"][data-kind="report-due"]');
      await due.first().waitFor();
      expect(await due.first().innerText()).toMatch(/Hạn cuối gửi báo cáo dư luận/);
      // The report is late from the 20th: its entry stands on the 19th of the month.
      expect(await due.first().locator('xpath=ancestor::td[1]').getAttribute('data-date')).toMatch(/-19$/);
      await screenshot(page, 'calendar-month');
    });
    await step('calendar-week', [office], async () => {
      await page.getByTestId('ew-calendar-view-week').click();
      await page.getByTestId('ew-calendar-week').waitFor();
      expect(await page.getByTestId('ew-calendar-day').count()).toBe(7);
      const event = page.locator('[data-testid="ew-calendar-entry"][data-kind="event"]', { hasText: EVENT }).first();
      await event.waitFor();
      expect(await event.innerText()).toContain('14:00');
      await screenshot(page, 'calendar-week');
      await event.click();
      await page.waitForURL(/\/admin\/plugins\/editorial-workflow\/events\/\d+$/);
    });
  });
});
