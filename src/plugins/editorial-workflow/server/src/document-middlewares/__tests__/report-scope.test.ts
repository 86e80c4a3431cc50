import { ARTICLE, OPINION_REPORT } from '../../../../shared/uids';
import { forbidden } from '../../utils/errors';
import { reportScope } from '../report-scope';
import { USER, call, ctxOf, freshEachTest, nextReturning, refusal, signIn } from './fakes';

describe('report scope', () => {
  const t = freshEachTest(reportScope);
  const assertMayFileReport = () => t.fake.services['unit-scope'].assertMayFileReport;
  const write = (action: string, data: Record<string, unknown>, next = nextReturning()) => call(t.middleware, ctxOf(OPINION_REPORT, action, { data }), next);

  it.each(['create', 'update', 'clone'])('%s: checks that the person belongs to the unit', async (action) => {
    signIn(t.fake.services);
    const next = nextReturning();
    await write(action, { unit: 4 }, next);
    expect(assertMayFileReport()).toHaveBeenCalledWith(USER, 4);
    expect(next).toHaveBeenCalledTimes(1);
  });

  it("refuses before writing, with the unit scope's message", async () => {
    signIn(t.fake.services);
    assertMayFileReport().mockRejectedValue(forbidden('Bạn chỉ gửi báo cáo cho đơn vị của mình (you file reports only for your own unit).'));
    const next = nextReturning();
    const error = await refusal(write('create', { unit: 4 }, next));
    expect(error.message).toMatch(/^Bạn chỉ gửi báo cáo cho đơn vị của mình/);
    expect(next).not.toHaveBeenCalled();
  });

  it('checks nothing when the unit is not given or cleared (the content rules answer), nor for code', async () => {
    signIn(t.fake.services);
    await write('update', { period: '2026-11' });
    await write('create', { unit: null });
    t.fake.services['unit-scope'].requestUser.mockReturnValue(undefined);
    await write('create', { unit: 4 });
    expect(assertMayFileReport()).not.toHaveBeenCalled();
  });

  it('leaves other content types and calls that write nothing alone', async () => {
    signIn(t.fake.services);
    const next = nextReturning();
    await call(t.middleware, ctxOf(ARTICLE, 'create', { data: { unit: 4 } }), next);
    await call(t.middleware, ctxOf(OPINION_REPORT, 'delete', { documentId: 'doc-1' }), next);
    await call(t.middleware, ctxOf(OPINION_REPORT, 'publish', { documentId: 'doc-1', data: { unit: 4 } }), next);
    expect(next).toHaveBeenCalledTimes(3);
    expect(t.fake.services['unit-scope'].unitIdOf).not.toHaveBeenCalled();
  });
});
