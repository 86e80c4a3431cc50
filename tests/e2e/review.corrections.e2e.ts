import { BASE_URL, launchBrowser, logIn, screenshot, step, type Actor, type Session } from './harness/browser';
import { act, expectState, openItem } from './harness/admin';
import { publicGet } from './harness/public-api';

/**
 * Review that professionals trust: the head comments on an item waiting for their approval and
 * mentions the publisher, who is told; on a published demo item the publisher issues a correction
 * (đính chính) with its public note; the item goes through its new round in the panel (its author,
 * the department's editor and head, the publisher) and the public API prints the note at its end.
 */
let session: Session;

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

/** The demo's authors by the units they write for (src/seed/data/demo.ts). */
const AUTHOR_OF: Record<string, string> = {
  'XA-MUONGPHANG': 'author@demo.local',
  'PHUONG-DIENBIENPHU': 'author@demo.local',
  'XA-TUANGIAO': 'author@demo.local',
  'MN-HOABAN': 'author2@demo.local',
  'TH-HIMLAM': 'author2@demo.local',
  'THCS-THANHBINH': 'author2@demo.local',
};

describe('Ý kiến biên tập và đính chính', () => {
  test('the head mentions the publisher, who issues a correction that the public API shows after its round', async () => {
    // A published item of a unit whose demo author is known, not corrected yet.
    const { body } = await publicGet('/api/articles?pageSize=100');
    let target: { documentId: string; slug: string; unit: string } | undefined;
    for (const item of body.data as Array<{ documentId: string; slug: string; unit: { code: string } | null }>) {
      if (!item.unit || !AUTHOR_OF[item.unit.code]) continue;
      const full = await publicGet(`/api/articles/by-slug/${encodeURIComponent(item.slug)}`);
      if (full.body.data.corrections.length === 0) {
        target = { documentId: item.documentId, slug: item.slug, unit: item.unit.code };
        break;
      }
    }
    if (!target) throw new Error('the demo has no published item of a commune or school without a correction');
    const note = `Đính chính: số học sinh tham gia là 1.250 em, không phải 1.520 em (${Date.now()}).`;
    const comment = `Số liệu học sinh trong bài chưa khớp báo cáo của trường, nhờ Phòng QLCL xem giúp (${Date.now()}).`;

    const head = await logIn(session.browser, 'head@demo.local');
    const publisher = await logIn(session.browser, 'publisher@demo.local');
    // The head comments on an item waiting for their approval (the content-manager opens for them
    // the items of their queue) and mentions the publisher, who may read every submitted item.
    await step('comment-mention', [head], async () => {
      const { page } = head;
      await page.goto(`${BASE_URL}/admin/plugins/editorial-workflow?state=awaiting_approval`);
      await page.getByTestId('ew-queue-row').first().waitFor();
      const box = page.locator('[data-testid^="ew-bulk-select-"]:not([data-testid="ew-bulk-select-all"])').first();
      const waiting = ((await box.getAttribute('data-testid')) ?? '').replace('ew-bulk-select-', '');
      await openItem(page, waiting);
      const form = page.getByTestId('ew-comments-new-form');
      await form.getByTestId('ew-comments-new-text').fill(comment);
      await form.getByTestId('ew-comments-mention-search').fill('Cường');
      await form.getByTestId('ew-comments-mention-option').filter({ hasText: 'publisher@demo.local' }).click();
      await form.getByTestId('ew-comments-mention-chosen').waitFor();
      await form.getByTestId('ew-comments-new-send').click();
      const thread = page.getByTestId('ew-comments-thread').filter({ hasText: comment });
      await thread.waitFor();
      await expect(thread.getByTestId('ew-comments-mentioned').innerText()).resolves.toContain('Nguyễn Hùng Cường');
      await thread.scrollIntoViewIfNeeded();
      await screenshot(page, 'comments-panel', { fullPage: false });
    });

    await step('mention-seen', [publisher], async () => {
      const { page } = publisher;
      await page.goto(`${BASE_URL}/admin/plugins/editorial-workflow`);
      await page.getByTestId('ew-notification').filter({ hasText: 'Bạn được nhắc đến trong ý kiến biên tập' }).first().waitFor();
    });

    await step('correction-start', [publisher], async () => {
      const { page } = publisher;
      await openItem(page, target!.documentId);
      // Without a note the correction is refused on the spot.
      await page.getByTestId('ew-action-correct').click();
      await page.getByTestId('ew-error').waitFor();
      await expectState(page, 'published');
      await act(page, 'correct', { comment: note, expect: 'draft' });
      await screenshot(page, 'correction-started');
    });
    // Still online as it was while the round goes on.
    expect((await publicGet(`/api/articles/by-slug/${encodeURIComponent(target.slug)}`)).body.data.corrections).toEqual([]);

    const round: Array<[Actor, string, string]> = [
      [await logIn(session.browser, AUTHOR_OF[target.unit]), 'submit', 'in_review'],
      [await logIn(session.browser, 'editor@demo.local'), 'forward', 'awaiting_approval'],
      [head, 'approve', 'approved'],
      [publisher, 'publish', 'published'],
    ];
    for (const [actor, action, state] of round) {
      await step(`correction-${action}`, [actor], async () => {
        await openItem(actor.page, target!.documentId);
        await act(actor.page, action, { expect: state });
      });
    }
    const shown = await publicGet(`/api/articles/by-slug/${encodeURIComponent(target.slug)}`);
    expect(shown.status).toBe(200);
    expect(shown.body.data.corrections.map((correction: { note: string }) => correction.note)).toEqual([note]);
    for (const [actor] of round.slice(0, 2)) await actor.context.close();
    await head.context.close();
    await publisher.context.close();
  });
});
