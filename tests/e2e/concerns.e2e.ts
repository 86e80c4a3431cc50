import type { Page } from 'playwright-core';
import { BASE_URL, launchBrowser, logIn, screenshot, step, type Session } from './harness/browser';
import { act, expectState, openItem } from './harness/admin';
import { publicGet } from './harness/public-api';
import { png } from '../fixtures/media/samples';

/**
 * The desk "Dư luận & sự cố" (issue 15) as real logins on the demo data: the commune author Lò Thị
 * Hoa files a concern at severity sự cố, naming a school as concerned; the Office (Đỗ Thị Thu) finds
 * it right after the overdue ones (overdue first, then severity), opens it, reads its timeline, gives
 * it a handler and writes the agreed message; the leadership (Vũ Thị Lan) has the alarm among its
 * notifications. Then the fast lane: the Office drafts the official response from the concern, and
 * submits it straight to the leadership (no department round); Vũ Thị Lan approves it; the publisher
 * publishes it; the desk shows the response time. The screenshots `concerns-desk` and
 * `concerns-response` are the README's pictures (docs/concerns-desk.png, docs/concerns-response.png).
 */
const DESK = `${BASE_URL}/admin/plugins/editorial-workflow-concerns`;
const TITLE = 'Tin đồn điểm trường Huổi Lóng bị sạt lở, học sinh phải nghỉ học';
const RESPONSE_TITLE = 'Sở GD&ĐT thông tin: điểm trường Huổi Lóng an toàn, học sinh đi học bình thường';
const AGREED = 'Sở GD&ĐT thông tin: điểm trường Huổi Lóng an toàn, học sinh đi học bình thường; nhà trường đã kiểm tra taluy sau mưa.';

let session: Session;

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

/** Opens a Strapi SingleSelect (a combobox named by its label) and picks an option. */
async function choose(page: Page, scope: ReturnType<Page['getByTestId']>, label: string, option: string | RegExp): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** The rows of the desk's list, in order: their text and whether they show the overdue badge. */
async function deskRows(page: Page): Promise<Array<{ text: string; overdue: boolean }>> {
  const rows = page.getByTestId('ew-concern-row');
  await rows.first().waitFor();
  const out: Array<{ text: string; overdue: boolean }> = [];
  for (const row of await rows.all()) out.push({ text: await row.innerText(), overdue: (await row.getByTestId('ew-concern-overdue').count()) > 0 });
  return out;
}

describe('Dư luận & sự cố: a commune files an incident, the Office handles it, the leadership is alarmed', () => {
  test('the author files at sự cố; the Office sees it after the overdue ones, reads the timeline, assigns a handler and writes the agreed message; the leader has the alarm', async () => {
    const author = await logIn(session.browser, 'author@demo.local');
    await step('concerns-file', [author], async () => {
      const { page } = author;
      await page.goto(DESK);
      await page.getByTestId('ew-concern-file').click();
      const form = page.getByTestId('ew-concern-form');
      await form.waitFor();
      await form.getByTestId('ew-concern-form-title').fill(TITLE);
      await form.getByTestId('ew-concern-form-description').fill('Một trang Facebook đăng ảnh taluy sụt sau mưa lớn và khẳng định học sinh điểm trường Huổi Lóng phải nghỉ học.');
      await choose(page, form, 'Lĩnh vực', /^III\.2 /);
      await choose(page, form, 'Đơn vị báo', 'Phòng Văn hoá - Xã hội xã Mường Phăng');
      // The units concerned: searched by name, each pick a tag.
      const units = form.getByRole('combobox', { name: 'Đơn vị liên quan' });
      await units.click();
      await units.fill('Him Lam');
      await page.getByRole('option', { name: /Him Lam/ }).first().click();
      await form.getByTestId('ew-concern-form-units-chosen').getByText(/Him Lam/).waitFor();
      await choose(page, form, 'Mức độ', 'Sự cố');
      // A screenshot of the post, uploaded and attached once the concern is filed.
      await form.getByTestId('ew-concern-form-screenshots').setInputFiles({ name: 'bai-dang-sat-lo.png', mimeType: 'image/png', buffer: await png(480, 300) });
      const attached = page.waitForResponse((res) => /\/editorial-workflow\/concerns\/\d+\/screenshots$/.test(new URL(res.url()).pathname) && res.request().method() === 'POST');
      const filed = page.waitForResponse((res) => /\/editorial-workflow\/concerns$/.test(new URL(res.url()).pathname) && res.request().method() === 'POST');
      await form.getByTestId('ew-concern-form-submit').click();
      const response = await filed;
      expect(response.status()).toBe(201);
      const body = (await response.json()).data;
      expect(body).toEqual(expect.objectContaining({ severity: 'incident', status: 'new', canWork: false }));
      expect(body.units.map((unit: { name: string }) => unit.name).join()).toMatch(/Him Lam/);
      // The filed concern opens: its timeline starts with the filing.
      const detail = page.getByTestId('ew-concern-detail');
      await detail.getByText(TITLE).waitFor();
      await detail.getByTestId('ew-concern-timeline').getByText('báo vấn đề ở mức "Sự cố"', { exact: false }).waitFor();
      // The screenshot is there, its thumbnail loaded through the signed URL (the file itself is private).
      expect((await attached).status()).toBe(201);
      const thumbnail = detail.getByTestId('ew-concern-screenshots').getByRole('img', { name: 'bai-dang-sat-lo.png' });
      await thumbnail.waitFor();
      await page.waitForFunction((img) => { const el = img as unknown as { complete: boolean; naturalWidth: number }; return el.complete && el.naturalWidth > 0; }, await thumbnail.elementHandle(), { timeout: 15000 });
      const src = (await thumbnail.getAttribute('src'))!;
      expect(src).toMatch(/\/uploads\/.+\?exp=\d+&sig=/);
      expect((await publicGet(new URL(src, BASE_URL).pathname)).status).toBe(404);
    });
    await author.context.close();

    const office = await logIn(session.browser, 'office@demo.local');
    await step('concerns-office', [office], async () => {
      const { page } = office;
      await page.goto(DESK);
      // All concerns: overdue first (the demo's incident past its four hours), then the open ones by
      // severity, the handled ones last: the new incident leads right after the overdue ones (the demo's
      // crisis, handled, comes below it). Then the Office looks at the new ones (Trạng thái: Mới).
      const all = await deskRows(page);
      const firstOnTime = all.findIndex((row) => !row.overdue);
      expect(all.slice(0, firstOnTime).every((row) => row.overdue)).toBe(true);
      expect(all.slice(firstOnTime).every((row) => !row.overdue)).toBe(true);
      expect(all[firstOnTime].text).toContain(TITLE);
      const newOnly = page.waitForResponse((res) => res.url().includes('/editorial-workflow/concerns?') && res.url().includes('status=new'));
      await choose(page, page.getByTestId('ew-concerns-filters'), 'Trạng thái', 'Mới');
      await newOnly;
      const fresh = await deskRows(page);
      const index = fresh.findIndex((row) => row.text.includes(TITLE));
      expect(index).toBeGreaterThanOrEqual(0);
      expect({ before: fresh.slice(0, index).map((row) => row.overdue), it: fresh[index].overdue }).toEqual({ before: Array(index).fill(true), it: false });
      expect(index).toBeGreaterThan(0);

      await page.getByTestId('ew-concern-row').nth(index).click();
      const detail = page.getByTestId('ew-concern-detail');
      await detail.getByText(TITLE).waitFor();
      const timeline = detail.getByTestId('ew-concern-timeline');
      await timeline.getByText('Lò Thị Hoa báo vấn đề ở mức "Sự cố"', { exact: false }).waitFor();

      // The handler: a member of the Office or of the department, chosen from the list the server offers.
      await choose(page, detail.getByTestId('ew-concern-work'), 'Người xử lý', /^Đỗ Thị Thu · /);
      const updated = page.waitForResponse((res) => res.request().method() === 'PUT' && res.url().includes('/editorial-workflow/concerns/'));
      await detail.getByTestId('ew-concern-update').click();
      expect((await updated).status()).toBe(200);
      await timeline.getByText('giao người xử lý: Đỗ Thị Thu', { exact: false }).waitFor();

      await choose(page, detail.getByTestId('ew-concern-entry-form'), 'Loại diễn biến', 'Nội dung thống nhất');
      await detail.getByTestId('ew-concern-entry-text').fill(AGREED);
      const added = page.waitForResponse((res) => res.request().method() === 'POST' && res.url().includes('/timeline'));
      await detail.getByTestId('ew-concern-entry-submit').click();
      expect((await added).status()).toBe(201);
      await timeline.getByText(AGREED).waitFor();

      // Every concern again, the new one open with its timeline.
      await choose(page, page.getByTestId('ew-concerns-filters'), 'Trạng thái', 'Tất cả');
      await page.getByTestId('ew-concern-row').nth(3).waitFor();
      // The README's picture of the desk (docs/concerns-desk.png) is a copy of this one: without the
      // passing message, tall enough for the list (the admin panel scrolls inside its own frame).
      await page.getByText('Đã cập nhật vấn đề.').waitFor({ state: 'hidden', timeout: 15000 }).catch(() => undefined);
      await page.setViewportSize({ width: 1440, height: 2000 });
      await screenshot(page, 'concerns-desk');
      await page.setViewportSize({ width: 1440, height: 1400 });
    });
    await office.context.close();

    const leader = await logIn(session.browser, 'leader@demo.local');
    await step('concerns-leader', [leader], async () => {
      const { page } = leader;
      await page.goto(`${BASE_URL}/admin/plugins/editorial-workflow`);
      const alarm = page.getByTestId('ew-notification').filter({ hasText: `[SỰ CỐ] Vấn đề dư luận: “${TITLE}”` });
      await alarm.first().waitFor();
      expect(await alarm.count()).toBe(1);
      await alarm.getByText('Lò Thị Hoa báo một vấn đề ở mức "Sự cố"', { exact: false }).waitFor();
    });
    await leader.context.close();
  });

  test('the Office drafts the official response from the concern and submits it to the leadership; the leader approves; the publisher publishes; the desk shows the response time', async () => {
    const office = await logIn(session.browser, 'office@demo.local');
    let documentId = '';
    await step('response-draft', [office], async () => {
      const { page } = office;
      await page.goto(DESK);
      await page.getByTestId('ew-concern-row').filter({ hasText: TITLE }).first().click();
      const detail = page.getByTestId('ew-concern-detail');
      await detail.getByText(TITLE).waitFor();
      await detail.getByTestId('ew-concern-links').getByText('Chưa có phản hồi nào được đăng.').waitFor();
      const drafted = page.waitForResponse((res) => res.request().method() === 'POST' && res.url().includes('/response'));
      await detail.getByTestId('ew-concern-draft-response').click();
      expect((await drafted).status()).toBe(201);
      // The item form opens on the draft, of the kind "Phản hồi chính thức / thông cáo", in the Office's name.
      await page.waitForURL(/content-manager\/collection-types\/api::article\.article\/[A-Za-z0-9]+/);
      documentId = new URL(page.url()).pathname.split('/').pop()!;
      await page.getByTestId('ew-panel').waitFor();
      await page.locator('input[name="title"]').fill(RESPONSE_TITLE);
      await page.locator('textarea[name="summary"]').fill('Sở đã kiểm tra: taluy sau điểm trường ổn định, học sinh đi học bình thường.');
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await page.getByText(/Đã lưu|Saved/).first().waitFor().catch(() => undefined);
      await openItem(page, documentId);
      await act(page, 'submit', { expect: 'awaiting_approval' });
      // Straight to the leadership: the badge and "who acts next" say so (the badge's text as written:
      // the design system's Badge shows it in capitals by CSS, which innerText reports).
      await expect(page.getByTestId('ew-state').textContent()).resolves.toBe('Chờ Lãnh đạo Sở duyệt');
      await expect(page.getByTestId('ew-next').innerText()).resolves.toContain('Lãnh đạo Sở');
    });
    await office.context.close();

    const leader = await logIn(session.browser, 'leader@demo.local');
    await step('response-approve', [leader], async () => {
      const { page } = leader;
      await openItem(page, documentId);
      await act(page, 'approve', { expect: 'approved' });
    });
    await leader.context.close();

    const publisher = await logIn(session.browser, 'publisher@demo.local');
    await step('response-publish', [publisher], async () => {
      const { page } = publisher;
      await openItem(page, documentId);
      await act(page, 'publish', { expect: 'published' });
    });
    await publisher.context.close();
    const online = await publicGet('/api/articles?kind=response&pageSize=100');
    expect(online.body.data.map((row: { title: string }) => row.title)).toContain(RESPONSE_TITLE);

    const back = await logIn(session.browser, 'office@demo.local');
    await step('response-time', [back], async () => {
      const { page } = back;
      await page.goto(DESK);
      await page.getByTestId('ew-concern-row').filter({ hasText: TITLE }).first().click();
      const links = page.getByTestId('ew-concern-links');
      await links.getByText(RESPONSE_TITLE).waitFor();
      await expect(links.getByTestId('ew-concern-response-time').innerText()).resolves.toMatch(/^Phản hồi đầu tiên đăng lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}, sau .+ kể từ khi tiếp nhận vấn đề\.$/);
      await page.setViewportSize({ width: 1440, height: 1600 });
      await screenshot(page, 'concerns-response');
      await page.setViewportSize({ width: 1440, height: 1400 });
    });
    await back.context.close();
  });
});
