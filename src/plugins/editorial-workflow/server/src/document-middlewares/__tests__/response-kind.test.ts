import { errors } from '@strapi/utils';
import { ARTICLE, OPINION_REPORT } from '../../../../shared/uids';
import { responseKind } from '../response-kind';
import { DOCUMENT_ID, call, ctxOf, draftOf, freshEachTest, nextReturning, stateRowOf } from './fakes';

const OFFICE = 5;
const COMMUNE = 7;

describe('response kind', () => {
  const t = freshEachTest(responseKind);
  const services = () => t.fake.services;
  beforeEach(() => {
    // The Office's unit row (Văn phòng Sở) is id 5.
    t.fake.db.query.mockImplementation((() => ({ findOne: jest.fn(async () => ({ id: OFFICE })) })) as never);
  });
  const itemIs = (draft: ReturnType<typeof draftOf>, record: ReturnType<typeof stateRowOf>) => {
    services()['item-content'].loadDraft.mockResolvedValue(draft);
    services()['item-state'].recordOf.mockResolvedValue(record);
  };
  async function refusedWith(outcome: Promise<unknown>, pattern: RegExp): Promise<void> {
    const error = await outcome.then(
      () => {
        throw new Error('expected a refusal');
      },
      (reason: unknown) => reason
    );
    expect(error).toBeInstanceOf(errors.ValidationError);
    expect((error as Error).message).toMatch(pattern);
  }

  it('leaves other types, reads and other kinds alone', async () => {
    const next = nextReturning();
    await call(t.middleware, ctxOf(OPINION_REPORT, 'create', { data: { kind: 'response' } }), next);
    await call(t.middleware, ctxOf(ARTICLE, 'findMany', {}), next);
    await call(t.middleware, ctxOf(ARTICLE, 'create', { data: { kind: 'news', unit: COMMUNE } }), next);
    expect(next).toHaveBeenCalledTimes(3);
  });

  it('creates a response only in the Office, on every path (no signed-in person needed)', async () => {
    const next = nextReturning();
    await call(t.middleware, ctxOf(ARTICLE, 'create', { data: { kind: 'response', unit: OFFICE } }), next);
    expect(next).toHaveBeenCalledTimes(1);
    await refusedWith(call(t.middleware, ctxOf(ARTICLE, 'create', { data: { kind: 'response', unit: COMMUNE } }), next), /chỉ dành cho tin bài của Văn phòng Sở/);
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('refuses turning a commune’s draft into a response, or moving a response out of the Office', async () => {
    const next = nextReturning();
    itemIs(draftOf({ unitId: COMMUNE, kind: 'news' }), stateRowOf('draft'));
    await refusedWith(call(t.middleware, ctxOf(ARTICLE, 'update', { documentId: DOCUMENT_ID, data: { kind: 'response' } }), next), /Văn phòng Sở/);
    itemIs(draftOf({ unitId: OFFICE, kind: 'response' }), stateRowOf('draft'));
    await refusedWith(call(t.middleware, ctxOf(ARTICLE, 'update', { documentId: DOCUMENT_ID, data: { unit: COMMUNE } }), next), /Văn phòng Sở/);
    expect(next).not.toHaveBeenCalled();
  });

  it('keeps the lane of a submitted item whichever way the kind would turn; a draft never submitted may change', async () => {
    const next = nextReturning();
    itemIs(draftOf({ unitId: OFFICE, kind: 'news' }), stateRowOf('returned', { firstSubmittedKind: 'news' }));
    await refusedWith(call(t.middleware, ctxOf(ARTICLE, 'update', { documentId: DOCUMENT_ID, data: { kind: 'response' } }), next), /đã định từ lần gửi đầu/);
    itemIs(draftOf({ unitId: OFFICE, kind: 'response' }), stateRowOf('published', { firstSubmittedKind: 'response' }));
    await refusedWith(call(t.middleware, ctxOf(ARTICLE, 'update', { documentId: DOCUMENT_ID, data: { kind: 'feature' } }), next), /đã định từ lần gửi đầu/);
    expect(next).not.toHaveBeenCalled();
    itemIs(draftOf({ unitId: OFFICE, kind: 'news' }), stateRowOf('draft'));
    await call(t.middleware, ctxOf(ARTICLE, 'update', { documentId: DOCUMENT_ID, data: { kind: 'response' } }), next);
    // Between news and article the lane is the same: no refusal.
    itemIs(draftOf({ unitId: COMMUNE, kind: 'news' }), stateRowOf('returned', { firstSubmittedKind: 'news' }));
    await call(t.middleware, ctxOf(ARTICLE, 'update', { documentId: DOCUMENT_ID, data: { kind: 'article' } }), next);
    expect(next).toHaveBeenCalledTimes(2);
  });

  it('reads a clone’s kind and unit from its source unless given', async () => {
    const next = nextReturning();
    services()['item-content'].loadDraft.mockResolvedValue(draftOf({ unitId: OFFICE, kind: 'response' }));
    await call(t.middleware, ctxOf(ARTICLE, 'clone', { documentId: DOCUMENT_ID, data: {} }), next);
    await refusedWith(call(t.middleware, ctxOf(ARTICLE, 'clone', { documentId: DOCUMENT_ID, data: { unit: COMMUNE } }), next), /Văn phòng Sở/);
    expect(next).toHaveBeenCalledTimes(1);
  });
});
