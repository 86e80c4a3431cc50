import { ARTICLE, MEDIA_ASSET, OPINION_REPORT } from '../../../../shared/uids';
import { UNIT_SCOPED, scopeUnitCopy } from '../scope-unit-copy';
import { call, ctxOf, freshEachTest, nextReturning } from './fakes';

describe('scopeUnitId copy', () => {
  const t = freshEachTest(scopeUnitCopy);

  /** The data the rest of the chain sees. */
  async function written(uid: string, action: string, data?: Record<string, unknown>) {
    const ctx = ctxOf(uid, action, data === undefined ? { documentId: 'doc-1' } : { documentId: 'doc-1', data });
    let seen: unknown;
    const next = jest.fn(async () => {
      seen = (ctx.params as { data?: unknown }).data;
      return { documentId: 'doc-1' };
    });
    await call(t.middleware, ctx, next);
    expect(next).toHaveBeenCalledTimes(1);
    return seen;
  }

  it('covers items, media assets and opinion reports', () => {
    expect([...UNIT_SCOPED].sort()).toEqual([ARTICLE, MEDIA_ASSET, OPINION_REPORT].sort());
  });

  describe.each(UNIT_SCOPED.map((uid) => [uid]))('%s', (uid) => {
    it.each(['create', 'update', 'clone'])('%s: replaces whatever the client sent with the unit id', async (action) => {
      await expect(written(uid, action, { title: 'x', unit: 5, scopeUnitId: 99 })).resolves.toEqual({ title: 'x', unit: 5, scopeUnitId: 5 });
      expect(t.fake.services['unit-scope'].unitIdOf).toHaveBeenCalledWith(5);
    });

    it('drops a client value when the unit is not touched', async () => {
      await expect(written(uid, 'update', { title: 'x', scopeUnitId: 99 })).resolves.toEqual({ title: 'x' });
    });

    it('clears it with the unit', async () => {
      await expect(written(uid, 'update', { unit: null, scopeUnitId: 99 })).resolves.toEqual({ unit: null, scopeUnitId: null });
    });

    it('leaves calls that write no data as they are', async () => {
      await expect(written(uid, 'publish')).resolves.toBeUndefined();
      await expect(written(uid, 'delete', { scopeUnitId: 99 })).resolves.toEqual({ scopeUnitId: 99 });
    });
  });

  it('leaves content types without a unit alone', async () => {
    await expect(written('api::topic.topic', 'create', { unit: 5, scopeUnitId: 99 })).resolves.toEqual({ unit: 5, scopeUnitId: 99 });
    expect(t.fake.services['unit-scope'].unitIdOf).not.toHaveBeenCalled();
  });
});
