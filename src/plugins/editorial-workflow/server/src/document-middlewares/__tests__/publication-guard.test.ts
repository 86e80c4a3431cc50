import { ARTICLE, MEDIA_ASSET } from '../../../../shared/uids';
import { withPublicationPass } from '../../utils/publication-pass';
import { publicationGuard } from '../publication-guard';
import { DOCUMENT_ID, call, ctxOf, fakeStrapi, nextReturning, refusal } from './fakes';

describe('publication guard', () => {
  const guard = publicationGuard(fakeStrapi().strapi);
  const REFUSED = /^Tin bài chỉ được đăng, gỡ hoặc hoàn tác qua quy trình biên tập \(thao tác "(.+)" bị từ chối\)/;

  it.each(['publish', 'unpublish', 'discardDraft'])('refuses %s of an item without the pass, before the rest of the chain', async (action) => {
    const next = nextReturning();
    const error = await refusal(call(guard, ctxOf(ARTICLE, action, { documentId: DOCUMENT_ID }), next));
    expect(error.message).toMatch(REFUSED);
    expect(error.message).toContain(`"${action}"`);
    expect(next).not.toHaveBeenCalled();
  });

  it.each(['publish', 'unpublish', 'discardDraft'] as const)('lets %s through with the pass of that operation for that document', async (action) => {
    const next = nextReturning({ documentId: DOCUMENT_ID, publishedAt: 'now' });
    const outcome = withPublicationPass(DOCUMENT_ID, action, () => call(guard, ctxOf(ARTICLE, action, { documentId: DOCUMENT_ID }), next));
    await expect(outcome).resolves.toEqual({ documentId: DOCUMENT_ID, publishedAt: 'now' });
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('refuses with a pass for another document, another operation, or a call that names no document', async () => {
    const publish = (params: Record<string, unknown>) => call(guard, ctxOf(ARTICLE, 'publish', params), nextReturning());
    await refusal(withPublicationPass('doc-2', 'publish', () => publish({ documentId: DOCUMENT_ID })));
    await refusal(withPublicationPass(DOCUMENT_ID, 'unpublish', () => publish({ documentId: DOCUMENT_ID })));
    await refusal(withPublicationPass(DOCUMENT_ID, 'publish', () => publish({})));
  });

  it('does not leak the pass out of the transition it was given to', async () => {
    await withPublicationPass(DOCUMENT_ID, 'publish', async () => undefined);
    await refusal(call(guard, ctxOf(ARTICLE, 'publish', { documentId: DOCUMENT_ID }), nextReturning()));
  });

  it.each(['create', 'update', 'clone'])('refuses %s asking for status published, pass or not', async (action) => {
    const next = nextReturning();
    const ctx = ctxOf(ARTICLE, action, { documentId: DOCUMENT_ID, status: 'published', data: { title: 'x' } });
    const error = await refusal(withPublicationPass(DOCUMENT_ID, 'publish', () => call(guard, ctx, next)));
    expect(error.message).toContain(`"${action} status=published"`);
    expect(next).not.toHaveBeenCalled();
  });

  it.each([
    ['create', { data: { title: 'x' } }],
    ['update', { documentId: DOCUMENT_ID, status: 'draft', data: { title: 'x' } }],
    ['clone', { documentId: DOCUMENT_ID, data: {} }],
    ['delete', { documentId: DOCUMENT_ID }],
    ['findOne', { documentId: DOCUMENT_ID, status: 'published' }],
    ['findMany', { status: 'published' }],
    ['count', {}],
  ])('lets %s of an item through', async (action, params) => {
    const next = nextReturning();
    await expect(call(guard, ctxOf(ARTICLE, action, params), next)).resolves.toEqual({ documentId: DOCUMENT_ID });
    expect(next).toHaveBeenCalledTimes(1);
  });

  it.each([MEDIA_ASSET, 'api::topic.topic'])('does not guard %s', async (uid) => {
    const next = nextReturning();
    await call(guard, ctxOf(uid, 'publish', { documentId: DOCUMENT_ID }), next);
    await call(guard, ctxOf(uid, 'create', { status: 'published', data: {} }), next);
    expect(next).toHaveBeenCalledTimes(2);
  });
});
