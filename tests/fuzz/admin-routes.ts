import request from 'supertest';
import { fuzzApp, STRUCTURED, structured } from './harness';
import { BAD_VALUES, PARAM_VALUES, PROTOTYPE_QUERIES, RAW_BODIES, ROUTES, badQueries, inBatches, type Route } from './corpus';
import { BODY_OF, QUERY_OF } from './endpoints';

/**
 * The admin routes of one shard: the plugin's route table cut into `of` parts by position, so that
 * every route is in exactly one part (the fuzz of all of them in one file was the longest suite of
 * CI, and the tail of both runs).
 */
export function routesOfShard(shard: number, of: number): Route[] {
  return ROUTES.filter((_, i) => i % of === shard - 1);
}

/**
 * Malformed input to the admin endpoints of the workflow plugin: query strings, bodies and path
 * parameters. Each must be a 4xx with a message, never a 500, and change nothing.
 */
export function fuzzAdminRoutes(shard: number, of: number): void {
  describe(`fuzz (${shard}/${of}): malformed input to the admin endpoints is a 4xx and changes nothing`, () => {
    const fuzz = fuzzApp();
    const routes = routesOfShard(shard, of);

    it.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))('admin endpoint %s: query strings, bodies and path parameters', async (_name, route) => {
      const { app, root, author, problems, check, pathOf, snapshot } = fuzz;
      problems.length = 0;
      const before = await snapshot();
      const tasks: Array<() => Promise<void>> = [];
      // A route of every method (the resumable uploads' tus protocol, whose HEAD and PATCH Strapi's
      // router has no name for) is fuzzed as a write, bodies included.
      const method = (route.method === 'ALL' ? 'post' : route.method.toLowerCase()) as 'get' | 'post' | 'put' | 'delete';
      // The transitions (one or in bulk), the comments and the preview link as the author, whose item it is (the deepest path: the super
      // admin is outside every item's scope, a 404 before any parser); the rest as the super admin.
      const token = route.handler === 'items.transition' || route.handler === 'bulk.transition' || route.handler.startsWith('comments.') || route.handler.startsWith('preview.') ? author : root;
      const send = (path: string) => request(app.server)[method](path).set('Authorization', `Bearer ${token}`);
      const url = pathOf(route.path);
      const probe = (what: string, make: () => request.Test, mustRefuse = false) =>
        tasks.push(async () => check(`${route.method} ${route.path} ${what}`, await make(), mustRefuse));

      const declared = QUERY_OF[route.handler];
      const { keys, base } = declared ?? { keys: ['page', 'q', 'unit'] };
      // A deletion is fuzzed on a row that does not exist: its query must not matter, and no row goes.
      const queryUrl = method === 'delete' ? pathOf(route.path, { id: '999999', documentId: 'nonexistent' }) : url;
      const withBase = (query: string) => `${queryUrl}?${base ? `${base}&` : ''}${query}`;
      for (const key of keys) {
        badQueries(key).forEach((query, i) => probe(`?${query.slice(0, 60)}`, () => send(withBase(query)), Boolean(declared) && STRUCTURED.has(i)));
      }
      for (const query of PROTOTYPE_QUERIES) probe(`?${query}`, () => send(withBase(query)));

      for (const [name] of route.path.matchAll(/:(\w+)/g)) {
        const param = name.slice(1);
        for (const value of PARAM_VALUES) probe(`${param}=${value.slice(0, 40)}`, () => send(pathOf(route.path, { [param]: value })));
      }

      if (method === 'post' || method === 'put') {
        const body = BODY_OF[route.handler] ?? { keys: ['action', 'ids', 'userId'] };
        for (const key of body.keys) {
          for (const value of BAD_VALUES) {
            probe(`{${key}: ${JSON.stringify(value)?.slice(0, 60)}}`, () => send(url).send({ ...body.base, [key]: value }), Boolean(BODY_OF[route.handler]) && structured(value) && !(Array.isArray(value) && body.lists?.includes(key)));
          }
        }
        // A body that is not an object (a list, a string, null…) is refused by every write.
        RAW_BODIES.forEach((raw, i) => probe(raw.slice(0, 60), () => send(url).set('Content-Type', 'application/json').send(raw), i < 5));
        probe('broken JSON', () => send(url).set('Content-Type', 'application/json').send('{"action":'));
        probe('form a[b][c]', () => send(url).type('form').send('action[b][c]=1&__proto__[x]=1'));
        probe('text', () => send(url).set('Content-Type', 'text/plain').send('action=submit'));
      }
      await inBatches(tasks);
      expect(problems).toEqual([]);
      expect(await snapshot()).toEqual(before);
    }, 600_000);
  });
}
