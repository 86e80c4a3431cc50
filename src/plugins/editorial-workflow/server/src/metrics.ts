import { Counter, Histogram, register } from 'prom-client';

/**
 * The workflow's figures for /metrics (the app's src/observability/ serves them). prom-client's
 * default registry is one per process: the app and this plugin resolve the same prom-client, so a
 * metric defined here is scraped there. A metric is looked up before it is defined, because a test
 * may load this module twice (compiled and from source) and prom-client refuses a second definition.
 */
const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
  (register.getSingleMetric(name) as Counter<L> | undefined) ?? new Counter<L>({ name, help, labelNames });

const histogram = <L extends string>(name: string, help: string, labelNames: readonly L[], buckets: number[]) =>
  (register.getSingleMetric(name) as Histogram<L> | undefined) ?? new Histogram<L>({ name, help, labelNames, buckets });

const transitions = counter('newsroom_workflow_transitions_total', 'Workflow transitions taken, by action and outcome (ok, conflict, forbidden, invalid, not_found, error)', [
  'action',
  'outcome',
]);

const publishDuration = histogram(
  'newsroom_publish_duration_seconds',
  'Time to publish one item, from the start of its transaction to its commit, by trigger (desk: a person, schedule: the scheduler)',
  ['trigger'],
  [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
);

const jobRuns = counter('newsroom_job_runs_total', 'Runs of the scheduled jobs, by job and outcome (done, skipped: already run by another process, failed)', [
  'job',
  'outcome',
]);

/** The outcome label of a failed transition, from its error's HTTP status: a handful of values, never a message. */
function outcomeOf(error: unknown): string {
  const { name, status } = (error ?? {}) as { name?: string; status?: number };
  if (name === 'ConflictError' || status === 409) return 'conflict';
  if (name === 'PolicyError' || name === 'ForbiddenError' || status === 403) return 'forbidden';
  if (name === 'NotFoundError' || status === 404) return 'not_found';
  if (name === 'ValidationError' || status === 400) return 'invalid';
  return 'error';
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/** Counts a person's transition by its outcome; a publish also gives its duration. */
export async function countedTransition<T>(action: string, transaction: () => Promise<T>): Promise<T> {
  const start = process.hrtime.bigint();
  try {
    const result = await transaction();
    transitions.inc({ action, outcome: 'ok' });
    if (action === 'publish') publishDuration.observe({ trigger: 'desk' }, seconds(start));
    return result;
  } catch (error) {
    transitions.inc({ action, outcome: outcomeOf(error) });
    throw error;
  }
}

/** Started before a scheduled publication's transaction; `committed()` runs once it committed. */
export function scheduledPublishTimer(): { committed(): void } {
  const start = process.hrtime.bigint();
  return { committed: () => publishDuration.observe({ trigger: 'schedule' }, seconds(start)) };
}

/** One run of a scheduled job: `failed()` for any part that failed, `finish()` once at the end. */
export function jobRun(job: string): { failed(): void; finish(): void } {
  let failed = false;
  return {
    failed: () => (failed = true),
    finish: () => jobRuns.inc({ job, outcome: failed ? 'failed' : 'done' }),
  };
}

/** Counts a job run by its outcome: skipped when it says so, failed when it throws. */
export async function countedJob<T>(job: string, run: () => Promise<T>, skipped: (result: T) => boolean = () => false): Promise<T> {
  try {
    const result = await run();
    jobRuns.inc({ job, outcome: skipped(result) ? 'skipped' : 'done' });
    return result;
  } catch (error) {
    jobRuns.inc({ job, outcome: 'failed' });
    throw error;
  }
}
