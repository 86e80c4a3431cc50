import { ARTICLE } from '../../../../shared/uids';
import { asksToPublish, dataOf, documentIdOf, isWrite, setData } from '../context';
import { ctxOf } from './fakes';

describe('document context helpers', () => {
  it('read the data, the document id and the status asked for', () => {
    const ctx = ctxOf(ARTICLE, 'update', { documentId: 'doc-1', status: 'published', data: { title: 'x' } });
    expect(dataOf(ctx)).toEqual({ title: 'x' });
    expect(documentIdOf(ctx)).toBe('doc-1');
    expect(asksToPublish(ctx)).toBe(true);
    expect(asksToPublish(ctxOf(ARTICLE, 'update', { status: 'draft' }))).toBe(false);
  });

  it('answer undefined for a call without params', () => {
    const bare = { uid: ARTICLE, action: 'findMany' } as unknown as Parameters<typeof dataOf>[0];
    expect(dataOf(bare)).toBeUndefined();
    expect(documentIdOf(bare)).toBeUndefined();
    expect(asksToPublish(bare)).toBe(false);
  });

  it('replace the data the call will write', () => {
    const ctx = ctxOf(ARTICLE, 'create', { data: { title: 'x' } });
    setData(ctx, { title: 'y' });
    expect(dataOf(ctx)).toEqual({ title: 'y' });
  });

  it.each([
    ['create', true],
    ['update', true],
    ['clone', true],
    ['publish', false],
    ['delete', false],
    ['findOne', false],
  ])('count %s as a write: %p', (action, write) => {
    expect(isWrite(ctxOf(ARTICLE, action))).toBe(write);
  });
});
