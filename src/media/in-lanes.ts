/**
 * Runs `jobs` at most `lanes` at a time, each lane taking the next job of the list (put the longest
 * first), and answers their results in the jobs' order once all have settled: one that failed is
 * thrown only then, so no job is left running behind the error (the photo pipeline: a failed copy
 * fails the upload, with no encode still writing into its working folder).
 */
export async function inLanes<T>(jobs: Array<() => Promise<T>>, lanes: number): Promise<T[]> {
  const results: Array<PromiseSettledResult<T>> = [];
  let next = 0;
  const lane = async () => {
    for (let at = next++; at < jobs.length; at = next++) {
      results[at] = await jobs[at]().then(
        (value) => ({ status: 'fulfilled', value }) as const,
        (reason: unknown) => ({ status: 'rejected', reason }) as const
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, jobs.length) }, lane));
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((result) => (result as PromiseFulfilledResult<T>).value);
}
