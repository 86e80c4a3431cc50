import type { Page } from 'playwright-core';
import { BASE_URL, launchBrowser, logIn, screenshot, step, type Session } from './harness/browser';

/**
 * The press desk (issue 22 item 5) and the information requests (item 4) as real logins on the demo
 * data: the Office (Đỗ Thị Thu) logs a journalist's question and writes the answer the department
 * prepared; sending it before the spokesperson's approval is refused; the leadership (Vũ Thị Lan,
 * the registered spokesperson on every topic) sees the open inquiries and approves; the Office sends
 * it. The Office opens the overdue information request of the demo. The screenshots `press-desk` and
 * `info-requests` are the README's pictures (docs/press-desk.png, docs/info-requests.png).
 */
const DESK = `${BASE_URL}/admin/plugins/editorial-workflow-press-desk`;
const REQUESTS = `${BASE_URL}/admin/plugins/editorial-workflow-info-requests`;
const JOURNALIST = 'Lường Thị Hạnh';
const ANSWER = 'Năm học 2026-2027, tỉnh tuyển 9.850 học sinh vào lớp 10 công lập; lịch thi công bố trước ngày 15/3.';

let session: Session;

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

/** Opens a Strapi SingleSelect (a combobox named by its label) and picks an option. */
async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).first().click();
}

const stepOf = (page: Page, step: string) =>
  page.waitForResponse((res) => new RegExp(`/editorial-workflow/press-inquiries/\\d+/${step}$`).test(new URL(res.url()).pathname) && res.request().method() === 'POST');

async function openInquiry(page: Page): Promise<void> {
  await page.goto(DESK);
  // Every inquiry, whatever its status (the page opens on the open ones).
  await page.getByTestId('ew-desk-filter-all').click();
  await page.getByTestId('ew-desk-row').filter({ hasText: JOURNALIST }).first().click();
  await page.getByTestId('ew-desk-detail').getByText(JOURNALIST, { exact: false }).waitFor();
}

describe('Báo chí & người phát ngôn: the Office logs a question, the spokesperson approves, the answer goes out', () => {
  test('logged, answered, refused before the approval, approved by the leadership, sent; the overdue information request', async () => {
    const office = await logIn(session.browser, 'office@demo.local');
    await step('press-log', [office], async () => {
      const { page } = office;
      await page.goto(DESK);
      await page.getByTestId('ew-desk-new').click();
      await page.getByTestId('ew-desk-outlet').fill('Báo Điện Biên Phủ');
      await page.getByTestId('ew-desk-journalist').fill(JOURNALIST);
      await page.getByTestId('ew-desk-question').fill('Sở cho biết chỉ tiêu tuyển sinh lớp 10 công lập năm học tới và lịch thi?');
      await choose(page, 'Lĩnh vực', /^III\.2 /);
      await choose(page, 'Phòng chuẩn bị nội dung', 'Phòng Giáo dục Phổ thông');
      const logged = page.waitForResponse((res) => /\/editorial-workflow\/press-inquiries$/.test(new URL(res.url()).pathname) && res.request().method() === 'POST');
      await page.getByTestId('ew-desk-log').click();
      expect((await logged).status()).toBe(201);
      await openInquiry(page);
      await page.getByTestId('ew-desk-answer').fill(ANSWER);
      await page.getByTestId('ew-desk-save-answer').click();
      await page.getByText('Đã lưu câu trả lời', { exact: false }).waitFor();
      // Not approved yet: the server refuses to send it.
      const refused = stepOf(page, 'send');
      await page.getByTestId('ew-desk-send').click();
      expect((await refused).status()).toBe(409);
      await page.getByRole('alert').getByText('người phát ngôn', { exact: false }).waitFor();
    });

    const leader = await logIn(session.browser, 'leader@demo.local');
    await step('press-approve', [leader], async () => {
      const { page } = leader;
      await page.goto(DESK);
      // The leadership sees the open inquiries (the demo's and this one) and how many are overdue.
      await page.getByTestId('ew-desk-counts').getByText(/\d+ đang mở, \d+ quá hạn/).waitFor();
      expect(await page.getByTestId('ew-desk-row').filter({ hasText: JOURNALIST }).count()).toBe(1);
      await openInquiry(page);
      const approved = stepOf(page, 'approve');
      await page.getByTestId('ew-desk-approve').click();
      expect((await approved).status()).toBe(200);
      await page.getByTestId('ew-desk-status').getByText('Người phát ngôn đã duyệt').waitFor();
      await screenshot(page, 'press-desk');
    });

    await step('press-send', [office], async () => {
      const { page } = office;
      await openInquiry(page);
      const sent = stepOf(page, 'send');
      await page.getByTestId('ew-desk-send').click();
      expect((await sent).status()).toBe(200);
      await page.getByTestId('ew-desk-status').getByText('Đã trả lời báo chí').waitFor();
    });

    await step('info-requests', [office], async () => {
      const { page } = office;
      await page.goto(REQUESTS);
      const late = page.getByTestId('ew-ir-row').filter({ hasText: 'quá hạn' }).first();
      await late.click();
      await page.getByTestId('ew-ir-detail').getByText('Các khoản thu đầu năm học được phép').waitFor();
      await screenshot(page, 'info-requests');
    });
  });
});
