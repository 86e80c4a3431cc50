import type { Core } from '@strapi/strapi';
import { ARTICLE, TOPIC } from '../../../../shared/uids';
import { call, ctxOf, nextReturning } from '../../document-middlewares/__tests__/fakes';
import { planLineCounts } from '../document-middleware';
import { syncItemLines } from '../line-counts';

jest.mock('../line-counts', () => ({ syncItemLines: jest.fn(async () => undefined) }));
const sync = syncItemLines as jest.MockedFunction<typeof syncItemLines>;

describe('planLineCounts: the plan line counts follow an item’s writes', () => {
  const strapi = {} as Core.Strapi;
  const middleware = planLineCounts(strapi);
  beforeEach(() => sync.mockClear());

  async function synced(uid: string, action: string, params: Record<string, unknown>): Promise<boolean> {
    const next = nextReturning();
    await call(middleware, ctxOf(uid, action, { documentId: 'doc-1', ...params }), next);
    expect(next).toHaveBeenCalledTimes(1);
    return sync.mock.calls.length > 0;
  }

  it.each(['publish', 'unpublish', 'discardDraft', 'delete'])('%s: synced after the write', async (action) => {
    await expect(synced(ARTICLE, action, {})).resolves.toBe(true);
    expect(sync).toHaveBeenCalledWith(strapi, 'doc-1');
  });

  it('an edit that sends the tags: synced (a published item retagged moves its counts)', async () => {
    await expect(synced(ARTICLE, 'update', { data: { title: 'x', planLines: { set: [{ id: 3 }] } } })).resolves.toBe(true);
    await expect(synced(ARTICLE, 'update', { data: { planLines: [] } })).resolves.toBe(true);
  });

  it('an edit that publishes as it writes: synced (the month the tags count in is set)', async () => {
    await expect(synced(ARTICLE, 'update', { status: 'published', data: { title: 'x' } })).resolves.toBe(true);
  });

  it('an edit that neither sends the tags nor publishes: skipped (tags and month unchanged)', async () => {
    await expect(synced(ARTICLE, 'update', { data: { title: 'x', summary: 'y' } })).resolves.toBe(false);
    await expect(synced(ARTICLE, 'update', {})).resolves.toBe(false);
  });

  it('a create (never published yet) and other types: skipped', async () => {
    await expect(synced(ARTICLE, 'create', { data: { planLines: [1] } })).resolves.toBe(false);
    await expect(synced(TOPIC, 'publish', {})).resolves.toBe(false);
  });
});
