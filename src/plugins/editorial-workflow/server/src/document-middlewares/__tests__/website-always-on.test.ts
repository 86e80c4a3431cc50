import { ARTICLE, OPINION_REPORT } from '../../../../shared/uids';
import { websiteAlwaysOn } from '../website-always-on';
import { DOCUMENT_ID, call, ctxOf, freshEachTest, nextReturning } from './fakes';

describe('website always on', () => {
  const t = freshEachTest(websiteAlwaysOn);

  it.each(['create', 'clone', 'update'])('stores channelWebsite true on %s, whatever was sent', async (action) => {
    for (const sent of [false, null, undefined, true]) {
      const ctx = ctxOf(ARTICLE, action, { documentId: DOCUMENT_ID, data: { title: 'Tin', ...(sent === undefined ? {} : { channelWebsite: sent }), channelFanpage: true } });
      const next = nextReturning();
      await call(t.middleware, ctx, next);
      expect(next).toHaveBeenCalledTimes(1);
      expect((ctx.params as { data: Record<string, unknown> }).data).toEqual({ title: 'Tin', channelWebsite: true, channelFanpage: true });
    }
  });

  it('gives a create without data the website too', async () => {
    const ctx = ctxOf(ARTICLE, 'create', {});
    await call(t.middleware, ctx, nextReturning());
    expect((ctx.params as { data: Record<string, unknown> }).data).toEqual({ channelWebsite: true });
  });

  it('leaves reads, publication and other types alone', async () => {
    for (const [uid, action] of [[ARTICLE, 'findMany'], [ARTICLE, 'publish'], [ARTICLE, 'delete'], [OPINION_REPORT, 'create']]) {
      const params = { data: { channelWebsite: false } };
      const next = nextReturning();
      await call(t.middleware, ctxOf(uid, action, params), next);
      expect(next).toHaveBeenCalledTimes(1);
      expect(params.data).toEqual({ channelWebsite: false });
    }
  });
});
