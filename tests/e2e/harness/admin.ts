import type { Page } from 'playwright-core';
import { BASE_URL } from './browser';
import { ARTICLE } from '../../../src/plugins/editorial-workflow/shared/uids';

/**
 * The admin screens as a person uses them: the content-manager's edit and list views of items,
 * and the workflow side panel, through the data-testid ew-* selectors the plugin's admin components
 * keep stable for this suite (README, "Stable data-testid selectors"): a selector renamed there
 * is renamed here.
 */
const COLLECTION = `${BASE_URL}/admin/content-manager/collection-types/${ARTICLE}`;

export interface NewItem {
  title: string;
  summary: string;
  /** The primary topic's code (the relation picker shows codes), e.g. III.2. */
  topic: string;
  /** The unit's name as the relation picker shows it. */
  unit: string;
}

/** Picks `option` in a relation field (a combobox that searches as you type). */
async function pickRelation(page: Page, field: string, search: string, option: string): Promise<void> {
  const input = page.locator(`input[name="${field}"]`);
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Creates an item in the edit view and saves it (a draft); returns its documentId. */
export async function createItem(page: Page, item: NewItem): Promise<string> {
  await page.goto(`${COLLECTION}/create`);
  await page.locator('input[name="title"]').fill(item.title);
  await page.locator('textarea[name="summary"]').fill(item.summary);
  await pickRelation(page, 'topics', item.topic, item.topic);
  await pickRelation(page, 'unit', item.unit, item.unit);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/create'), { timeout: 30000 });
  const documentId = new URL(page.url()).pathname.split('/').pop();
  if (!documentId) throw new Error(`no documentId in ${page.url()} after saving`);
  return documentId;
}

/** Opens an item's edit view and waits for its workflow panel. */
export async function openItem(page: Page, documentId: string): Promise<void> {
  await page.goto(`${COLLECTION}/${documentId}`);
  await page.getByTestId('ew-panel').waitFor();
  await page.getByTestId('ew-state').waitFor();
}

export async function stateOf(page: Page): Promise<string | null> {
  return page.getByTestId('ew-state').getAttribute('data-state');
}

/** Waits until the panel's badge shows `state`; fails naming the state it shows. */
export async function expectState(page: Page, state: string, timeout = 30000): Promise<void> {
  try {
    await page.locator(`[data-testid="ew-state"][data-state="${state}"]`).waitFor({ timeout });
  } catch {
    const shown = await stateOf(page).catch(() => null);
    const error = await page.getByTestId('ew-error').innerText({ timeout: 1000 }).catch(() => '');
    throw new Error(`expected the panel to show state "${state}", it shows "${shown}"${error ? `; ew-error: ${error}` : ''}`);
  }
}

/** The workflow actions the panel offers (its ew-action-* buttons). */
export async function actionsOffered(page: Page): Promise<string[]> {
  const ids = await page.locator('[data-testid="ew-panel"] [data-testid^="ew-action-"]').evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('data-testid') ?? '')
  );
  return ids.map((id) => id.replace(/^ew-action-/, '')).sort();
}

/**
 * Clicks the panel's button for `action` (with a comment, a reason's category and a publish time when given), confirms
 * when the panel asks, and waits for the answer: the badge changes, an error shows, or the panel
 * goes away. With `expect`, the badge must then show that state.
 */
export async function act(page: Page, action: string, options: { comment?: string; reasonCategory?: string; publishAt?: string; expect?: string } = {}): Promise<void> {
  if (options.comment !== undefined) await page.getByTestId('ew-comment').fill(options.comment);
  if (options.reasonCategory !== undefined) {
    // The category select: a Strapi SingleSelect, a combobox named by its label, opening a list of options.
    await page.getByRole('combobox', { name: 'Loại lý do' }).click();
    await page.getByRole('option', { name: options.reasonCategory, exact: true }).click();
  }
  if (options.publishAt !== undefined) await page.getByTestId('ew-publish-at').fill(options.publishAt);
  const before = await stateOf(page);
  const answered = () =>
    Promise.any([
      page.locator(`[data-testid="ew-state"]:not([data-state="${before}"])`).waitFor(),
      page.getByTestId('ew-error').waitFor(),
      page.getByTestId('ew-panel').waitFor({ state: 'detached' }),
    ]).catch(() => undefined);
  await page.getByTestId(`ew-action-${action}`).click();
  // A confirmation dialog is optional in the contract: confirm it if it comes.
  const confirm = page.getByTestId('ew-confirm');
  await Promise.any([confirm.waitFor(), answered()]);
  if (await confirm.isVisible()) {
    await confirm.click();
    await answered();
  }
  if (options.expect) await expectState(page, options.expect);
}

/** Names of buttons and menu items that publish, unpublish or discard outside the workflow (vi and en). */
export const BUILT_IN_PUBLISHING = /^(Xuất bản|Publish|Hủy xuất bản|Huỷ xuất bản|Gỡ xuất bản|Unpublish|Bỏ thay đổi|Discard changes|Discard)$/i;

/** Visible buttons and menu items of the page whose name is a built-in publishing control. */
export async function builtInPublishingControls(page: Page): Promise<string[]> {
  const names = await page.locator('button:visible, [role="menuitem"]:visible').evaluateAll((nodes) =>
    nodes.map((node) => (node.textContent ?? '').trim())
  );
  return names.filter((name) => BUILT_IN_PUBLISHING.test(name));
}

/** Opens the edit view's "more actions" menu (⋯), when it has one. */
export async function openMoreActions(page: Page): Promise<boolean> {
  const more = page.getByRole('button', { name: /^(Thêm thao tác|More actions)$/i }).first();
  if (!(await more.isVisible().catch(() => false))) return false;
  await more.click();
  return true;
}

/** The list view of items, with the row of `title` selected (the bulk actions show then). */
export async function selectInList(page: Page, title: string): Promise<void> {
  await page.goto(`${COLLECTION}?page=1&pageSize=10&_q=${encodeURIComponent(title)}`);
  const row = page.getByRole('row').filter({ hasText: title });
  await row.waitFor();
  await row.getByRole('checkbox').click();
}
