import pluginRoutes from '../../src/plugins/editorial-workflow/server/src/routes';

/** Every admin route of the plugin, from its own route table: a new endpoint is fuzzed too. */
export const ROUTES = Object.values(pluginRoutes as unknown as Record<string, { routes: Array<{ method: string; path: string; handler: string }> }>).flatMap(
  (group) => group.routes
);
export type Route = (typeof ROUTES)[number];

/** Runs the requests a few at a time (the corpus is thousands of requests). */
export async function inBatches(tasks: Array<() => Promise<void>>, size = 8): Promise<void> {
  for (let i = 0; i < tasks.length; i += size) await Promise.all(tasks.slice(i, i + size).map((task) => task()));
}

/**
 * Malformed input to every admin endpoint of the workflow plugin (read from the plugin's own route
 * table, so a new endpoint is fuzzed too) and to every public endpoint: lists, objects, prototype
 * keys, huge strings, wrong types, null, deep nesting. Each must be a 4xx with a message, never a
 * 500, and change nothing.
 */

/** Query-string spellings of a bad value for key `k` (qs turns brackets into lists and objects). */
export const badQueries = (k: string): string[] => [
  `${k}[]=a&${k}[]=b`,
  `${k}[0]=a`,
  `${k}[a]=1`,
  `${k}[$gt]=1`,
  `${k}[__proto__][x]=1`,
  `${k}[constructor][prototype][x]=1`,
  `${k}[a][b][c][d][e][f]=1`,
  `${k}=${'x'.repeat(6000)}`,
  `${k}=${'9'.repeat(400)}`,
  `${k}=-1`,
  `${k}=1.5`,
  `${k}=NaN`,
  `${k}=null`,
  `${k}=%00`,
  `${k}=%E0%A4%A`,
  `${k}=${k}&${k}=${k}`,
];

/** Keys nobody accepts, which objects inherit: they must be refused as unknown, not looked up. */
export const PROTOTYPE_QUERIES = ['__proto__[x]=1', '__proto__=1', 'constructor=1', 'constructor[prototype][x]=1', 'toString=1', 'hasOwnProperty=1', 'valueOf[a]=1'];

const deep = (levels: number): unknown => (levels === 0 ? 'x' : { a: deep(levels - 1) });
/** JSON values that do not belong where a string, a number or a flag does. */
export const BAD_VALUES: unknown[] = [[], ['a'], [1, 2], {}, { a: 1 }, { $gt: 1 }, null, true, false, 0, -1, 1.5, 1e308, '', ' ', 'x'.repeat(20_000), deep(40)];
/** Raw JSON bodies: prototype keys survive only when the text is sent as is. */
export const RAW_BODIES = [
  '[]',
  '"text"',
  'null',
  '123',
  'true',
  '{"__proto__":{"action":"publish","expectedVersion":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '{"__proto__":1}',
  '{"toString":"x"}',
  '{"hasOwnProperty":1}',
  `{"a":${'['.repeat(2000)}${']'.repeat(2000)}}`,
];
export const PARAM_VALUES = ['__proto__', 'constructor', 'x'.repeat(3000), '%00', '%5B%5D', '-1', '0', '1.5', '1e400', '9'.repeat(40), 'null', '%E0%A4%A'];
