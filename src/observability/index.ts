import type { Core } from '@strapi/strapi';
import { envInt } from '../utils/env-values';
import { httpMetricsMiddleware } from './http-metrics';
import { metricsEndpoint } from './metrics-endpoint';
import { stopWatchingBacklogs, watchBacklogs } from './outbox-backlog';
import { readyz } from './readiness';
import { collectProcessMetrics } from './registry';
import { requestIdMiddleware } from './request-context';

/**
 * In register(), first of all: the request id of every request (echoed in X-Request-Id, carried by
 * every log line written while serving it), the latency of every request by route, and beside
 * Strapi's `/_health` (alive) the operator's two routes: `/readyz` (ready: database, Redis and
 * object storage answer) and `/metrics` (Prometheus, behind METRICS_TOKEN).
 */
export function registerObservability(strapi: Core.Strapi): void {
  const prefix = () => strapi.config.get<string>('api.rest.prefix', '/api') || '/api';
  strapi.server.use(requestIdMiddleware());
  strapi.server.use(httpMetricsMiddleware(prefix));
  collectProcessMetrics();
  watchBacklogs(strapi);
  strapi.server.router.get('/readyz', readyz(strapi, Math.max(100, envInt(process.env, 'READYZ_TIMEOUT_MS', 2000))));
  strapi.server.router.get('/metrics', metricsEndpoint(process.env.METRICS_TOKEN?.trim() || undefined));
}

export function destroyObservability(strapi: Core.Strapi): void {
  stopWatchingBacklogs(strapi);
}
