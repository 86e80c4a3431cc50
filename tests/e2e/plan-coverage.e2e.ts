import { BASE_URL, launchBrowser, logIn, screenshot, step, type Session } from './harness/browser';

/**
 * Độ phủ kế hoạch (issue 17 item 8) as a real login on the demo data: the leadership (leader@demo.local,
 * who reads every unit's statistics) opens the coverage of this year: the plan's 121 lines, the demo's
 * published items counted under their lines (src/seed/demo-plan-lines.ts), the lines nobody has written
 * about tinted and marked (as many as the figure above says), the quarter's shares by department. The
 * screenshot `plan-coverage` is the picture of the grid.
 */
const PAGE = `${BASE_URL}/admin/plugins/editorial-workflow-plan-coverage`;

let session: Session;

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

describe('Độ phủ kế hoạch: the plan’s lines against the months', () => {
  test('the grid counts the demo items under their lines and marks the lines never covered', async () => {
    const leader = await logIn(session.browser, 'leader@demo.local');
    const { page } = leader;
    await step('plan-coverage', [leader], async () => {
      await page.goto(PAGE);
      await page.getByTestId('ew-coverage-grid').waitFor();
      expect(await page.getByTestId('ew-coverage-lines').textContent()).toBe('121');
      const covered = page.getByTestId('ew-coverage-line');
      const uncovered = page.getByTestId('ew-coverage-uncovered');
      expect(await covered.count()).toBeGreaterThan(0);
      expect(await uncovered.count()).toBeGreaterThan(0);
      expect((await covered.count()) + (await uncovered.count())).toBe(121);
      expect(Number(await page.getByTestId('ew-coverage-uncovered-count').textContent())).toBe(await uncovered.count());
      await page.getByTestId('ew-coverage-departments').waitFor();
      await screenshot(page, 'plan-coverage');
    });
  });
});
