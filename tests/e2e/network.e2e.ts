import { BASE_URL, launchBrowser, logIn, screenshot, step, type Session } from './harness/browser';

/**
 * The unit network page as the Office uses it (office@demo.local, role "Văn phòng Sở"): it finds a
 * unit by typing its name without diacritics, opens it, and sees its communication contact and its
 * head. Demo data from the runner (scripts/e2e.js): SGD-GDPT's contact is Hoàng Văn Đức, its head
 * (Trưởng phòng) Phạm Đức Long. Its screenshot `network-page` is the README's picture (docs/network-page.png).
 */
const NETWORK_PAGE = `${BASE_URL}/admin/plugins/editorial-workflow-network`;

let session: Session;

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

test('the Office finds a unit with a search without diacritics and sees its contact and head', async () => {
  const office = await logIn(session.browser, 'office@demo.local');
  await step('office-network-page', [office], async () => {
    await office.page.goto(NETWORK_PAGE);
    await office.page.getByTestId('ew-network').waitFor();
    await office.page.getByRole('heading', { name: 'Mạng lưới đơn vị' }).first().waitFor();

    await office.page.getByTestId('ew-network-search').fill('giao duc pho thong');
    // The search folded "giao duc pho thong" (asked once typing pauses): the list holds that unit alone.
    await office.page.getByText('1 đơn vị', { exact: true }).waitFor();
    const row = office.page.getByTestId('ew-network-row');
    await expect(row.count()).resolves.toBe(1);
    await expect(row.innerText()).resolves.toContain('Phòng Giáo dục Phổ thông');
    await expect(row.innerText()).resolves.toContain('Phạm Đức Long');
    await row.click();

    const unit = office.page.locator('[data-testid="ew-network-unit"][data-unit="SGD-GDPT"]');
    await unit.waitFor();
    // The Office edits the contact: the form shows the demo's official.
    await expect(unit.getByTestId('ew-network-contactName').inputValue()).resolves.toBe('Hoàng Văn Đức');
    await expect(unit.getByTestId('ew-network-contactPhone').inputValue()).resolves.toBe('0215 3825 103');
    const heads = unit.getByTestId('ew-network-group-heads');
    await expect(heads.innerText()).resolves.toContain('Phạm Đức Long');
    await expect(heads.innerText()).resolves.toContain('0912 345 604');
    await unit.getByTestId('ew-network-add-member').waitFor();

    // The README's picture of the page (docs/network-page.png) is a copy of this one.
    await screenshot(office.page, 'network-page');
  });

  await step('office-directory', [office], async () => {
    await office.page.getByTestId('ew-network-tab-directory').click();
    await office.page.getByTestId('ew-directory-search').fill('muong phang');
    // "muong phang": the commune's office (and no school of that name in the demo).
    await office.page.getByTestId('ew-directory').getByText('1 đơn vị', { exact: true }).waitFor();
    const row = office.page.getByTestId('ew-directory-row');
    await expect(row.innerText()).resolves.toContain('Mường Phăng');
    await expect(row.innerText()).resolves.toContain('0912 345 601');
    const download = office.page.waitForEvent('download');
    await office.page.getByTestId('ew-directory-export').click();
    expect((await download).suggestedFilename()).toMatch(/^danh-ba-don-vi_\d{4}-\d{2}-\d{2}\.xlsx$/);
    await screenshot(office.page, 'network-directory');
  });
});
