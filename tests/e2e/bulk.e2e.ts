import { BASE_URL, launchBrowser, logIn, screenshot, step, type Session } from './harness/browser';

/**
 * Bulk actions from the queue, in the Vietnamese admin panel with the demo's accounts: the head
 * ticks three items waiting for approval, approves them with one button and its confirmation,
 * reads "3 done" item by item, and the tab no longer lists them. The demo seed leaves the head at
 * least three items awaiting approval (src/seed/demo.ts).
 */
let session: Session;

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

describe('Thao tác hàng loạt', () => {
  test('the head selects three items awaiting approval, approves them at once and sees 3 done', async () => {
    const head = await logIn(session.browser, 'head@demo.local');
    const { page } = head;
    let chosen: string[] = [];

    await step('bulk-select', [head], async () => {
      await page.goto(`${BASE_URL}/admin/plugins/editorial-workflow?state=awaiting_approval`);
      await page.getByTestId('ew-queue-row').first().waitFor();
      const run = page.getByTestId('ew-bulk-run');
      await expect(run.isDisabled()).resolves.toBe(true);

      // "Select all on this page" ticks every row the head may approve, and unticks them again.
      const rows = await page.getByTestId('ew-queue-row').count();
      await page.getByTestId('ew-bulk-select-all').click();
      await expect(run.getAttribute('data-count')).resolves.toBe(String(rows));
      await page.getByTestId('ew-bulk-select-all').click();
      await expect(run.getAttribute('data-count')).resolves.toBe('0');

      const boxes = page.locator('[data-testid^="ew-bulk-select-"]:not([data-testid="ew-bulk-select-all"]):not([disabled])');
      expect(await boxes.count()).toBeGreaterThanOrEqual(3);
      for (let i = 0; i < 3; i += 1) await boxes.nth(i).click();
      chosen = (await page.locator('[data-testid^="ew-bulk-select-"][data-state="checked"]:not([data-testid="ew-bulk-select-all"])').evaluateAll((nodes) =>
        nodes.map((node) => (node.getAttribute('data-testid') ?? '').replace('ew-bulk-select-', ''))
      )) as string[];
      expect(chosen).toHaveLength(3);
      // A tick does not open the item: the head is still on the queue.
      expect(new URL(page.url()).pathname).toBe('/admin/plugins/editorial-workflow');
      await expect(run.innerText()).resolves.toBe('Duyệt 3 tin đã chọn');
      await screenshot(page, 'bulk-head-selected');
    });

    await step('bulk-approve', [head], async () => {
      await page.getByTestId('ew-bulk-run').click();
      await page.getByTestId('ew-bulk-confirm').click();
      const result = page.getByTestId('ew-bulk-result');
      await result.waitFor();
      await expect(result.getAttribute('data-done')).resolves.toBe('3');
      await expect(result.getAttribute('data-conflict')).resolves.toBe('0');
      await expect(result.getAttribute('data-refused')).resolves.toBe('0');
      await expect(page.getByTestId('ew-bulk-totals').innerText()).resolves.toContain('3 tin đã xong');
      const items = result.getByTestId('ew-bulk-result-item');
      await expect(items.count()).resolves.toBe(3);
      await expect(items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-outcome')))).resolves.toEqual(['done', 'done', 'done']);
      await expect(items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-document-id')))).resolves.toEqual(chosen);
      // The queue refreshed: the approved items have left the head's tab.
      for (const documentId of chosen) await page.getByTestId(`ew-bulk-select-${documentId}`).waitFor({ state: 'detached' });
      await screenshot(page, 'bulk-head-approved');
    });
    await head.context.close();
  });
});
