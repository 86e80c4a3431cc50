import type { Context } from 'koa';
import { forgetRequestMemo, memoInRequest, requestMemoMiddleware } from '..';

/** Runs `body` as the rest of a request's middleware chain, inside the memo's scope. */
const inRequest = <T>(body: () => Promise<T>): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    requestMemoMiddleware()({} as Context, async () => {
      try {
        resolve(await body());
      } catch (error) {
        reject(error);
      }
    }).catch(reject);
  });

describe('request memo', () => {
  it('looks a key up once within a request, whoever asks and even at the same time', async () => {
    let calls = 0;
    const lookup = async () => {
      calls += 1;
      return [1, 2];
    };
    await inRequest(async () => {
      const [a, b] = await Promise.all([memoInRequest('standing:7', lookup), memoInRequest('standing:7', lookup)]);
      expect(a).toEqual([1, 2]);
      expect(b).toBe(a);
      await memoInRequest('standing:8', lookup);
    });
    expect(calls).toBe(2);
  });

  it('keeps nothing between requests', async () => {
    let calls = 0;
    const lookup = async () => (calls += 1);
    expect(await inRequest(() => memoInRequest('k', lookup))).toBe(1);
    expect(await inRequest(() => memoInRequest('k', lookup))).toBe(2);
  });

  it('computes every time outside a request (cron jobs, scripts)', async () => {
    let calls = 0;
    const lookup = async () => (calls += 1);
    await memoInRequest('k', lookup);
    await memoInRequest('k', lookup);
    expect(calls).toBe(2);
  });

  it('forgets everything after a write of the request', async () => {
    let calls = 0;
    const lookup = async () => (calls += 1);
    await inRequest(async () => {
      expect(await memoInRequest('k', lookup)).toBe(1);
      forgetRequestMemo();
      expect(await memoInRequest('k', lookup)).toBe(2);
      expect(await memoInRequest('k', lookup)).toBe(2);
    });
  });

  it('does not keep a failed lookup: the next ask tries again', async () => {
    let calls = 0;
    const lookup = async () => {
      calls += 1;
      if (calls === 1) throw new Error('database busy');
      return 'ok';
    };
    await inRequest(async () => {
      await expect(memoInRequest('k', lookup)).rejects.toThrow('database busy');
      expect(await memoInRequest('k', lookup)).toBe('ok');
    });
  });
});
