import { ARTICLE } from '../../../../shared/uids';
import { associationPress } from '../association-press';
import { DOCUMENT_ID, call, ctxOf, freshEachTest, nextReturning } from './fakes';

const ASSOCIATION = 21;
const SCHOOL = 22;

describe('association press', () => {
  const t = freshEachTest(associationPress);
  beforeEach(() => {
    t.fake.db.query.mockImplementation((() => ({
      findOne: jest.fn(async ({ where }: { where: { id: number } }) => ({ kind: where.id === ASSOCIATION ? 'association' : 'school' })),
    })) as never);
  });
  const dataAfter = async (action: string, data: Record<string, unknown>) => {
    const ctx = ctxOf(ARTICLE, action, { documentId: DOCUMENT_ID, data });
    const next = nextReturning();
    await call(t.middleware, ctx, next);
    expect(next).toHaveBeenCalledTimes(1);
    return (ctx.params as { data: Record<string, unknown> }).data;
  };

  it('marks a new item of an association for the press, the form’s unticked default included', async () => {
    expect(await dataAfter('create', { title: 'Tranh tháng 10', unit: ASSOCIATION })).toEqual({ title: 'Tranh tháng 10', unit: ASSOCIATION, channelPress: true });
    expect(await dataAfter('create', { unit: ASSOCIATION, channelPress: false })).toEqual({ unit: ASSOCIATION, channelPress: true });
  });

  it('leaves other units’ items, items without a unit, edits and clones as they are sent', async () => {
    expect(await dataAfter('create', { unit: SCHOOL, channelPress: false })).toEqual({ unit: SCHOOL, channelPress: false });
    expect(await dataAfter('create', { title: 'Không đơn vị' })).toEqual({ title: 'Không đơn vị' });
    // The author unticks it after the first save: an update keeps the choice.
    expect(await dataAfter('update', { unit: ASSOCIATION, channelPress: false })).toEqual({ unit: ASSOCIATION, channelPress: false });
    expect(await dataAfter('clone', { unit: ASSOCIATION })).toEqual({ unit: ASSOCIATION });
  });
});
