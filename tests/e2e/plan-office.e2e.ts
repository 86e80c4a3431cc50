import type { Locator, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, logIn, screenshot, step, type Session } from './harness/browser';

/**
 * The Office's three pages of the plan at work (issue 17 items 2, 5 and 6) as real logins on the demo
 * data:
 * - Kịch bản truyền thông: the Office (Đỗ Thị Thu) writes a script for topic III.2 owned by Phòng
 *   Giáo dục Phổ thông, with a milestone; the department's editor (Trần Thị Mai) finds it in her list
 *   and reads the demo script with its linked item.
 * - Kế hoạch truyền thông của đơn vị: the Office sees who has filed this year (the demo: two on time,
 *   one late); the schools' author files the plan of the boarding school, late, and the Office's count
 *   follows.
 * - Định hướng tuyên truyền: the Office sends a note to every unit; the communes' author opens it (her
 *   units' first reading is recorded); the Office's receipts count it and remind the others.
 */
const SCRIPTS = `${BASE_URL}/admin/plugins/editorial-workflow-comm-scripts`;
const UNIT_PLANS = `${BASE_URL}/admin/plugins/editorial-workflow-unit-plans`;
const GUIDANCE = `${BASE_URL}/admin/plugins/editorial-workflow-guidance`;
const RUN = Date.now().toString(36);
const SCRIPT_TITLE = `Kịch bản: Ngày hội đọc sách ${RUN}`;
const NOTE_TITLE = `Định hướng tuyên truyền an toàn giao thông ${RUN}`;
const BOARDING_SCHOOL = 'Trường PTDTNT THPT tỉnh Điện Biên';

let session: Session;

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

/** Opens a Strapi SingleSelect (a combobox named by its label) and picks an option. */
async function choose(page: Page, scope: Locator, label: string, option: string | RegExp): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** The unit plans page's counts line: `N đơn vị · a nộp đúng hạn · b nộp trễ hạn · c chưa nộp`. */
async function planCounts(page: Page): Promise<{ onTime: number; late: number; missing: number }> {
  const line = page.getByText(/\d+ nộp đúng hạn · \d+ nộp trễ hạn · \d+ chưa nộp/);
  await line.waitFor();
  const [, onTime, late, missing] = /(\d+) nộp đúng hạn · (\d+) nộp trễ hạn · (\d+) chưa nộp/.exec((await line.textContent()) ?? '')!;
  return { onTime: Number(onTime), late: Number(late), missing: Number(missing) };
}

/** The receipts' line `Đã đọc: N đơn vị · Chưa đọc: …`: N. */
async function readUnits(receipts: Locator): Promise<number> {
  const line = receipts.getByText(/^Đã đọc: \d+ đơn vị/);
  await line.waitFor();
  return Number(/^Đã đọc: (\d+) đơn vị/.exec((await line.textContent()) ?? '')![1]);
}

/** A one-page PDF standing in for a unit's plan (the archive checks the bytes). */
const planPdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Title (Ke hoach truyen thong PTDTNT) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

describe('Kế hoạch tại Văn phòng Sở: scripts, unit plans and guidance', () => {
  test('the Office writes a communication script; the owner department’s editor reads it and the demo script’s items', async () => {
    const office = await logIn(session.browser, 'office@demo.local');
    await step('comm-scripts-write', [office], async () => {
      const { page } = office;
      await page.goto(SCRIPTS);
      await page.getByTestId('ew-script-row').first().waitFor();
      await page.getByRole('button', { name: 'Viết kịch bản' }).click();
      const form = page.getByTestId('ew-script-form');
      await form.getByRole('textbox', { name: 'Tên kịch bản' }).fill(SCRIPT_TITLE);
      await choose(page, form, 'Lĩnh vực (chủ đề)', /^III\.2\. /);
      await form.getByRole('textbox', { name: 'Thông điệp chính' }).fill('Mỗi học sinh một cuốn sách hay mỗi tháng.\nThư viện trường mở cửa cả cuối tuần.');
      await form.getByRole('checkbox', { name: 'Fanpage ngành GDĐT' }).click();
      await choose(page, form, 'Phòng phụ trách', 'Phòng Giáo dục Phổ thông');
      await form.getByRole('button', { name: 'Thêm mốc' }).click();
      await form.getByRole('textbox', { name: 'Nội dung mốc 1' }).fill('Phát động ngày hội đọc sách');
      await form.getByRole('button', { name: 'Lưu kịch bản' }).click();
      const detail = page.getByTestId('ew-script-detail');
      await detail.getByText(SCRIPT_TITLE).waitFor();
      await detail.getByText('Fanpage ngành GDĐT').waitFor();
      await detail.getByText(/: Phát động ngày hội đọc sách$/).waitFor();
      await screenshot(page, 'comm-script');
    });

    const editor = await logIn(session.browser, 'editor@demo.local');
    await step('comm-scripts-read', [editor], async () => {
      const { page } = editor;
      await page.goto(SCRIPTS);
      const rows = page.getByTestId('ew-script-row');
      await rows.filter({ hasText: SCRIPT_TITLE }).waitFor();
      // The department reads; it does not write (the Office does).
      expect(await page.getByRole('button', { name: 'Viết kịch bản' }).count()).toBe(0);
      await rows.filter({ hasText: 'Chuẩn bị kỳ thi tốt nghiệp THPT' }).click();
      const detail = page.getByTestId('ew-script-detail');
      await detail.getByText('Thông điệp chính').waitFor();
      await detail.getByTestId('ew-script-item').first().waitFor();
      expect(await detail.getByRole('button', { name: 'Sửa kịch bản' }).count()).toBe(0);
    });
  });

  test('the Office sees who filed the unit plan; the schools’ author files one late and the count follows', async () => {
    const office = await logIn(session.browser, 'office@demo.local');
    const before = await step('unit-plans-office', [office], async () => {
      const { page } = office;
      await page.goto(UNIT_PLANS);
      const counts = await planCounts(page);
      // The demo: Mường Phăng and the Lê Quý Đôn school on time, Điện Biên Phủ ward late.
      expect(counts.onTime).toBeGreaterThanOrEqual(2);
      expect(counts.late).toBeGreaterThanOrEqual(1);
      const boarding = page.getByTestId('ew-unit-plan-row').filter({ hasText: BOARDING_SCHOOL });
      await boarding.getByTestId('ew-unit-plan-status').filter({ hasText: 'Chưa nộp' }).waitFor();
      await screenshot(page, 'unit-plans');
      return counts;
    });

    const author = await logIn(session.browser, 'author2@demo.local');
    await step('unit-plans-file', [author], async () => {
      const { page } = author;
      await page.goto(UNIT_PLANS);
      const boarding = page.getByTestId('ew-unit-plan-row').filter({ hasText: BOARDING_SCHOOL });
      await boarding.waitFor();
      // The author sees only the units they write for: no commune office here.
      expect(await page.getByTestId('ew-unit-plan-row').filter({ hasText: 'Mường Phăng' }).count()).toBe(0);
      const filed = page.waitForResponse((res) => /\/editorial-workflow\/unit-plans$/.test(new URL(res.url()).pathname) && res.request().method() === 'POST');
      await boarding.locator('input[type="file"]').setInputFiles({ name: 'ke-hoach-truyen-thong-ptdtnt.pdf', mimeType: 'application/pdf', buffer: planPdf });
      expect((await filed).status()).toBe(200);
      // The due date (31 January) is past: the filing is late.
      await boarding.getByTestId('ew-unit-plan-status').filter({ hasText: 'Nộp trễ hạn' }).waitFor();
      await boarding.getByText('ke-hoach-truyen-thong-ptdtnt').waitFor();
    });

    await step('unit-plans-counted', [office], async () => {
      const { page } = office;
      await page.reload();
      const after = await planCounts(page);
      expect(after).toEqual({ onTime: before.onTime, late: before.late + 1, missing: before.missing - 1 });
    });
  });

  test('the Office sends guidance to every unit; a commune’s author reads it; the receipts count it and remind the rest', async () => {
    const office = await logIn(session.browser, 'office@demo.local');
    const readBefore = await step('guidance-send', [office], async () => {
      const { page } = office;
      await page.goto(GUIDANCE);
      await page.getByTestId('ew-guidance-row').first().waitFor();
      await page.getByTestId('ew-guidance-write').click();
      const form = page.getByTestId('ew-guidance-form');
      await form.getByTestId('ew-guidance-form-title').fill(NOTE_TITLE);
      await form.getByTestId('ew-guidance-form-body').fill('Đề nghị các đơn vị đưa tin về an toàn giao thông cho học sinh dịp cuối năm, gắn với tuyến thông tin của kế hoạch.');
      await form.getByTestId('ew-guidance-form-send').click();
      const note = page.getByTestId('ew-guidance-note');
      await note.getByText(NOTE_TITLE).waitFor();
      // Every unit receives it, the Office's own among them: opening the note it sent is its reading.
      return readUnits(note.getByTestId('ew-guidance-receipts'));
    });

    const author = await logIn(session.browser, 'author@demo.local');
    await step('guidance-read', [author], async () => {
      const { page } = author;
      await page.goto(GUIDANCE);
      const row = page.getByTestId('ew-guidance-row').filter({ hasText: NOTE_TITLE });
      await row.getByText('Chưa đọc').waitFor();
      await row.click();
      const note = page.getByTestId('ew-guidance-note');
      await note.getByText('Đơn vị của bạn đã đọc').waitFor();
      // A unit author does not see the receipts of other units.
      expect(await note.getByTestId('ew-guidance-receipts').count()).toBe(0);
    });

    await step('guidance-receipts', [office], async () => {
      const { page } = office;
      await page.reload();
      const receipts = page.getByTestId('ew-guidance-receipts');
      // The communes' author writes for three communes: each unit's first reading is recorded.
      await receipts.getByText(new RegExp(`^Đã đọc: ${readBefore + 3} đơn vị`)).waitFor();
      await receipts.getByTestId('ew-guidance-remind').click();
      await receipts.getByText(/^Đã nhắc \d+ đơn vị/).waitFor();
      await screenshot(page, 'guidance');
    });
  });
});
