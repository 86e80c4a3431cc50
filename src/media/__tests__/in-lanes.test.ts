import { inLanes } from '../in-lanes';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inLanes', () => {
  it('runs at most `lanes` jobs at a time and answers in the jobs order', async () => {
    let running = 0;
    let most = 0;
    const job = (value: number, ms: number) => async () => {
      running += 1;
      most = Math.max(most, running);
      await wait(ms);
      running -= 1;
      return value;
    };
    expect(await inLanes([job(1, 30), job(2, 5), job(3, 5), job(4, 5)], 2)).toEqual([1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it('throws a failure only once every job has settled', async () => {
    const finished: number[] = [];
    const jobs = [
      async () => {
        await wait(5);
        throw new Error('hỏng');
      },
      async () => {
        await wait(40);
        finished.push(2);
        return 2;
      },
    ];
    await expect(inLanes(jobs, 2)).rejects.toThrow('hỏng');
    expect(finished).toEqual([2]);
  });
});
