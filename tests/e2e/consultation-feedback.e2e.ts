import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { BASE_URL, launchBrowser, logIn, screenshot, step, type Session } from './harness/browser';
import { publicGet } from './harness/public-api';

/**
 * The public's voice on a draft (issue 22), as a stranger and real logins on the demo data: a parent
 * posts a comment on the open consultation through the public API (the form token first, as the
 * website does: `GET /api/consultations/:slug/comment-form`, then `POST …/comments`); Phòng GDPT's
 * editor (Trần Thị Mai) finds it unclassified in "Ý kiến góp ý dự thảo", classifies it, answers it
 * publicly, writes the main points and publishes the summary; the public consultation then shows the
 * summary with the answer and no contact detail. The screenshot `consultation-feedback` is the
 * README's picture (docs/consultation-feedback.png).
 */
const PAGE = `${BASE_URL}/admin/plugins/editorial-workflow-feedback`;
const TEXT = `Đề nghị bổ sung quy định công khai danh sách lớp dạy thêm tại bảng tin của nhà trường (${Date.now()}).`;
const ANSWER = 'Sở tiếp thu: dự thảo bổ sung quy định nhà trường công khai danh sách lớp dạy thêm, học thêm.';
const EMAIL = 'phuhuynh.e2e@example.test';

let session: Session;

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

/** The body of a public answer, with or without the `{ data }` envelope. */
const dataOf = (body: any) => (body && typeof body === 'object' && 'data' in body ? body.data : body);

async function postPublic(pathname: string, body: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const res = await fetch(`${BASE_URL}${pathname}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: text };
  }
}

/** Opens a Strapi SingleSelect (a combobox named by its label) inside `scope` and picks an option. */
async function choose(page: Page, scope: ReturnType<Page['getByTestId']>, label: string, option: string | RegExp): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).first().click();
}

describe('Ý kiến góp ý dự thảo: a commenter posts, the department answers, the summary is published', () => {
  test('posted through the public API, classified and answered in the admin, the summary published without contact details', async () => {
    // The public side: the open consultation, its form token, the comment.
    const open = await publicGet('/api/consultations?status=open');
    expect(open.status).toBe(200);
    const consultation = dataOf(open.body)[0] as { slug: string; title: string };
    expect(consultation).toBeDefined();
    const form = await publicGet(`/api/consultations/${consultation.slug}/comment-form`);
    expect(form.status).toBe(200);
    const issue = dataOf(form.body) as { formToken: string; honeypot: string; notBefore: string };
    // The form's minimum time between showing and posting, as a person takes to write; the editor
    // signs in meanwhile (the admin side is looked at only once the comment is in).
    const [editor] = await Promise.all([
      logIn(session.browser, 'editor@demo.local'),
      new Promise((resolve) => setTimeout(resolve, Math.max(0, new Date(issue.notBefore).getTime() - Date.now()) + 200)),
    ]);
    const posted = await postPublic(`/api/consultations/${consultation.slug}/comments`, {
      text: TEXT,
      group: 'parent',
      commune: 'Phường Him Lam',
      name: 'Phụ huynh thử nghiệm',
      email: EMAIL,
      consent: true,
      formToken: issue.formToken,
      [issue.honeypot]: '',
    });
    expect(posted.status).toBe(201);
    expect(dataOf(posted.body).trackingCode).toEqual(expect.any(String));

    await step('feedback-handle', [editor], async () => {
      const { page } = editor;
      await page.goto(PAGE);
      await choose(page, page.locator('body'), 'Dự thảo lấy ý kiến', new RegExp(consultation.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await choose(page, page.locator('body'), 'Đã phân loại?', 'Chưa phân loại');
      const card = page.getByTestId('ew-feedback-comment').filter({ hasText: TEXT });
      await card.waitFor();
      // No contact detail on the page: only that an answer can be e-mailed.
      expect(await page.getByText(EMAIL).count()).toBe(0);
      await choose(page, card, 'Phân loại', 'Đề xuất, góp ý');
      const classified = page.waitForResponse((res) => res.url().includes('/classification') && res.request().method() === 'PUT');
      await card.getByTestId('ew-feedback-classify').click();
      expect((await classified).status()).toBe(200);

      // Every comment again, this one classified: answer it publicly.
      await choose(page, page.locator('body'), 'Đã phân loại?', 'Tất cả');
      const handled = page.getByTestId('ew-feedback-comment').filter({ hasText: TEXT });
      await handled.getByText('Đề xuất, góp ý').first().waitFor();
      await handled.getByTestId('ew-feedback-answer').fill(ANSWER);
      await handled.getByTestId('ew-feedback-answer-public').click();
      const answered = page.waitForResponse((res) => res.url().includes('/answer') && res.request().method() === 'PUT');
      await handled.getByTestId('ew-feedback-save-answer').click();
      expect((await answered).status()).toBe(200);
      await handled.getByText('Đã trả lời').first().waitFor();

      // The summary: main points, saved, published.
      const summary = page.getByTestId('ew-feedback-summary');
      await summary.getByTestId('ew-feedback-main-points').fill('Các ý kiến đề nghị công khai danh sách lớp dạy thêm và quy định rõ trách nhiệm kiểm tra.');
      const saved = page.waitForResponse((res) => res.url().endsWith('/summary') && res.request().method() === 'PUT');
      await summary.getByTestId('ew-feedback-save-summary').click();
      expect((await saved).status()).toBe(200);
      const published = page.waitForResponse((res) => res.url().endsWith('/summary/publish'));
      await summary.getByTestId('ew-feedback-publish').click();
      expect((await published).status()).toBe(200);
      await summary.getByTestId('ew-feedback-published').waitFor();
      await page.setViewportSize({ width: 1440, height: 2400 });
      const shot = await screenshot(page, 'consultation-feedback');
      fs.copyFileSync(shot, path.resolve(__dirname, '..', '..', 'docs', 'consultation-feedback.png'));
      await page.setViewportSize({ width: 1440, height: 1400 });
    });
    await editor.context.close();

    // The public consultation shows the published summary: the answer, no contact detail.
    const shown = await publicGet(`/api/consultations/${consultation.slug}`);
    expect(shown.status).toBe(200);
    const text = JSON.stringify(shown.body);
    expect(text).toContain(ANSWER);
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain('Phụ huynh thử nghiệm');
  });
});
