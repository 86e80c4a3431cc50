import { ARTICLE, OPINION_REPORT } from '../../../../shared/uids';
import { forbidden } from '../../utils/errors';
import { itemScope } from '../item-scope';
import { DOCUMENT_ID, USER, call, ctxOf, draftOf, freshEachTest, nextReturning, refusal, signIn, standingOf, stateRowOf } from './fakes';

describe('item scope', () => {
  const t = freshEachTest(itemScope);
  const services = () => t.fake.services;
  /** The item exists as `draft`, with its state row. */
  const itemIs = (draft: ReturnType<typeof draftOf>, record: ReturnType<typeof stateRowOf>) => {
    services()['item-content'].loadDraft.mockResolvedValue(draft);
    services()['item-state'].recordOf.mockResolvedValue(record);
  };

  it('leaves other content types and reads alone', async () => {
    const next = nextReturning();
    await call(t.middleware, ctxOf(OPINION_REPORT, 'delete', { documentId: DOCUMENT_ID }), next);
    await call(t.middleware, ctxOf(ARTICLE, 'findMany', {}), next);
    expect(next).toHaveBeenCalledTimes(2);
    expect(t.fake.plugin).not.toHaveBeenCalled();
  });

  describe('create and clone', () => {
    it('checks that the person is an author of the unit, then gives the new item its workflow row, in one transaction', async () => {
      signIn(services());
      let inTransaction = false;
      const next = jest.fn(async () => {
        inTransaction = t.fake.inTransaction();
        return { documentId: 'doc-new' };
      });
      await expect(call(t.middleware, ctxOf(ARTICLE, 'create', { data: { unit: 7 } }), next)).resolves.toEqual({ documentId: 'doc-new' });
      expect(services()['unit-scope'].assertMayFileItem).toHaveBeenCalledWith(USER, 7);
      expect(inTransaction).toBe(true);
      expect(services()['item-state'].recordOf).toHaveBeenCalledWith('doc-new');
    });

    it('refuses before writing when the unit is not one of the person', async () => {
      signIn(services());
      services()['unit-scope'].assertMayFileItem.mockRejectedValue(forbidden('Bạn chỉ viết tin bài cho đơn vị mà bạn là cộng tác viên; hãy chọn đúng đơn vị.'));
      const next = nextReturning();
      const error = await refusal(call(t.middleware, ctxOf(ARTICLE, 'create', { data: { unit: 9 } }), next));
      expect(error.message).toMatch(/đơn vị mà bạn là cộng tác viên/);
      expect(next).not.toHaveBeenCalled();
      expect(services()['item-state'].recordOf).not.toHaveBeenCalled();
    });

    it("checks a clone against its source's unit when it names none", async () => {
      signIn(services());
      services()['item-content'].loadDraft.mockResolvedValue(draftOf({ unitId: 5 }));
      await call(t.middleware, ctxOf(ARTICLE, 'clone', { documentId: DOCUMENT_ID, data: { title: 'Bản sao' } }), nextReturning({ documentId: 'doc-copy' }));
      expect(services()['item-content'].loadDraft).toHaveBeenCalledWith(DOCUMENT_ID);
      expect(services()['unit-scope'].assertMayFileItem).toHaveBeenCalledWith(USER, 5);
      expect(services()['item-state'].recordOf).toHaveBeenCalledWith('doc-copy');
    });

    it('leaves a call with no unit to the content rules, and code (no admin request) unscoped', async () => {
      signIn(services());
      await call(t.middleware, ctxOf(ARTICLE, 'create', { data: { title: 'x' } }), nextReturning());
      await call(t.middleware, ctxOf(ARTICLE, 'create', { data: { unit: null } }), nextReturning());
      await call(t.middleware, ctxOf(ARTICLE, 'clone', { documentId: 'missing', data: {} }), nextReturning());
      services()['unit-scope'].requestUser.mockReturnValue(undefined);
      await call(t.middleware, ctxOf(ARTICLE, 'create', { data: { unit: 7 } }), nextReturning());
      expect(services()['unit-scope'].assertMayFileItem).not.toHaveBeenCalled();
      expect(services()['item-state'].recordOf).toHaveBeenCalledTimes(4);
    });

    it('gives no workflow row when nothing was created', async () => {
      await call(t.middleware, ctxOf(ARTICLE, 'create', { data: {} }), nextReturning(null));
      expect(services()['item-state'].recordOf).not.toHaveBeenCalled();
    });
  });

  describe('update', () => {
    beforeEach(() => signIn(services()));

    it("lets the roles that may edit in the item's state through", async () => {
      itemIs(draftOf(), stateRowOf('in_review'));
      services().membership.standingOf.mockResolvedValue(standingOf({ 3: ['editor'] }));
      const next = nextReturning();
      await call(t.middleware, ctxOf(ARTICLE, 'update', { documentId: DOCUMENT_ID, data: { title: 'Sửa' } }), next);
      expect(next).toHaveBeenCalledTimes(1);
      expect(services().membership.standingOf).toHaveBeenCalledWith(USER.id);
    });

    it('refuses anyone else, naming the state and who may edit, with the version', async () => {
      itemIs(draftOf(), stateRowOf('awaiting_approval'));
      services().membership.standingOf.mockResolvedValue(standingOf({ 7: ['author'], 3: ['editor'] }));
      const next = nextReturning();
      const error = await refusal(call(t.middleware, ctxOf(ARTICLE, 'update', { documentId: DOCUMENT_ID, data: { title: 'Sửa' } }), next));
      expect(error.message).toBe('Tin bài đang ở trạng thái "Chờ Trưởng phòng duyệt": chỉ Trưởng phòng được sửa nội dung lúc này.');
      expect(error.details).toEqual({ state: 'awaiting_approval', version: 3 });
      expect(next).not.toHaveBeenCalled();
    });

    it("refuses the unit's head in every state: they read the unit's items and edit none", async () => {
      for (const state of ['draft', 'returned', 'in_review', 'approved'] as const) {
        itemIs(draftOf({ unitId: 7 }), stateRowOf(state));
        services().membership.standingOf.mockResolvedValue(standingOf({ 7: ['unit-head' as never] }));
        const next = nextReturning();
        const error = await refusal(call(t.middleware, ctxOf(ARTICLE, 'update', { documentId: DOCUMENT_ID, data: { title: 'Sửa' } }), next));
        expect(error.message).toBe('Thủ trưởng đơn vị chỉ xem tin bài của đơn vị, không sửa nội dung.');
        expect(next).not.toHaveBeenCalled();
      }
    });

    it('names every role that may edit an approved item', async () => {
      itemIs(draftOf(), stateRowOf('approved'));
      services().membership.standingOf.mockResolvedValue(standingOf({ 7: ['author'] }));
      const error = await refusal(call(t.middleware, ctxOf(ARTICLE, 'update', { documentId: DOCUMENT_ID, data: {} }), nextReturning()));
      expect(error.message).toContain('chỉ Biên tập viên phòng chuyên môn hoặc Trưởng phòng được sửa');
    });

    it('moves an item only to a unit where the person is an author', async () => {
      itemIs(draftOf({ unitId: 7 }), stateRowOf('draft'));
      services().membership.standingOf.mockResolvedValue(standingOf({ 7: ['author'], 8: ['author'], 9: ['editor'] }));
      const update = (unit: unknown) => call(t.middleware, ctxOf(ARTICLE, 'update', { documentId: DOCUMENT_ID, data: { unit } }), nextReturning());
      await expect(update(8)).resolves.toBeDefined();
      await expect(update(7)).resolves.toBeDefined();
      const error = await refusal(update(9));
      expect(error.message).toBe('Bạn chỉ chuyển tin bài sang đơn vị mà bạn là cộng tác viên.');
      // Clearing the unit is the content rules' 400.
      await expect(update(null)).resolves.toBeDefined();
    });

    it('reads the item and its state once for the whole call', async () => {
      itemIs(draftOf(), stateRowOf('draft'));
      services().membership.standingOf.mockResolvedValue(standingOf({ 7: ['author'] }));
      const ctx = ctxOf(ARTICLE, 'update', { documentId: DOCUMENT_ID, data: {} });
      await call(t.middleware, ctx, nextReturning());
      await call(t.middleware, ctx, nextReturning());
      expect(services()['item-content'].loadDraft).toHaveBeenCalledTimes(1);
      expect(services()['item-state'].recordOf).toHaveBeenCalledTimes(1);
    });

    it('does not check code, nor a call about no existing item', async () => {
      const next = nextReturning();
      await call(t.middleware, ctxOf(ARTICLE, 'update', { documentId: 'missing', data: {} }), next);
      services()['unit-scope'].requestUser.mockReturnValue(undefined);
      itemIs(draftOf(), stateRowOf('published'));
      await call(t.middleware, ctxOf(ARTICLE, 'update', { documentId: DOCUMENT_ID, data: {} }), next);
      expect(next).toHaveBeenCalledTimes(2);
      expect(services().membership.standingOf).not.toHaveBeenCalled();
    });
  });

  describe('delete', () => {
    const remove = (next = nextReturning()) => call(t.middleware, ctxOf(ARTICLE, 'delete', { documentId: DOCUMENT_ID }), next);

    it.each(['in_review', 'awaiting_approval', 'approved', 'published'] as const)('never deletes an item that is %s, whoever asks', async (state) => {
      itemIs(draftOf(), stateRowOf(state));
      const next = nextReturning();
      const error = await refusal(remove(next));
      expect(error.message).toMatch(/^Không thể xoá tin bài đang trong quy trình hoặc đang đăng \(trạng thái ".+"\)\. Hãy trả lại hoặc gỡ bài trước\.$/);
      expect(next).not.toHaveBeenCalled();
      expect(t.fake.db.transaction).toHaveBeenCalledTimes(1);
    });

    it('never deletes an item whose published version is online', async () => {
      itemIs(draftOf({ online: true }), stateRowOf('draft'));
      await refusal(remove());
    });

    it.each(['draft', 'returned', 'unpublished'] as const)('lets an author of its unit delete an item that is %s', async (state) => {
      signIn(t.fake.services);
      itemIs(draftOf({ unitId: 7 }), stateRowOf(state));
      const next = nextReturning();
      await remove(next);
      expect(t.fake.services['unit-scope'].assertMayDeleteItem).toHaveBeenCalledWith(USER, 7);
      expect(next).toHaveBeenCalledTimes(1);
    });

    it("passes on the unit scope's refusal", async () => {
      signIn(t.fake.services);
      itemIs(draftOf({ unitId: null }), stateRowOf('draft'));
      t.fake.services['unit-scope'].assertMayDeleteItem.mockRejectedValue(forbidden('Chỉ cộng tác viên của đơn vị viết bài mới được xoá tin bài.'));
      const next = nextReturning();
      await refusal(remove(next));
      expect(t.fake.services['unit-scope'].assertMayDeleteItem).toHaveBeenCalledWith(USER, null);
      expect(next).not.toHaveBeenCalled();
    });

    it('lets a delete about no existing item through to the Document Service', async () => {
      const next = nextReturning(null);
      await remove(next);
      await call(t.middleware, ctxOf(ARTICLE, 'delete', {}), next);
      expect(next).toHaveBeenCalledTimes(2);
      expect(t.fake.services['item-state'].recordOf).not.toHaveBeenCalled();
    });
  });
});
