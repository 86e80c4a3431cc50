import { collectDefaultMetrics, Counter, Gauge, Histogram, register, type GaugeConfiguration } from 'prom-client';

/**
 * prom-client's default registry is one per process (the plugin's server/src/metrics.ts writes to it
 * too). A metric is looked up before it is defined: a test may load a module twice (compiled and
 * from source) and prom-client refuses a second definition.
 */
export const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
  (register.getSingleMetric(name) as Counter<L> | undefined) ?? new Counter<L>({ name, help, labelNames });

export const histogram = <L extends string>(name: string, help: string, labelNames: readonly L[], buckets: number[]) =>
  (register.getSingleMetric(name) as Histogram<L> | undefined) ?? new Histogram<L>({ name, help, labelNames, buckets });

export const gauge = <L extends string>(configuration: GaugeConfiguration<L>) =>
  (register.getSingleMetric(configuration.name) as Gauge<L> | undefined) ?? new Gauge<L>(configuration);

/** The process's own figures (CPU, memory, event-loop lag, handles), once per process. */
export function collectProcessMetrics(): void {
  if (!register.getSingleMetric('process_cpu_user_seconds_total')) collectDefaultMetrics();
}

export { register };
