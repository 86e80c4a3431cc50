import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from './guarded';

/** The statistics (admin): an admin session and `stats.read`; the controller narrows to the caller's units. */
const config = guarded([PERMISSIONS.readStats]);

/**
 * The year's week grid is about 10 MB of JSON (600 units × 52 weeks × 5 cells): gzipped (Strapi's
 * own koa-compress middleware, off in the app's global stack) it is about 0.2 MB. Level 3: most of
 * the gain for a fraction of level 6's time; no brotli (several times slower on 10 MB).
 */
const compressed = { ...config, middlewares: [{ name: 'strapi::compression', config: { br: false, gzip: { level: 3 } } }] };

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/stats/compliance', handler: 'stats.compliance', config: compressed },
    { method: 'GET', path: '/stats/trend', handler: 'stats.trend', config },
    { method: 'GET', path: '/stats/ranking', handler: 'stats.ranking', config: compressed },
    { method: 'GET', path: '/stats/report-status', handler: 'stats.reportStatus', config },
    { method: 'GET', path: '/stats/export', handler: 'stats.export', config },
    { method: 'GET', path: '/stats/channels', handler: 'stats.channels', config },
    // Turnaround and backlog: the leadership and QLCL see every department, an editor or head theirs, anyone else 403 (turnaround/scope.ts).
    { method: 'GET', path: '/stats/turnaround', handler: 'turnaround.report', config },
  ],
};
