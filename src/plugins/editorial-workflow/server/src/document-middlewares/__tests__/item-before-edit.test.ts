import { ARTICLE } from '../../../../shared/uids';
import { itemBeforeEdit } from '../item-before-edit';
import { DOCUMENT_ID, ctxOf, draftOf, fakeStrapi, stateRowOf } from './fakes';

describe('itemBeforeEdit', () => {
  let fake: ReturnType<typeof fakeStrapi>;
  beforeEach(() => {
    fake = fakeStrapi();
  });
  const loadDraft = () => fake.services['item-content'].loadDraft;
  const recordOf = () => fake.services['item-state'].recordOf;
  const updateCtx = (documentId?: string) => ctxOf(ARTICLE, 'update', { documentId, data: {} });

  it('loads the item and its state row', async () => {
    loadDraft().mockResolvedValue(draftOf());
    recordOf().mockResolvedValue(stateRowOf('approved'));
    await expect(itemBeforeEdit(fake.strapi, updateCtx(DOCUMENT_ID))).resolves.toEqual({
      documentId: DOCUMENT_ID,
      before: draftOf(),
      record: stateRowOf('approved'),
    });
    expect(loadDraft()).toHaveBeenCalledWith(DOCUMENT_ID);
    expect(recordOf()).toHaveBeenCalledWith(DOCUMENT_ID);
  });

  it('loads once per Document Service call, even when asked at the same time', async () => {
    loadDraft().mockResolvedValue(draftOf());
    const ctx = updateCtx(DOCUMENT_ID);
    const [first, second] = await Promise.all([itemBeforeEdit(fake.strapi, ctx), itemBeforeEdit(fake.strapi, ctx)]);
    const third = await itemBeforeEdit(fake.strapi, ctx);
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(loadDraft()).toHaveBeenCalledTimes(1);
    expect(recordOf()).toHaveBeenCalledTimes(1);
  });

  it('loads again for another call about the same item', async () => {
    loadDraft().mockResolvedValue(draftOf());
    await itemBeforeEdit(fake.strapi, updateCtx(DOCUMENT_ID));
    await itemBeforeEdit(fake.strapi, updateCtx(DOCUMENT_ID));
    expect(loadDraft()).toHaveBeenCalledTimes(2);
  });

  it('is null, once, for a call that names no existing item, and creates no state row for it', async () => {
    const missing = updateCtx('missing');
    await expect(itemBeforeEdit(fake.strapi, missing)).resolves.toBeNull();
    await expect(itemBeforeEdit(fake.strapi, missing)).resolves.toBeNull();
    await expect(itemBeforeEdit(fake.strapi, updateCtx())).resolves.toBeNull();
    expect(loadDraft()).toHaveBeenCalledTimes(1);
    expect(recordOf()).not.toHaveBeenCalled();
  });
});
