import { BASE_URL, launchBrowser, logIn, screenshot, step, type Actor, type Session } from './harness/browser';
import {
  act,
  actionsOffered,
  builtInPublishingControls,
  createItem,
  expectState,
  openItem,
  openMoreActions,
  selectInList,
  type NewItem,
} from './harness/admin';
import { publicGet, searchPublished } from './harness/public-api';

/**
 * The browser test of the editorial workflow in the Vietnamese admin panel, each person in a
 * browser context of their own, logged in through the log-in form, acting only through the
 * screens (content-manager edit view, list view and the workflow side panel). Demo data and
 * accounts come from the runner (scripts/e2e.js). The steps build on each other, in order.
 */
const run = Date.now().toString(36);
const AUTHOR_UNIT = 'Phòng Văn hoá - Xã hội xã Mường Phăng';
/** Topic III.2 (Giáo dục phổ thông) is in the care of this department. */
const ROUTED_DEPARTMENT = 'Phòng Giáo dục Phổ thông';

const item = (title: string): NewItem => ({
  title: `${title} (kiểm thử ${run})`,
  summary: 'Học sinh và giáo viên cùng đọc sách, trao đổi và giới thiệu những cuốn sách hay.',
  topic: 'III.2',
  unit: AUTHOR_UNIT,
});

let session: Session;
const actors: Record<string, Actor> = {};
const as = async (role: 'author' | 'editor' | 'head' | 'publisher') => {
  actors[role] ??= await logIn(session.browser, `${role}@demo.local`);
  return actors[role];
};

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

describe('Một tin bài đi hết quy trình, từ cộng tác viên đến trang thông tin', () => {
  const story = item('Ngày hội đọc sách ở Mường Phăng');
  let documentId = '';
  const needItem = () => {
    if (!documentId) throw new Error('no item: step 1 (the author creates and submits it) failed');
    return documentId;
  };

  test('1. the author creates the item in the content-manager, sees no publish control, and submits it', async () => {
    const author = await as('author');
    await step('author-create', [author], async () => {
      await screenshot(author.page, 'author-logged-in');
      documentId = await createItem(author.page, story);
      await author.page.getByTestId('ew-panel').waitFor();
      await expectState(author.page, 'draft');
      await screenshot(author.page, 'author-item-saved');
    });

    await step('author-no-publish-control', [author], async () => {
      expect(await builtInPublishingControls(author.page)).toEqual([]);
      expect(await actionsOffered(author.page)).toEqual(['submit']);
      if (await openMoreActions(author.page)) {
        expect(await builtInPublishingControls(author.page)).toEqual([]);
        await author.page.keyboard.press('Escape');
      }
      await selectInList(author.page, story.title);
      expect(await builtInPublishingControls(author.page)).toEqual([]);
      await screenshot(author.page, 'author-list-no-bulk-publish');
    });

    await step('author-submit', [author], async () => {
      await openItem(author.page, documentId);
      await act(author.page, 'submit', { expect: 'in_review' });
      await expect(author.page.getByTestId('ew-department').innerText()).resolves.toContain(ROUTED_DEPARTMENT);
      expect(await actionsOffered(author.page)).toEqual([]);
      await screenshot(author.page, 'author-submitted');
    });
  });

  test('2. the department editor forwards it to the head', async () => {
    const editor = await as('editor');
    await step('editor-forward', [editor], async () => {
      await openItem(editor.page, needItem());
      await expectState(editor.page, 'in_review');
      await screenshot(editor.page, 'editor-opens-item');
      await act(editor.page, 'forward', { comment: 'Đã biên tập, đề nghị Trưởng phòng duyệt.', expect: 'awaiting_approval' });
      await screenshot(editor.page, 'editor-forwarded');
    });
  });

  test('3. the head approves it', async () => {
    const head = await as('head');
    await step('head-approve', [head], async () => {
      await openItem(head.page, needItem());
      await expectState(head.page, 'awaiting_approval');
      await act(head.page, 'approve', { expect: 'approved' });
      await screenshot(head.page, 'head-approved');
    });
  });

  test('4. the publisher publishes it', async () => {
    const publisher = await as('publisher');
    await step('publisher-publish', [publisher], async () => {
      await openItem(publisher.page, needItem());
      await expectState(publisher.page, 'approved');
      expect(await actionsOffered(publisher.page)).toContain('publish');
      await publisher.page.getByTestId('ew-publish-at').waitFor();
      // The view of the side panel shown in the README (docs/side-panel.png).
      await screenshot(publisher.page, 'side-panel', { fullPage: false });
      await act(publisher.page, 'publish', { expect: 'published' });
      // The history shows the four transitions: submit, forward, approve, publish.
      await expect(publisher.page.getByTestId('ew-history-entry').count()).resolves.toBeGreaterThanOrEqual(4);
      await screenshot(publisher.page, 'publisher-published');
    });
  });

  test('5. the public API lists it, and serves it by its slug', async () => {
    needItem();
    const found = await searchPublished(run);
    expect(found.map((entry) => entry.title)).toEqual([story.title]);
    const bySlug = await publicGet(`/api/articles/by-slug/${encodeURIComponent(found[0].slug)}`);
    expect(bySlug.status).toBe(200);
    expect(bySlug.body.data.title).toBe(story.title);
  });
});

describe('Trả lại và xung đột', () => {
  const story = item('Hội thi giáo viên dạy giỏi cấp trường');
  let documentId = '';
  const reason = 'Cần bổ sung số liệu giáo viên tham gia và ảnh hoạt động.';

  test('a returned item shows its reason to the author', async () => {
    const author = await as('author');
    const editor = await as('editor');
    await step('return-create-submit', [author], async () => {
      documentId = await createItem(author.page, story);
      await author.page.getByTestId('ew-panel').waitFor();
      await act(author.page, 'submit', { expect: 'in_review' });
    });
    await step('return-by-editor', [editor], async () => {
      await openItem(editor.page, documentId);
      // A return without a reason is refused on the spot and changes nothing.
      await editor.page.getByTestId('ew-action-return').click();
      await editor.page.getByTestId('ew-error').waitFor();
      await expectState(editor.page, 'in_review');
      await screenshot(editor.page, 'editor-return-needs-reason');
      await act(editor.page, 'return', { comment: reason, reasonCategory: 'Sai thông tin, số liệu' });
      // The returned item has left the editor's sight: they land on their queue, not on an error page.
      await editor.page.getByTestId('ew-queue').waitFor();
      expect(new URL(editor.page.url()).pathname).toBe('/admin/plugins/editorial-workflow');
      await screenshot(editor.page, 'editor-back-on-queue');
    });
    await step('return-seen-by-author', [author], async () => {
      await openItem(author.page, documentId);
      await expectState(author.page, 'returned');
      await expect(author.page.getByTestId('ew-last-reason').innerText()).resolves.toContain(`[Sai thông tin, số liệu] ${reason}`);
      expect(await actionsOffered(author.page)).toEqual(['submit']);
      await screenshot(author.page, 'author-sees-return-reason');
    });
    await step('unit-items-tab', [author], async () => {
      await author.page.goto(`${BASE_URL}/admin/plugins/editorial-workflow`);
      await author.page.getByTestId('ew-tab-unit-items').click();
      await author.page.getByTestId('ew-unit-items').waitFor();
      // The most recent move first: the item just returned heads the list, with its state and reason.
      await author.page.goto(`${BASE_URL}/admin/plugins/editorial-workflow?view=unit&sort=waitingSince%3Adesc`);
      const row = author.page.getByTestId('ew-unit-item-row').filter({ hasText: story.title });
      await row.waitFor();
      await expect(row.getByTestId('ew-unit-item-state').getAttribute('data-state')).resolves.toBe('returned');
      await expect(row.getByTestId('ew-unit-item-next').innerText()).resolves.toContain('Cộng tác viên đơn vị');
      await expect(row.getByTestId('ew-unit-item-reason').innerText()).resolves.toContain(reason);
      await screenshot(author.page, 'author-unit-items-tab');
      // Back on the item, where the next scenario picks up.
      await openItem(author.page, documentId);
      await expectState(author.page, 'returned');
    });
  });

  test('a second browser acting on a stale state gets the conflict message, and the panel reloads', async () => {
    if (!documentId) throw new Error('no item: the return scenario failed');
    const author = await as('author');
    const editor = await as('editor');
    await step('conflict-resubmit', [author], async () => {
      await act(author.page, 'submit', { expect: 'in_review' });
    });
    // The same editor in a second, separate browser context, signed in anew (a session of its
    // own, as a second browser has): both screens show in_review.
    const second = await logIn(session.browser, 'editor@demo.local', { fresh: true });
    try {
      await step('conflict', [editor, second], async () => {
        await openItem(editor.page, documentId);
        await openItem(second.page, documentId);
        await expectState(second.page, 'in_review');

        await act(editor.page, 'forward', { expect: 'awaiting_approval' });
        await act(second.page, 'forward');
        const error = second.page.getByTestId('ew-error');
        await error.waitFor();
        await expect(error.innerText()).resolves.toContain('Tin bài vừa được người khác xử lý');
        // Reloaded: the stale screen now shows the true state, and no button for the editor.
        await expectState(second.page, 'awaiting_approval');
        expect(await actionsOffered(second.page)).toEqual([]);
        await screenshot(second.page, 'stale-browser-conflict');
      });
    } finally {
      await second.context.close();
    }
  });
});
