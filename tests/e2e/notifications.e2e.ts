import { BASE_URL, launchBrowser, logIn, step, type Session } from './harness/browser';

/**
 * Under the notifications of "Tin bài chờ xử lý", a person chooses one digest e-mail a day instead
 * of one e-mail per notification, and back: the choice is saved on the server (the next visit
 * shows it) and said in a message.
 */
let session: Session;

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

describe('Thông báo: one digest e-mail a day, the person’s choice', () => {
  test('the head chooses the daily digest, finds it chosen on the next visit, and goes back to one e-mail each', async () => {
    const head = await logIn(session.browser, 'head@demo.local');
    const { page } = head;
    const choice = page.getByTestId('ew-email-digest');
    await step('notifications-digest-choice', [head], async () => {
      await page.goto(`${BASE_URL}/admin/plugins/editorial-workflow`);
      await choice.waitFor();
      await page.getByText('Nhận một thư tóm tắt lúc 07:00 mỗi ngày thay vì từng thư').waitFor();
      expect(await choice.getAttribute('data-state')).toBe('unchecked');

      const saved = page.waitForResponse((res) => res.url().includes('/editorial-workflow/notifications/preference') && res.request().method() === 'PUT');
      await choice.click();
      expect((await saved).status()).toBe(200);
      await page.getByText('Bạn sẽ nhận một thư tóm tắt lúc 07:00 mỗi ngày.').first().waitFor();

      await page.reload();
      await choice.waitFor();
      await page.locator('[data-testid="ew-email-digest"][data-state="checked"]').waitFor();

      const back = page.waitForResponse((res) => res.url().includes('/editorial-workflow/notifications/preference') && res.request().method() === 'PUT');
      await choice.click();
      expect((await back).status()).toBe(200);
      await page.locator('[data-testid="ew-email-digest"][data-state="unchecked"]').waitFor();
    });
    await head.context.close();
  });
});
