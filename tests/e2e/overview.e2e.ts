import { BASE_URL, launchBrowser, logIn, screenshot, step, type Session } from './harness/browser';

/**
 * The overview "Tổng quan" as the leadership reads it (leader@demo.local, role "Lãnh đạo Sở"): the
 * menu link opens the page on this month against the month before and the same month a year
 * earlier (demo data: src/seed/demo.ts and demo-overview.ts), every figure a link, the desks not yet
 * in the system said so; a figure of last year leads to the statistics page on that month, where
 * the leader downloads last month's report (Word). Its
 * screenshot `overview` is the README's picture (docs/overview.png).
 */
let session: Session;

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

test('the leadership opens the overview and follows a figure to the list behind it', async () => {
  const leader = await logIn(session.browser, 'leader@demo.local');
  await step('leader-overview', [leader], async () => {
    const { page } = leader;
    await page.goto(`${BASE_URL}/admin`);
    await page.getByRole('link', { name: 'Tổng quan' }).first().click();
    await page.getByTestId('overview').waitFor();
    await page.getByRole('heading', { name: 'Tổng quan' }).first().waitFor();

    // The demo's items of the last eight weeks and of the same month a year ago: totals this month and then.
    const total = page.getByTestId('overview-kind-total');
    const submittedNow = await page.getByTestId('overview-total-current-submitted').innerText();
    expect(Number(submittedNow.replace(/\D/g, ''))).toBeGreaterThan(0);
    const submittedLastYear = await page.getByTestId('overview-total-lastYear-submitted').innerText();
    expect(Number(submittedLastYear.replace(/\D/g, ''))).toBeGreaterThan(0);
    await expect(total.innerText()).resolves.toContain('gửi');
    // The quotas, the reports, the turnaround, the opinion desk; the plan desk, not landed, is a note, not a zero.
    await page.getByTestId('overview-quota').first().waitFor().catch(() => undefined);
    await page.getByText('Tỷ lệ đơn vị đạt chỉ tiêu').waitFor();
    await page.getByTestId('overview-reports-onTime-previous').waitFor();
    await page.getByTestId('overview-turnaround-submissionToApproval-current').waitFor();
    // The demo's incident filed six hours ago and still new is past its four hours (src/seed/demo-concerns.ts).
    await expect(page.getByTestId('overview-concerns-overdue').innerText()).resolves.toMatch(/Quá hạn xử lý: [1-9]/);
    await expect(page.getByTestId('overview-concerns-open-incident').innerText()).resolves.toMatch(/Sự cố: [1-9]/);
    await expect(page.getByTestId('overview-plan').innerText()).resolves.toContain('Chưa có');

    // The README's picture of the page (docs/overview.png) is a copy of this one: tall enough for every section
    // (the admin panel scrolls inside its own frame, which a full-page screenshot does not unroll).
    await page.setViewportSize({ width: 1440, height: 3400 });
    await screenshot(page, 'overview');
    await page.setViewportSize({ width: 1440, height: 1400 });

    // Last year's total leads to the statistics page on that month, by month.
    await page.getByTestId('overview-total-lastYear-submitted').click();
    await page.waitForURL(/editorial-workflow-stats\?from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}&granularity=month/);
    await page.getByRole('heading', { name: 'Thống kê' }).first().waitFor();
  });

  await step('leader-monthly-report', [leader], async () => {
    // From there, last month's report as a Word file (the statistics page's section Báo cáo định kỳ, admin/src/reports/).
    const { page } = leader;
    const download = page.waitForEvent('download', { timeout: 90000 });
    await page.getByRole('button', { name: 'Tải báo cáo tháng (.docx)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^bao-cao-thang_\d{4}-\d{2}\.docx$/);
    expect(await file.failure()).toBeNull();
  });

  await step('leader-overview-concerns', [leader], async () => {
    // Back on the overview, the concerns past their response time lead to the desk filtered to them.
    const { page } = leader;
    await page.getByRole('link', { name: 'Tổng quan' }).first().click();
    await page.getByTestId('overview-concerns-overdue').click();
    await page.waitForURL(/editorial-workflow-concerns\?overdue=true/);
    await page.getByTestId('ew-concern-overdue').first().waitFor();
    // The demo's overdue incident is listed; its forecast, within its 72 hours, is filtered out.
    await page.getByText('Clip học sinh đánh nhau trước cổng trường', { exact: false }).first().waitFor();
    await expect(page.getByText('Dự báo: dư luận quan tâm phương án thi tuyển sinh lớp 10').count()).resolves.toBe(0);
  });
});
