import type { Page } from 'playwright-core';
import { BASE_URL, launchBrowser, logIn, screenshot, step, type Session } from './harness/browser';
import { act, expectState } from './harness/admin';

/**
 * Giao viết bài (issue 17, items 3 and 4) as real logins on the demo data: the Office (Đỗ Thị Thu)
 * enters an event and commissions its coverage from three schools in one action; the schools' author
 * (Nguyễn Văn Nam) finds the part in the queue's "Nhiệm vụ viết bài", starts Him Lam's item from the
 * assignment's page and submits it; the Office's assignment page shows one submitted and two pending,
 * and the Office's calendar (Lịch truyền thông) shows the event and the assignment's due date.
 */
const PAGE = `${BASE_URL}/admin/plugins/editorial-workflow-assignments`;
const QUEUE = `${BASE_URL}/admin/plugins/editorial-workflow`;
const CALENDAR = `${BASE_URL}/admin/plugins/editorial-workflow-calendar`;
const EVENT = `Hội thảo chuyển đổi số trong dạy học ${Date.now().toString(36)}`;
const SCHOOLS = ['Trường Mầm non Hoa Ban', 'Trường Tiểu học Him Lam', 'Trường THCS Thanh Bình'];

let session: Session;

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

/**
 * Waits for the calendar's entry of this kind naming `text` in the month shown, or the next month's
 * (the event is a day ahead and the due date three: near a month's end they fall in the next one).
 */
async function calendarEntry(page: Page, kind: string, text: string): Promise<void> {
  const entry = page.locator(`[data-testid="ew-calendar-entry"][data-kind="${kind}"]`, { hasText: text }).first();
  try {
    await entry.waitFor({ timeout: 15000 });
  } catch {
    await page.getByTestId('ew-calendar-next').click();
    await entry.waitFor();
  }
}

/** Opens a Strapi SingleSelect (a combobox named by its label) and picks an option. */
async function choose(page: Page, scope: ReturnType<Page['getByTestId']>, label: string, option: string | RegExp): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).first().click();
}

describe('Giao viết bài: the Office commissions coverage of an event from three schools, one submits', () => {
  test('the Office enters the event and commissions it; the school writes and submits; the page shows one submitted, two pending', async () => {
    const office = await logIn(session.browser, 'office@demo.local');
    const assignmentId = await step('assignments-commission', [office], async () => {
      const { page } = office;
      await page.goto(PAGE);
      await page.getByTestId('ew-event-new').click();
      const form = page.getByTestId('ew-event-form');
      await form.getByTestId('ew-event-title').fill(EVENT);
      await choose(page, form, 'Loại sự kiện', 'Hội thảo');
      await form.getByTestId('ew-event-place').fill('Hội trường Sở Giáo dục và Đào tạo');
      await choose(page, form, 'Tuyến thông tin', /^III\.2\.\d+ ·/);
      const saved = page.waitForResponse((res) => new URL(res.url()).pathname.endsWith('/editorial-workflow/plan-events') && res.request().method() === 'POST');
      await form.getByTestId('ew-event-submit').click();
      const event = (await (await saved).json()).data;
      expect(event).toEqual(expect.objectContaining({ title: EVENT, kindLabel: 'Hội thảo', canEdit: true }));

      await page.getByTestId(`ew-event-commission-${event.id}`).click();
      const commission = page.getByTestId('ew-commission-form');
      await commission.waitFor();
      for (const school of SCHOOLS) await commission.getByRole('checkbox', { name: school }).click();
      await commission.getByTestId('ew-commission-note').fill('Mỗi trường một tin kèm ảnh, gửi trong hai ngày sau hội thảo.');
      const made = page.waitForResponse((res) => new URL(res.url()).pathname.endsWith(`/plan-events/${event.id}/assignments`) && res.request().method() === 'POST');
      await commission.getByTestId('ew-commission-submit').click();
      const response = await made;
      expect(response.status()).toBe(201);
      const assignment = (await response.json()).data;
      expect(assignment.parts.map((part: { unit: { name: string } }) => part.unit.name).sort()).toEqual([...SCHOOLS].sort());
      // The new assignment's page opens: three schools, all pending.
      const detail = page.getByTestId('ew-assignment-detail');
      await detail.getByTestId('ew-assignment-count-pending').getByText('Chưa gửi: 3').waitFor();
      return assignment.id as number;
    });

    const author = await logIn(session.browser, 'author2@demo.local');
    await step('assignments-submit', [author], async () => {
      const { page } = author;
      // The queue lists the schools' open parts under "Nhiệm vụ viết bài".
      await page.goto(QUEUE);
      const open = page.getByTestId('ew-open-assignments');
      await open.getByTestId(`ew-open-assignment-${assignmentId}`).first().waitFor();
      await page.goto(`${PAGE}?id=${assignmentId}`);
      const himLam = page.getByTestId('ew-assignment-detail').getByRole('row').filter({ hasText: 'Trường Tiểu học Him Lam' });
      await himLam.getByTestId('ew-assignment-draft').click();
      await page.waitForURL(/content-manager\/collection-types\/api::article\.article\/[A-Za-z0-9]+/);
      await page.getByTestId('ew-panel').waitFor();
      await act(page, 'submit');
      await expectState(page, 'in_review');
    });

    await step('assignments-status', [office], async () => {
      const { page } = office;
      await page.goto(`${PAGE}?id=${assignmentId}`);
      const detail = page.getByTestId('ew-assignment-detail');
      await detail.getByTestId('ew-assignment-count-submitted').getByText('Đã gửi: 1').waitFor();
      await detail.getByTestId('ew-assignment-count-pending').getByText('Chưa gửi: 2').waitFor();
      const statuses = await detail.getByTestId('ew-assignment-part-status').allTextContents();
      expect(statuses.sort()).toEqual(['Chưa gửi', 'Chưa gửi', 'Đã gửi']);
      await detail.getByRole('row').filter({ hasText: 'Trường Tiểu học Him Lam' }).getByRole('link').waitFor();
      await screenshot(page, 'assignments-page');
    });

    await step('assignments-calendar', [office], async () => {
      const { page } = office;
      await page.goto(CALENDAR);
      await page.getByTestId('ew-calendar-month').waitFor();
      await calendarEntry(page, 'event', EVENT);
      await page.goto(CALENDAR);
      await page.getByTestId('ew-calendar-month').waitFor();
      await calendarEntry(page, 'assignment-due', EVENT);
      await screenshot(page, 'assignments-calendar');
    });
  });
});
