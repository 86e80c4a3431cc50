import { BASE_URL, launchBrowser, logIn, screenshot, step, type Session } from './harness/browser';

/**
 * Delegation (ủy quyền) on the queue page, as the demo's head of the departments: the panel lists
 * the demo's delegation to come (to the Deputy Director); the head delegates approval at Phòng GDPT
 * to the department's editor for two days in three weeks, sees it listed as to come, then ends it
 * early through the confirmation. Nothing is in force afterwards, so the other paths are unchanged.
 */
let session: Session;

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

/** A Vietnam date `days` from today, as the date field takes it. */
const inDays = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('Ủy quyền', () => {
  test('the head delegates approval for two days, sees it to come, and ends it early', async () => {
    const head = await logIn(session.browser, 'head@demo.local');
    const { page } = head;

    await step('delegation-list', [head], async () => {
      await page.goto(`${BASE_URL}/admin/plugins/editorial-workflow`);
      const panel = page.getByTestId('ew-delegations');
      await panel.waitFor();
      await expect(panel.getByTestId('ew-delegation-row').first().innerText()).resolves.toContain('Vũ Thị Lan');
      // textContent: the badge shows its text in capitals (CSS), innerText would too.
      await expect(panel.textContent()).resolves.toContain('Sắp hiệu lực');
    });

    await step('delegation-create', [head], async () => {
      const form = page.getByTestId('ew-delegation-form');
      await form.getByRole('combobox', { name: 'Vai trò' }).click();
      await page.getByRole('option', { name: /Phòng Giáo dục Phổ thông/ }).click();
      await form.getByRole('combobox', { name: 'Người được ủy quyền' }).click();
      await page.getByRole('option', { name: /Trần Thị Mai/ }).click();
      await page.getByTestId('ew-delegation-starts').fill(inDays(21));
      await page.getByTestId('ew-delegation-ends').fill(inDays(22));
      await page.getByTestId('ew-delegation-submit').click();
      const row = page.getByTestId('ew-delegation-row').filter({ hasText: 'Trần Thị Mai' });
      await row.waitFor();
      await expect(row.textContent()).resolves.toContain('Sắp hiệu lực');
      await screenshot(page, 'delegation-created');
    });

    await step('delegation-end', [head], async () => {
      const row = page.getByTestId('ew-delegation-row').filter({ hasText: 'Trần Thị Mai' });
      await row.getByTestId('ew-delegation-end').click();
      // Strapi's ConfirmDialog: cancel first, confirm last.
      await page.getByRole('alertdialog').getByRole('button').last().click();
      await page.getByTestId('ew-delegation-row').filter({ hasText: 'Trần Thị Mai' }).filter({ hasText: 'Đã kết thúc sớm' }).waitFor();
      await screenshot(page, 'delegation-ended');
    });
    await head.context.close();
  });
});
