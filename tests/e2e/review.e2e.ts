import { launchBrowser, logIn, screenshot, step, type Session } from './harness/browser';
import { act, createItem, expectState, openItem } from './harness/admin';
import { ARTICLE } from '../../src/plugins/editorial-workflow/shared/uids';

/**
 * Reviewing what changed (snapshots), in the Vietnamese admin panel with the demo's accounts: an
 * author sends an item, the department's editor corrects its summary in the edit view and forwards
 * it, and the head, opening it, reads in the side panel's "So sánh thay đổi" what the editor changed,
 * word by word. The item is this test's own, so the other suites' steps do not change it.
 */
const run = Date.now().toString(36);
const SUMMARY = 'Học sinh và giáo viên cùng đọc sách, trao đổi và giới thiệu những cuốn sách hay.';
const CORRECTED = 'Hơn 300 học sinh và giáo viên cùng đọc sách, trao đổi và giới thiệu những cuốn sách hay.';

let session: Session;

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

describe('Trưởng phòng xem những gì biên tập viên đã sửa', () => {
  test('the head reads, in the side panel, the words the editor changed before forwarding', async () => {
    const author = await logIn(session.browser, 'author@demo.local');
    let documentId = '';
    await step('review-author-submit', [author], async () => {
      documentId = await createItem(author.page, {
        title: `Ngày hội đọc sách (so sánh phiên bản ${run})`,
        summary: SUMMARY,
        topic: 'III.2',
        unit: 'Phòng Văn hoá - Xã hội xã Mường Phăng',
      });
      await openItem(author.page, documentId);
      await act(author.page, 'submit', { expect: 'in_review' });
    });
    await author.context.close();

    const editor = await logIn(session.browser, 'editor@demo.local');
    await step('review-editor-corrects', [editor], async () => {
      const { page } = editor;
      await openItem(page, documentId);
      await expectState(page, 'in_review');
      await page.locator('textarea[name="summary"]').fill(CORRECTED);
      // Saved when the content-manager's PUT of this item answers, whatever toast it shows.
      const saved = page.waitForResponse(
        (response) => response.request().method() === 'PUT' && response.url().includes(`/content-manager/collection-types/${ARTICLE}/${documentId}`),
        { timeout: 30000 }
      );
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      expect((await saved).status()).toBe(200);
      await act(page, 'forward', { expect: 'awaiting_approval' });
    });
    await editor.context.close();

    const head = await logIn(session.browser, 'head@demo.local');
    await step('review-head-reads-diff', [head], async () => {
      const { page } = head;
      await openItem(page, documentId);
      await expectState(page, 'awaiting_approval');
      // Two versions kept: the author's submission and the editor's forward.
      await page.getByTestId('ew-snapshot').nth(1).waitFor();
      await expect(page.getByTestId('ew-snapshot').count()).resolves.toBe(2);
      // Before any approval the panel compares the draft with what the author sent: the editor's correction.
      const summary = page.locator('[data-testid="ew-diff-field"][data-field="summary"]');
      await summary.waitFor();
      await expect(summary.innerText()).resolves.toContain('Sapo (tóm tắt)');
      await expect(summary.getByTestId('ew-diff-added').allInnerTexts()).resolves.toEqual([expect.stringContaining('Hơn 300')]);
      await expect(summary.getByTestId('ew-diff-removed').count()).resolves.toBe(1);
      // Only the summary changed.
      await expect(page.getByTestId('ew-diff-field').count()).resolves.toBe(1);
      await page.getByTestId('ew-compare').scrollIntoViewIfNeeded();
      // The README's picture of the panel (docs/diff-panel.png) is a copy of this one.
      await screenshot(page, 'diff-panel', { fullPage: false });
    });
    await head.context.close();
  });
});
