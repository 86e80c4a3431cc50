import { ARTICLE, MEDIA_ASSET } from '../../../../shared/uids';
import { SYSTEM_ACTOR } from '../../services/item-state';
import { conflict } from '../../workflow/conflict';
import { editVoidsApproval } from '../edit-voids-approval';
import { itemScope } from '../item-scope';
import { DOCUMENT_ID, USER, call, ctxOf, draftOf, freshEachTest, nextReturning, signIn, standingOf, stateRowOf } from './fakes';

describe('edit voids approval', () => {
  const t = freshEachTest(editVoidsApproval);
  const itemState = () => t.fake.services['item-state'];
  const update = (next = nextReturning()) => call(t.middleware, ctxOf(ARTICLE, 'update', { documentId: DOCUMENT_ID, data: { title: 'Sửa' } }), next);

  /** The item before the edit is `record`; after it, its content hashes to `hashAfter`. */
  function edit(record: ReturnType<typeof stateRowOf>, hashAfter: string) {
    t.fake.services['item-content'].loadDraft.mockResolvedValueOnce(draftOf({ hash: 'hash-before' })).mockResolvedValueOnce(draftOf({ hash: hashAfter }));
    itemState().recordOf.mockResolvedValue(record);
  }

  it('leaves other content types and other actions alone, outside any transaction', async () => {
    const next = nextReturning();
    await call(t.middleware, ctxOf(MEDIA_ASSET, 'update', { documentId: DOCUMENT_ID, data: {} }), next);
    await call(t.middleware, ctxOf(ARTICLE, 'create', { data: {} }), next);
    await call(t.middleware, ctxOf(ARTICLE, 'publish', { documentId: DOCUMENT_ID }), next);
    expect(next).toHaveBeenCalledTimes(3);
    expect(t.fake.db.transaction).not.toHaveBeenCalled();
  });

  it('sends an approved item whose content changed back to department review, with a history row, in the edit transaction', async () => {
    signIn(t.fake.services);
    t.fake.services.membership.standingOf.mockResolvedValue(standingOf({ 3: ['editor'] }));
    const record = stateRowOf('approved', { approvedHash: 'hash-approved', approvedAt: '2026-10-02T02:00:00.000Z', scheduledAt: '2026-10-05T01:00:00.000Z', scheduledById: 9 });
    edit(record, 'hash-edited');
    const steps: string[] = [];
    const next = jest.fn(async () => {
      steps.push(`next in transaction: ${t.fake.inTransaction()}`);
      return { documentId: DOCUMENT_ID, title: 'Sửa' };
    });
    itemState().compareAndSet.mockImplementation(async (from, changes) => {
      steps.push(`move in transaction: ${t.fake.inTransaction()}`);
      return { ...from, ...changes, version: from.version + 1 };
    });

    await expect(update(next)).resolves.toEqual({ documentId: DOCUMENT_ID, title: 'Sửa' });

    expect(steps).toEqual(['next in transaction: true', 'move in transaction: true']);
    expect(itemState().compareAndSet).toHaveBeenCalledWith(record, { state: 'in_review', approvedHash: null, approvedAt: null, scheduledAt: null, scheduledById: null });
    expect(itemState().recordHistory).toHaveBeenCalledTimes(1);
    expect(itemState().recordHistory).toHaveBeenCalledWith({
      item: draftOf({ hash: 'hash-edited' }),
      actor: { id: USER.id, name: 'Lan Nguyễn Thị' },
      role: 'editor',
      action: 'edit',
      from: 'approved',
      to: expect.objectContaining({ state: 'in_review', version: 4, approvedHash: null }),
      comment: 'Nội dung thay đổi sau khi duyệt: duyệt lại',
    });
  });

  it.each(['published', 'unpublished'] as const)('starts a new round when a %s item is edited', async (state) => {
    signIn(t.fake.services);
    t.fake.services.membership.standingOf.mockResolvedValue(standingOf({ 7: ['author'] }));
    edit(stateRowOf(state, { approvedHash: 'hash-approved' }), 'hash-edited');
    await update();
    expect(itemState().compareAndSet).toHaveBeenCalledWith(expect.objectContaining({ state }), expect.objectContaining({ state: 'draft', approvedHash: null }));
    expect(itemState().recordHistory).toHaveBeenCalledWith(
      expect.objectContaining({ role: 'author', from: state, to: expect.objectContaining({ state: 'draft' }), comment: 'Sửa tin bài đã đăng: bắt đầu vòng duyệt mới' })
    );
  });

  it('keeps the approval when the content still hashes to what was approved', async () => {
    edit(stateRowOf('approved', { approvedHash: 'hash-approved' }), 'hash-approved');
    const next = nextReturning();
    await update(next);
    expect(next).toHaveBeenCalledTimes(1);
    expect(itemState().compareAndSet).not.toHaveBeenCalled();
    expect(itemState().recordHistory).not.toHaveBeenCalled();
  });

  it.each(['draft', 'in_review', 'awaiting_approval', 'returned'] as const)('moves nothing for an edit of an item that is %s', async (state) => {
    edit(stateRowOf(state), 'hash-edited');
    await update();
    expect(itemState().compareAndSet).not.toHaveBeenCalled();
    expect(itemState().recordHistory).not.toHaveBeenCalled();
    // Nothing to compare: the content after the edit is not even read.
    expect(t.fake.services['item-content'].loadDraft).toHaveBeenCalledTimes(1);
  });

  it('names the system when code edits (no admin request)', async () => {
    edit(stateRowOf('approved', { approvedHash: 'hash-approved' }), 'hash-edited');
    await update();
    expect(t.fake.services.membership.standingOf).not.toHaveBeenCalled();
    expect(itemState().recordHistory).toHaveBeenCalledWith(expect.objectContaining({ actor: SYSTEM_ACTOR, role: 'system' }));
  });

  it('writes no history and fails the edit when someone moved the item first', async () => {
    signIn(t.fake.services);
    const record = stateRowOf('approved', { approvedHash: 'hash-approved' });
    edit(record, 'hash-edited');
    const lost = conflict(record, 'Tin bài vừa được người khác xử lý; hãy tải lại.');
    itemState().compareAndSet.mockRejectedValue(lost);
    await expect(update()).rejects.toBe(lost);
    expect(itemState().recordHistory).not.toHaveBeenCalled();
  });

  it('passes an update of no existing item through', async () => {
    const next = nextReturning(null);
    await expect(update(next)).resolves.toBeNull();
    expect(itemState().recordOf).not.toHaveBeenCalled();
    expect(itemState().compareAndSet).not.toHaveBeenCalled();
  });

  it('lets a refusal of the rules below through, and moves nothing', async () => {
    edit(stateRowOf('approved', { approvedHash: 'hash-approved' }), 'hash-edited');
    const next = jest.fn(async () => {
      throw new Error('slug taken');
    });
    await expect(update(next)).rejects.toThrow('slug taken');
    expect(itemState().compareAndSet).not.toHaveBeenCalled();
  });

  it('reuses the item the scope check read for the same call: one read before the edit, one after', async () => {
    signIn(t.fake.services);
    t.fake.services.membership.standingOf.mockResolvedValue(standingOf({ 3: ['editor'] }));
    edit(stateRowOf('approved', { approvedHash: 'hash-approved' }), 'hash-edited');
    const ctx = ctxOf(ARTICLE, 'update', { documentId: DOCUMENT_ID, data: { title: 'Sửa' } });
    const next = nextReturning();
    await call(itemScope(t.fake.strapi), ctx, jest.fn(() => call(t.middleware, ctx, next)));
    expect(next).toHaveBeenCalledTimes(1);
    expect(t.fake.services['item-content'].loadDraft).toHaveBeenCalledTimes(2);
    expect(itemState().recordOf).toHaveBeenCalledTimes(1);
    expect(itemState().compareAndSet).toHaveBeenCalledTimes(1);
  });
});
